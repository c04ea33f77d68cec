package org.conflictmap.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a trigger reports something that happened: not negated ("did not capture", "denied taking"), not
 * a threat, plan, possibility or condition ("threatened to take", "could fall", "if"), not a question and not a
 * historical reference ("recaptured in 2016", "since 2020") — judged without a relative clause that only describes
 * a place ("a town the SDF has held since 2016") — and tells when a story told in the past comes back to the present.
 */
final class Modality {
    private static final Pattern NEGATION_BEFORE = Pattern.compile("\\b(?:not|never|no|denied|denies|deny|"
            + "denying|rejected\\s+reports|refuted)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IRREALIS_BEFORE = Pattern.compile("\\b(?:threat(?:en|ens|ened|ening)\\s+to|"
            + "aim(?:s|ed|ing)?\\s+(?:at|to)|plan(?:s|ned|ning)?\\s+to|vow(?:s|ed|ing)?\\s+to|promis(?:e|es|ed|ing)\\s+to|"
            + "intend(?:s|ed)?\\s+to|want(?:s|ed)?\\s+to|tr(?:y|ies|ied|ying)\\s+to|prepar(?:e|es|ed|ing)\\s+to|"
            + "ready\\s+to|expected\\s+to|attempt(?:s|ed)?\\s+to|hop(?:e|es|ed|ing)\\s+to|seek(?:s|ing)?\\s+to|"
            + "sought\\s+to|push\\s+to|bid\\s+to|warned\\s+(?:of|that)|fear(?:s|ed)?|unless|whether|"
            + "will|shall|going\\s+to|about\\s+to)\\b", Pattern.CASE_INSENSITIVE);
    /** Modal verbs before the trigger or just after it ("an assault on Kobani would be…"). */
    private static final Pattern IRREALIS_NEAR = Pattern.compile("\\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may|[Ii]f)\\b");
    private static final int NEAR_AFTER = 40;
    /** "to attack Aleppo", "the green light to take": an infinitive names an aim, unless it was achieved. */
    private static final Pattern INFINITIVE = Pattern.compile("(?<!began|started|continued)\\s+to\\s+$|\\b(?:preparations?|plans?|calls?|bid|push|order|orders|permission|green\\s+light)\\s+"
            + "(?:for|to)\\b", Pattern.CASE_INSENSITIVE);
    /** "managed to take", "agreed to hand over": the infinitive is what happened. */
    private static final Pattern ACHIEVED = Pattern.compile("\\b(?:managed|agreed|agreement|deal|succeeded|able)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Habits and long stretches are background, not an event on a day. */
    private static final Pattern HABITUAL = Pattern.compile("\\b(?:regularly|frequently|often|repeatedly|routinely|"
            + "usually|over\\s+the\\s+past\\s+(?:year|years|decade|months)|for\\s+years|in\\s+recent\\s+"
            + "(?:years|months)|in\\s+the\\s+past)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT = Pattern.compile("\\b(?:has|have|is|are|now|currently|today|again|"
            + "recent(?:ly)?|latest|new|still|unlike|(?:last|past|this)\\s+week)\\b|"
            + "['’](?:s|ve|re)\\s+(?:been|taken|seized|captured)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_PERFECT = Pattern.compile("\\bhad\\s+(?:\\p{L}+ly\\s+)?(?:been\\s+)?\\p{L}+"
            + "(?:ed|en|wn|ht|t)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("[\\s,]+(?:that|which|who|whose)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words after which "that" introduces what was said, not a relative clause. */
    private static final Set<String> NOT_RELATIVE_AFTER = Set.of("said", "says", "say", "claimed", "claims",
            "acknowledged", "denied", "reported", "announced", "believed", "insisted", "added", "noted", "confirmed",
            "admitted", "warned", "stated", "so", "such", "now");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    private static final Pattern SINCE = Pattern.compile("\\b(?:since|years\\s+ago|at\\s+the\\s+time|"
            + "long\\s+been|once\\s+(?:the|a))\\b", Pattern.CASE_INSENSITIVE);

    /** One of these or a year is in every historical clause: a cheap test before the expressions. */
    private static final List<String> HISTORY_CUES = List.of("since", "ago", "at the time", "long been", "once");

    private Modality() {
    }

    /** True when the trigger at {@code trigger} in {@code clause} reports an actual, current happening. */
    static boolean factual(String text, Span sentence, Span clause, Span trigger) {
        if (text.substring(sentence.start(), sentence.end()).strip().endsWith("?")) {
            return false;
        }
        String before = text.substring(clause.start(), trigger.start());
        String near = text.substring(clause.start(), Math.min(clause.end(), trigger.end() + NEAR_AFTER));
        Span main = mainPart(text, clause, trigger.end());
        return !NEGATION_BEFORE.matcher(before).find() && !IRREALIS_BEFORE.matcher(before).find()
                && !IRREALIS_NEAR.matcher(near).find()
                && (!INFINITIVE.matcher(before).find() || ACHIEVED.matcher(before).find())
                && !HABITUAL.matcher(text.substring(main.start(), main.end())).find();
    }

    /**
     * The clause without a relative clause that follows {@code from} ("…Halfaya, a chain of towns that government
     * forces had defended for years"): what the relative clause says ("for years", "since 2016") is about the
     * noun it describes, not about the happening reported. "said that …" is not a relative clause.
     */
    static Span mainPart(String text, Span clause, int from) {
        int start0 = Math.max(clause.start(), from);
        String lower = text.substring(start0, clause.end()).toLowerCase(Locale.ROOT);
        if (!lower.contains("that") && !lower.contains("which") && !lower.contains("who")) {
            return clause;
        }
        Matcher m = RELATIVE.matcher(text).region(start0, clause.end());
        while (m.find()) {
            int end = m.start();
            int start = end;
            while (start > clause.start() && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (!NOT_RELATIVE_AFTER.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
                return new Span(clause.start(), m.start());
            }
        }
        return clause;
    }

    /**
     * A sentence in the present or present perfect, or pointing at the present ("now", "recent"): what tells that
     * a story has come back from a flashback.
     */
    static boolean present(String text, Span sentence) {
        return PRESENT.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** "had taken", "had been held": a flashback from a story told in the simple past. */
    static boolean pastPerfect(String text, Span sentence) {
        return PAST_PERFECT.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** A clause naming a year before publication, or "since …", is about the past, not news. */
    static boolean historical(String text, Span clause, LocalDate published) {
        String s = text.substring(clause.start(), clause.end());
        String lower = s.toLowerCase(Locale.ROOT);
        if (!s.contains("19") && !s.contains("20") && HISTORY_CUES.stream().noneMatch(lower::contains)) {
            return false;
        }
        if (SINCE.matcher(s).find()) {
            return true;
        }
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            if (published == null || Integer.parseInt(m.group(1)) < published.getYear()) {
                return true;
            }
        }
        return false;
    }
}
