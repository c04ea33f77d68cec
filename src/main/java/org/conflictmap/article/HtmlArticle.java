package org.conflictmap.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into the plain-text form {@code ArticleText} reads: header lines from the page's metadata
 * (title, publication date, site name, canonical URL), then the text of each block, one paragraph per line pair.
 * Scripts, styles, navigation and forms are dropped; markup never reaches the stored text.
 */
final class HtmlArticle {
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";

    private HtmlArticle() {
    }

    static boolean isHtml(String fileName, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml") || name.endsWith(".html")
                || name.endsWith(".htm");
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header > nav, footer, form, aside, template").remove();
        StringBuilder out = new StringBuilder();
        header(out, "Title", first(meta(doc, "og:title"), doc.title()));
        header(out, "Published", date(first(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"))));
        header(out, "Source", meta(doc, "og:site_name"));
        header(out, "URL", first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url")));
        if (!out.isEmpty()) {
            out.append('\n');
        }
        Element root = first(doc.selectFirst("article"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element block : root.select(BLOCKS)) {
                // nested blocks (a p inside an li) are read once, by the innermost
                if (!block.select(BLOCKS).stream().filter(e -> e != block).toList().isEmpty()) {
                    continue;
                }
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
            if (paragraphs.isEmpty() && !root.text().isBlank()) {
                paragraphs.add(root.text().strip());
            }
        }
        out.append(String.join("\n\n", paragraphs));
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(name).append(": ").append(value.strip().replace('\n', ' ')).append('\n');
        }
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        return e == null || !e.hasAttr(name) ? null : e.attr(name);
    }

    /** The date part of an ISO date-time ({@code 2024-11-30T08:00:00Z} → {@code 2024-11-30}). */
    private static String date(String value) {
        return value == null || value.length() < 10 ? value : value.substring(0, 10);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
