package org.conflictmap.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional header lines at the top of a plain-text article ({@code Title:}, {@code Published: YYYY-MM-DD},
 * {@code Source:}, {@code URL:}) and returns the rest as the body. Header lines end at the first line that is not
 * one (a blank line after the headers is dropped). Unknown or malformed values are left to the caller: a bad date
 * makes {@code published} null and is reported by {@link Parsed#badDate()}.
 */
public final class ArticleText {
    private static final Pattern HEADER = Pattern.compile("^(title|published|source|url)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private ArticleText() {
    }

    public record Parsed(ArticleInput article, boolean badDate) {
    }

    public static Parsed parse(String raw) {
        String text = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String title = null;
        String publisher = null;
        String url = null;
        LocalDate published = null;
        boolean badDate = false;
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int lineEnd = eol < 0 ? text.length() : eol;
            Matcher m = HEADER.matcher(text.substring(pos, lineEnd).strip());
            if (!m.matches()) {
                break;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "source" -> publisher = value;
                case "url" -> url = value;
                default -> {
                    try {
                        published = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        badDate = true;
                    }
                }
            }
            pos = eol < 0 ? text.length() : eol + 1;
        }
        String body = text.substring(pos);
        if (pos > 0) {
            body = body.replaceFirst("^\\s*\n", "");
        }
        return new Parsed(new ArticleInput(blankToNull(title), blankToNull(publisher), blankToNull(url), published,
                body), badDate);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
