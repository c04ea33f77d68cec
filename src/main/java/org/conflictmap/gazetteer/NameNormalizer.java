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
        return name.chars().allMatch(c -> c < 0x80) ? normalizeAscii(name) : normalizeFully(name);
    }

    /** The same result as {@link #normalizeFully} for ASCII text, without regular expressions or NFKD. */
    static String normalizeAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if (Character.isWhitespace(c) || "-_.,;:/()\"".indexOf(c) >= 0) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    static String normalizeFully(String name) {
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

    /** Transliterated Arabic articles, as separate words after {@link #normalize}: al-Bab, as-Safira, ez-Zor. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "as", "es", "ash", "esh", "ath",
            "ad", "ed", "adh", "ar", "er", "az", "ez", "at", "et", "an", "en", "l");
    private static final Pattern LATIN_VOWELS = Pattern.compile("[aeiouy]");
    private static final Pattern FINAL_AH = Pattern.compile("([ae])h$");
    private static final Pattern LATIN_VOWELS_AND_H = Pattern.compile("[aeiouyh]");
    /**
     * Letter groups that English, French and German transliterations of Arabic, Kurdish and Turkish write
     * differently for one sound (Dscharablus / Jarabulus, Choghour / Shughur, Chan / Khan, Qamishli / Kamishli),
     * in the order they are replaced; x stands for the sh/kh/ch family.
     */
    private static final String[][] SOUNDS = {{"dsch", "j"}, {"tsch", "x"}, {"sch", "x"}, {"dzh", "j"}, {"dj", "j"},
            {"sh", "x"}, {"ch", "x"}, {"kh", "x"}, {"gh", "g"}, {"th", "t"}, {"dh", "d"}, {"ph", "f"}, {"ck", "k"},
            {"q", "k"}, {"c", "k"}};
    private static final Pattern REPEATS = Pattern.compile("(.)\\1+");
    /** Arabic compound heads written with or without a space before the article: دير الزور / ديرالزور. */
    private static final Pattern ARABIC_HEAD_ARTICLE =
            Pattern.compile("^(دير|ابو|تل|عين|ام|بيت|راس|جسر|خان|بير|كفر|باب)ال(?=..)");

    /**
     * A looser key for spellings that {@link #normalize} keeps apart: without articles (al-, as-, ال) and spaces,
     * final -ah/-eh reduced, sound-alike letter groups merged ({@link #SOUNDS}), and Latin words cut to their first
     * letter (any vowel as a) plus consonants other than h, with doubled letters merged. So Tal Rifaat, Tell Rifaat
     * and Tall Rif'at meet, as do Maarat al-Numan and Ma'arrat an-Nu'man, Qamishli and Al Qamishli, Damscus and
     * Damascus, Dschisr asch-Schughur and Jisr al-Shughur. Used only when no name matches exactly. Idempotent.
     */
    public static String loose(String name) {
        StringBuilder key = new StringBuilder();
        String[] words = normalize(name).split(" ");
        for (String word : words) {
            if (words.length > 1 && ARTICLES.contains(word)) {
                continue;
            }
            String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
            key.append(w.isEmpty() || w.charAt(0) < 0x80 ? w : ARABIC_HEAD_ARTICLE.matcher(w).replaceFirst("$1"));
        }
        String k = key.toString();
        if (k.chars().allMatch(c -> c < 0x80)) {
            k = FINAL_AH.matcher(k).replaceFirst("$1");
            for (String[] r : SOUNDS) {
                k = k.replace(r[0], r[1]);
            }
            if (k.isEmpty()) {
                return k;
            }
            char first = LATIN_VOWELS.matcher(k.substring(0, 1)).matches() ? 'a' : k.charAt(0);
            k = first + LATIN_VOWELS_AND_H.matcher(k.substring(1)).replaceAll("");
            k = REPEATS.matcher(k).replaceAll("$1");
        }
        return k;
    }

    /** A normalised name without articles and spaces: "al qusayr" → "qusayr", "ras al ayn" → "rasayn". */
    static String compact(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        String[] words = normalized.split(" ");
        for (String word : words) {
            if (words.length == 1 || !ARTICLES.contains(word)) {
                out.append(word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word);
            }
        }
        return out.toString();
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
