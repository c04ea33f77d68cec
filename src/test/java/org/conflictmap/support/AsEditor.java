package org.conflictmap.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls signed in as a user with role EDITOR, as the review screen does. Each application context
 * (Vaadin's security configuration) installs its own global security context holder strategy, and method security
 * keeps the one of its context; with several cached test contexts the global one may belong to another, so
 * {@link Strategy} records this context's and {@link #use} puts it back before a test.
 */
public final class AsEditor {
    private AsEditor() {
    }

    /** The security context holder strategy of the context this bean lives in, as it was when it was refreshed. */
    public static final class Strategy implements org.springframework.context.ApplicationListener<
            org.springframework.context.event.ContextRefreshedEvent> {
        private org.springframework.security.core.context.SecurityContextHolderStrategy strategy;

        @Override
        public void onApplicationEvent(org.springframework.context.event.ContextRefreshedEvent event) {
            if (strategy == null) {
                strategy = SecurityContextHolder.getContextHolderStrategy();
            }
        }

        /** Makes this context's strategy the global one again. */
        public void use() {
            if (strategy != null) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        }
    }

    public static <T> T run(String user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String user, Runnable action) {
        run(user, () -> {
            action.run();
            return null;
        });
    }
}
