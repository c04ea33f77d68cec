package org.conflictmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the application under test: plain java.net.http, query values URL-encoded. */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public record Response(int status, String contentType, String allow, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** {@code GET path?name=value&...}; pairs are URL-encoded, repeated names give repeated parameters. */
    public Response get(String path, String... nameValuePairs) {
        return send("GET", path + query(nameValuePairs));
    }

    public Response send(String method, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Allow").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST path?query} with a body of the given content type, as {@code user:password} (null: anonymous). */
    public Response post(String pathAndQuery, String contentType, byte[] body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Allow").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The features of a GeoJSON answer, which must be a 200. */
    public static List<JsonNode> features(Response r) {
        if (r.status() != 200) {
            throw new AssertionError("expected HTTP 200 but got " + r.status() + ": " + r.body());
        }
        List<JsonNode> features = new ArrayList<>();
        r.json().path("features").forEach(features::add);
        return features;
    }

    public static List<String> summaries(Response r) {
        return features(r).stream().map(f -> f.path("properties").path("summary").asString()).toList();
    }

    public static double lon(JsonNode feature) {
        return feature.path("geometry").path("coordinates").get(0).asDouble();
    }

    public static double lat(JsonNode feature) {
        return feature.path("geometry").path("coordinates").get(1).asDouble();
    }

    private static String query(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            q.add(encode(nameValuePairs[i]) + "=" + encode(nameValuePairs[i + 1]));
        }
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
