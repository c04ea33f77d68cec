package org.conflictmap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostGIS tests when no PostGIS answers, except in CI (CI=true), where they must run and fail instead. */
class PostgisAvailable implements ExecutionCondition {
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI: PostGIS tests always run");
        }
        return reachable() ? ConditionEvaluationResult.enabled("PostGIS reachable")
                : ConditionEvaluationResult.disabled("PostGIS not reachable (set CI=true to make this a failure)");
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            String url = env("POSTGIS_TEST_URL", "jdbc:postgresql://127.0.0.1:5432/conflictmap_test");
            try (Connection c = DriverManager.getConnection(url, env("POSTGIS_TEST_USER", "postgres"),
                    env("POSTGIS_TEST_PASSWORD", ""))) {
                reachable = c.isValid(5);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
