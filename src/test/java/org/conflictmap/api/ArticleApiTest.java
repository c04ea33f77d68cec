package org.conflictmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.conflictmap.extract.ArticleBytes;
import org.conflictmap.support.ApiClient.Response;
import org.conflictmap.support.ApiTest;
import org.conflictmap.support.ReviewAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ReviewAppTest
class ArticleApiTest extends ApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    JdbcTemplate jdbc;

    private static String article(String published) {
        return "Title: Rebels advance\n" + (published == null ? "" : "Published: " + published + "\n")
                + "Source: Test Wire\n\nRebels captured Saraqib on Friday after heavy clashes. Note "
                + UUID.randomUUID() + ".\n";
    }

    private Response postAsEditor(String query, String contentType, byte[] body) {
        return api.post("/api/articles" + query, contentType, body, "editor", ReviewAppTest.EDITOR_PASSWORD);
    }

    private int articles() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class);
    }

    @Test
    void anonymousWriteIsA401ProblemNotALoginRedirect() {
        Response r = api.post("/api/articles", "text/plain", article("2024-12-01").getBytes(StandardCharsets.UTF_8),
                null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        assertThat(r.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsA401() {
        Response r = api.post("/api/articles", "text/plain", article("2024-12-01").getBytes(StandardCharsets.UTF_8),
                "editor", "wrong");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void editorWithBasicAuthImportsAnArticleAndGetsItsPendingItems() {
        int before = articles();
        Response r = postAsEditor("", "text/plain; charset=utf-8",
                article("2024-12-01").getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("articleId").asLong()).isPositive();
        assertThat(r.json().path("title").asString()).isEqualTo("Rebels advance");
        int pending = r.json().path("pending").asInt();
        assertThat(pending).isEqualTo(r.json().path("events").asInt() + r.json().path("controlChanges").asInt());
        assertThat(articles()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_item WHERE article_id = ? AND status = 'PENDING'",
                Integer.class, r.json().path("articleId").asLong())).isEqualTo(pending);
    }

    @Test
    void queryParametersOverrideTheHeaderLines() {
        Response r = postAsEditor("?title=Other%20title&published=2024-12-02&publisher=Wire&url=https://example.org/a",
                "text/plain", article(null).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().path("articleId").asLong();
        assertThat(jdbc.queryForObject("SELECT title || '|' || publisher || '|' || url || '|' || published FROM article "
                + "WHERE id = ?", String.class, id)).isEqualTo("Other title|Wire|https://example.org/a|2024-12-02");
    }

    @Test
    void articleOverTheLimitIsA413BeforeParsing() {
        byte[] big = new byte[ArticleBytes.MAX_BYTES + 10];
        Arrays.fill(big, (byte) 'a');
        int before = articles();

        Response r = postAsEditor("", "text/plain", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void emptyBodyIsA400Problem() {
        Response r = postAsEditor("", "text/plain", new byte[0]);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
        assertThat(r.json().path("detail").asString()).contains("empty");
    }

    @Test
    void binaryBodyIsA400Problem() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        Response r = postAsEditor("", "text/plain", png);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void missingPublicationDateIsA400NamingTheParameter() {
        Response r = postAsEditor("", "text/plain", article(null).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("parameter").asString()).isEqualTo("published");
        assertThat(r.json().path("detail").asString()).contains("publication date");
    }

    @Test
    void malformedPublishedParameterIsA400() {
        Response r = postAsEditor("?published=yesterday", "text/plain", article(null).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("parameter").asString()).isEqualTo("published");
    }

    @Test
    void sameTextTwiceIsA409AndStoresNothingMore() {
        byte[] body = article("2024-12-01").getBytes(StandardCharsets.UTF_8);
        assertThat(postAsEditor("", "text/plain", body).status()).isEqualTo(201);
        int before = articles();
        int items = jdbc.queryForObject("SELECT COUNT(*) FROM review_item", Integer.class);

        Response again = postAsEditor("?title=Same%20text%20again", "text/plain", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("imported before");
        assertThat(articles()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_item", Integer.class)).isEqualTo(items);
    }

    @Test
    void htmlBodyIsReadAsText() {
        String html = "<html><head><title>Market strike</title><meta property=\"article:published_time\" "
                + "content=\"2024-12-03T10:00:00Z\"><script>alert(1)</script></head><body><nav>Menu</nav><article>"
                + "<h1>Market strike</h1><p>Rebels captured Saraqib on Friday. <b>Id</b> " + UUID.randomUUID()
                + "</p></article></body></html>";

        Response r = postAsEditor("", "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String body = jdbc.queryForObject("SELECT body FROM article WHERE id = ?", String.class,
                r.json().path("articleId").asLong());
        assertThat(body).contains("Rebels captured Saraqib on Friday. Id ").doesNotContain("<", "alert", "Menu");
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        Response r = postAsEditor("", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void readsStayPublicAndOtherWritesStay405() {
        assertThat(api.get("/api/events").status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/events").status()).isEqualTo(405);
    }
}
