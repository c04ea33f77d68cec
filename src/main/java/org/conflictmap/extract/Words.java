package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The words of a sentence by ICU's word rules, with words joined by a hyphen or an apostrophe and no space kept
 * together ("al-Numan", "Ma'arrat", "Aleppo's"), since place names are written that way.
 */
final class Words {
    /** Creating an ICU iterator loads its rules; cloning a prototype is much cheaper. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ENGLISH);

    private Words() {
    }

    record Word(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean arabic() {
            return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.ARABIC;
        }
    }

    static List<Word> of(String text, Span sentence) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text.substring(sentence.start(), sentence.end()));
        List<Word> words = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            int s = sentence.start() + start;
            int e = sentence.start() + end;
            if (!words.isEmpty() && joined(text, words.getLast().end(), s)) {
                Word previous = words.removeLast();
                s = previous.start();
            }
            words.add(new Word(s, e, text.substring(s, e)));
        }
        return words;
    }

    /** A single hyphen or apostrophe between two words, with no space, joins them. */
    private static boolean joined(String text, int previousEnd, int start) {
        return start - previousEnd == 1 && "-‐'’‘`ʿʾ".indexOf(text.charAt(previousEnd)) >= 0;
    }
}
