package org.conflictmap.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleBytesTest {
    @Test
    void utf8AndUtf16WithBomAreRead() {
        assertThat(ArticleBytes.decode("حلب Aleppo".getBytes(StandardCharsets.UTF_8))).isEqualTo("حلب Aleppo");
        byte[] utf16 = "\uFEFFHama".getBytes(StandardCharsets.UTF_16LE);
        assertThat(ArticleBytes.decode(utf16)).isEqualTo("Hama");
    }

    @Test
    void emptyBinaryLatin1AndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> ArticleBytes.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleBytes.decode("  \n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleBytes.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> ArticleBytes.decode("a\0b".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleBytes.decode("Alep, côte".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("UTF-8");
        ArticleBytes.Rejected big = org.junit.jupiter.api.Assertions.assertThrows(ArticleBytes.Rejected.class,
                () -> ArticleBytes.decode(new byte[ArticleBytes.MAX_BYTES + 1]));
        assertThat(big.tooLarge()).isTrue();
    }
}
