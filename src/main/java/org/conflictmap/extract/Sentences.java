package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into sentences with ICU's sentence rules (with the standard abbreviation suppressions, so "Nov. 30" and
 * "U.S. forces" do not end a sentence); a line break always ends one, because headlines and datelines have no full
 * stop. Sentences are split further into clauses at semicolons, dashes and a comma before a conjunction, so that a
 * negation or a date in one clause does not leak into the next.
 */
final class Sentences {
    /** Creating an ICU iterator loads its rules; cloning a prototype is much cheaper. */
    private static final BreakIterator PROTOTYPE =
            BreakIterator.getSentenceInstance(ULocale.forLanguageTag("en-u-ss-standard"));
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?:;\\s*|\\s[–—]\\s|,\\s+(?=(?:and|but|while|whereas|saying|after|before|as|where|although|though|"
                    + "because|since|until|when)\\b)|\\s+(?=but\\b))", Pattern.CASE_INSENSITIVE);

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed of surrounding white space, blank ones left out. */
    static List<Span> of(String text) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                Span s = trim(text, lineStart + start, lineStart + end);
                if (s != null) {
                    sentences.add(s);
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** The clauses of one sentence. */
    static List<Span> clauses(String text, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
        int start = sentence.start();
        while (m.find()) {
            if (m.start() > start) {
                clauses.add(new Span(start, m.start()));
            }
            start = m.end();
        }
        if (start < sentence.end()) {
            clauses.add(new Span(start, sentence.end()));
        }
        return clauses;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}
