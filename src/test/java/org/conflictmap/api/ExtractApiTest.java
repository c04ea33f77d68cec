package org.conflictmap.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.support.ApiClient;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.ReviewAppTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ReviewAppTest
class ExtractApiTest extends ApiTest {
    private static final String ARTICLE = """
            Title: Test article
            Published: 2024-12-01

            Rebels seized the town of Saraqib yesterday, a monitor said. Moscow said it was concerned.
            Russian warplanes struck Idlib overnight.
            """;

    @Test
    void answersControlChangesAndEventsOfAPlainTextArticle() {
        ApiClient.Response r = post("text/plain; charset=UTF-8", ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode change = r.json().path("controlChanges").get(0);
        assertThat(change.path("place").asString()).isEqualTo("Sarāqib");
        assertThat(change.path("date").asString()).isEqualTo("2024-11-30");
        assertThat(change.path("to").asString()).isEqualTo("HTS");
        assertThat(change.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(change.path("sentence").asString()).startsWith("Rebels seized");
        JsonNode event = r.json().path("events").get(0);
        assertThat(event.path("type").asString()).isEqualTo("AIR_DRONE_STRIKE");
        assertThat(event.path("place").asString()).isEqualTo("Idlib");
        assertThat(event.path("actors").get(0).asString()).isEqualTo("RUS");
        assertThat(r.json().path("events")).hasSize(1);
    }

    @Test
    void refusesAnArticleOverTheSizeLimitWith413() {
        byte[] big = new byte[ArticleBytes.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        ApiClient.Response r = post("text/plain", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesEmptyBinaryAndNonUtf8BodiesWith400() {
        assertThat(post("text/plain", new byte[0]).status()).isEqualTo(400);
        assertThat(post("text/plain", new byte[]{0, 1, 2, 3, 0, 0}).status()).isEqualTo(400);
        ApiClient.Response latin1 = post("text/plain", "Alep, d\u00e9cembre".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAMalformedPublishedHeaderWith400() {
        assertThat(post("text/plain", "Published: yesterday\n\nRebels entered Hama.".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
    }

    @Test
    void refusesOtherMediaTypesWith415() {
        ApiClient.Response r = post("application/json", "{\"text\":\"Rebels entered Hama.\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anonymousCallersGet401AndWrongPasswords401() {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        ApiClient.Response anonymous = api.post("/api/extract", "text/plain", body, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/extract", "text/plain", body, "editor", "wrong").status()).isEqualTo(401);
    }

    /** As the editor: extraction is an editor's tool. */
    private ApiClient.Response post(String contentType, byte[] body) {
        return api.post("/api/extract", contentType, body, "editor", ReviewAppTest.EDITOR_PASSWORD);
    }
}
