package org.conflictmap.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void headersFillMetadataAndAreRemovedFromTheBody() {
        ArticleText.Parsed p = ArticleText.parse("""
                Title: Rebels reach the city
                Published: 2024-11-30
                Source: Example Wire
                URL: https://example.org/a

                First paragraph.
                Second: not a header.""");
        assertThat(p.badDate()).isFalse();
        assertThat(p.article().title()).isEqualTo("Rebels reach the city");
        assertThat(p.article().published()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(p.article().publisher()).isEqualTo("Example Wire");
        assertThat(p.article().url()).isEqualTo("https://example.org/a");
        assertThat(p.article().text()).isEqualTo("First paragraph.\nSecond: not a header.");
    }

    @Test
    void withoutHeadersTheWholeTextIsTheBody() {
        ArticleText.Parsed p = ArticleText.parse("Aleppo: fighting went on.\r\nMore.");
        assertThat(p.article().title()).isNull();
        assertThat(p.article().published()).isNull();
        assertThat(p.article().text()).isEqualTo("Aleppo: fighting went on.\nMore.");
    }

    @Test
    void aMalformedDateIsReportedNotGuessed() {
        ArticleText.Parsed p = ArticleText.parse("Published: 30/11/2024\nBody");
        assertThat(p.badDate()).isTrue();
        assertThat(p.article().published()).isNull();
        assertThat(p.article().text()).isEqualTo("Body");
    }
}
