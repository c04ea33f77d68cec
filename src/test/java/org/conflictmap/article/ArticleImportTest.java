package org.conflictmap.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.extract.ExtractedControlChange;
import org.conflictmap.extract.Extraction;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.support.AsEditor;
import org.conflictmap.support.ReviewAppTest;
import org.conflictmap.support.ScriptedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing stores an article and its items together or not at all; the folder import goes on past bad files. */
@ReviewAppTest
class ArticleImportTest {
    @Autowired
    ArticleService articles;
    @Autowired
    FolderImport folderImport;
    @Autowired
    ScriptedExtractor extractor;
    @Autowired
    AsEditor.Strategy security;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurity() {
        security.use();
    }
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcTemplate jdbc;

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static ExtractedControlChange item(long placeId, String sentence) {
        return new ExtractedControlChange(placeId, "X", 36, 37, LocalDate.parse("2024-12-01"), DatePrecision.DAY,
                "SAA", "HTS", ControlStatus.CONFIRMED, sentence, 0, sentence.length(), 0, 1, 0.5);
    }

    @Test
    void aFailureAfterTheArticleWasWrittenLeavesNothing() {
        PlaceCandidate saraqib = gazetteer.resolveBest("Saraqib").orElseThrow();
        // the second item names a place that does not exist: its insert fails after the article's and the first's
        extractor.scriptNext(new Extraction(List.of(item(saraqib.id(), "Good one."), item(987_654_321L, "Bad one.")),
                List.of()));
        int articlesBefore = count("article");
        int itemsBefore = count("review_item");
        String text = "Published: 2024-12-01\n\nGood one. Bad one. " + UUID.randomUUID();

        assertThatThrownBy(() -> AsEditor.run("editor", () -> articles.importArticle(
                text.getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain", ArticleMeta.none())))
                .isInstanceOf(RuntimeException.class);

        assertThat(count("article")).isEqualTo(articlesBefore);
        assertThat(count("review_item")).isEqualTo(itemsBefore);
        // and the same text imports fine afterwards: no half-stored duplicate blocks it
        extractor.scriptNext(new Extraction(List.of(item(saraqib.id(), "Good one.")), List.of()));
        Imported imported = AsEditor.run("editor", () -> articles.importArticle(
                text.getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain", ArticleMeta.none()));
        assertThat(imported.controlChanges()).isEqualTo(1);
    }

    @Test
    void missingDateIsRefusedAndTheGivenDateIsUsed() {
        String text = "Title: Undated\n\nSomething happened. " + UUID.randomUUID();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AsEditor.run("editor", () -> articles.importArticle(bytes, "a.txt", "text/plain",
                ArticleMeta.none()))).isInstanceOf(ArticleRefused.class)
                .hasMessageContaining("no publication date");
        Imported imported = AsEditor.run("editor", () -> articles.importArticle(bytes, "a.txt", "text/plain",
                new ArticleMeta(null, "Wire", null, LocalDate.parse("2024-12-04"))));

        Article stored = articles.find(imported.articleId()).orElseThrow();
        assertThat(stored.getPublished()).isEqualTo(LocalDate.parse("2024-12-04"));
        assertThat(stored.getTitle()).isEqualTo("Undated");
        assertThat(stored.getCreatedBy()).isEqualTo("editor");
    }

    @Test
    void folderImportReportsBadFilesAndImportsTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Title: Good\nPublished: 2024-12-01\n\nRebels captured "
                + "Saraqib. " + UUID.randomUUID());
        Files.writeString(dir.resolve("b-undated.txt"), "Title: Undated\n\nText " + UUID.randomUUID());
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0});
        Files.writeString(dir.resolve("d-page.html"), "<html><head><title>Page</title><meta name=\"date\" "
                + "content=\"2024-12-02\"></head><body><p>Fighting near Idlib. " + UUID.randomUUID()
                + "</p></body></html>");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FolderImport.Report report = folderImport.importFolder(dir, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report.files()).hasSize(4);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(2);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("[1/4] a-good.txt: article", "[2/4] b-undated.txt: REFUSED",
                "[3/4] c-binary.txt: REFUSED", "[4/4] d-page.html: article", "Imported 2 of 4 file(s)");
        assertThat(jdbc.queryForObject("SELECT created_by FROM article WHERE title = 'Page'", String.class))
                .isEqualTo(FolderImport.USER);
    }

    @Test
    void htmlBecomesHeaderLinesAndParagraphs() {
        String text = HtmlArticle.toText("""
                <html><head><title>Fallback</title><meta property="og:title" content="Real title">
                <meta property="og:site_name" content="Daily"><link rel="canonical" href="https://d.example/x">
                <meta property="article:published_time" content="2024-11-30T07:00:00+02:00"></head>
                <body><script>var x = "<p>no</p>";</script><article><h1>Real title</h1>
                <p>First <i>para</i>.</p><ul><li><p>Nested</p></li></ul></article></body></html>""");

        assertThat(text).isEqualTo("""
                Title: Real title
                Published: 2024-11-30
                Source: Daily
                URL: https://d.example/x

                Real title

                First para.

                Nested""");
    }
}
