package org.conflictmap.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into article text, or refuses them with a message fit for the user: empty files, files over
 * {@link #MAX_BYTES}, binary files and text that is not valid UTF-8 (or UTF-16 with a byte-order mark).
 */
public final class ArticleBytes {
    /** The largest article accepted, in bytes (1 MiB: a long feature article is under 100 KB). */
    public static final int MAX_BYTES = 1 << 20;

    private ArticleBytes() {
    }

    /** Why an upload was refused; the message names the problem, never the content. */
    public static class Rejected extends RuntimeException {
        private final boolean tooLarge;

        Rejected(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Rejected("The file is empty.", false);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("The file is larger than " + MAX_BYTES / 1024 + " KiB.", true);
        }
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejected("The file is not UTF-8 text (binary, or an unsupported encoding).", false);
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (text.indexOf('\0') >= 0 || control > text.length() / 100) {
            throw new Rejected("The file looks binary, not text.", false);
        }
        if (text.isBlank()) {
            throw new Rejected("The file is empty.", false);
        }
        return text;
    }
}
