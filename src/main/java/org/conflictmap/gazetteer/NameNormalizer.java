package org.conflictmap.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a place name: case, diacritics, apostrophe-like marks and hyphens do not count, and Arabic
 * script is reduced to its base letters (no harakat or tatweel; one alef, ta marbuta as ha, alef maqsura as ya).
 * Normalizing twice gives the same result as normalizing once.
 */
public final class NameNormalizer {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophes, ayn/hamza half rings and backticks used in transliterations: Ma‘arrat, Ma'arrat, Ma`arrat. */
    private static final Pattern APOSTROPHES = Pattern.compile("['`´‘’ʻʼʾʿ′]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_.,;:/()\"]+");
    /** Arabic harakat, Quranic marks and tatweel. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        // Apostrophes go before NFKD too: NFKD turns the acute accent ´ into a space and a combining mark.
        String s = Normalizer.normalize(APOSTROPHES.matcher(name).replaceAll(""), Normalizer.Form.NFKD);
        s = ARABIC_MARKS.matcher(s).replaceAll("");
        s = COMBINING_MARKS.matcher(s).replaceAll("");
        // Lower case before the letter replacements, so that Ø, Ł, Æ and ẞ are replaced like ø, ł, æ and ß.
        s = s.toLowerCase(Locale.ROOT);
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae");
        s = arabicLetters(s);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip();
    }

    private static String arabicLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            });
        }
        return out.toString();
    }
}
