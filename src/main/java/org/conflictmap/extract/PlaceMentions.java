package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.gazetteer.PlaceKind;

/**
 * Finds place names in a sentence by trying a few candidate spans against the gazetteer rather than every n-gram:
 * runs of capitalised words (with Arabic articles such as al-, ez-) up to {@value #MAX_WORDS} words, longest match
 * first; runs of Arabic-script words; and phrases that name a kind ("Idlib province" → "Idlib Governorate",
 * "Aleppo's military airport", "Nasib border crossing"). Mentions used as a government or an adjective ("Moscow
 * said", "Lebanon's Hezbollah", "talks in Doha", datelines) are kept but marked {@code metonymy}: nothing may be
 * placed there.
 */
final class PlaceMentions {
    static final int MAX_WORDS = 5;
    /** A single word matched only loosely must score this much ("Balyun" is not "Belen"). */
    private static final double SINGLE_LOOSE_SCORE = 0.6;
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ed", "as", "es", "ash", "esh", "az", "ez",
            "ar", "er", "an", "en", "at", "et", "adh", "ath", "bin", "ibn", "bani", "of");
    private static final Set<String> ADJECTIVAL_SUFFIXES = Set.of("backed", "led", "held", "based", "controlled",
            "allied", "run", "linked", "aligned", "born", "made", "supported", "dominated");
    /** Capitalised words that are not place names in news English (sentence starts, weekdays, nationalities…). */
    private static final Set<String> STOP = Set.of("the", "a", "an", "on", "in", "at", "by", "for", "from", "to",
            "of", "and", "but", "or", "as", "after", "before", "during", "since", "until", "while", "when", "with",
            "this", "that", "these", "those", "some", "many", "most", "all", "both", "no", "not", "it", "its", "they",
            "their", "he", "she", "his", "her", "we", "our", "earlier", "later", "last", "next", "hours", "days",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "syrian", "turkish", "russian", "iranian", "iraqi", "kurdish", "israeli", "lebanese", "american", "us",
            "u.s", "arab", "islamist", "shiite", "sunni", "druze", "western", "jordanian", "qatari", "saudi",
            "president", "prime", "minister", "general", "mr", "mrs", "ms", "dr", "state", "media", "army",
            "government", "opposition", "rebels", "rebel", "forces", "military", "officials", "residents",
            "analysts", "witnesses", "sources", "aid", "crowds", "fighters", "islamic", "national", "democratic",
            "united", "nations", "observatory", "human", "rights", "according", "meanwhile", "however", "footage",
            "images", "video", "videos", "local", "pro-government", "coalition", "operation", "operations",
            "defence", "defense", "ministry", "north", "south", "east", "west", "northern", "southern", "eastern",
            "central", "highway", "road", "river", "airport", "base", "province", "city", "town", "village",
            "district", "crossing", "border", "one", "two", "three", "several", "dozens", "hundreds", "thousands",
            "civil", "international", "reuters", "afp", "ap", "bbc", "map", "conflict", "euphrates", "sham");
    private static final Pattern REPORTING = Pattern.compile("^\\s*(?:(?:has|had|have|also|then|later|"
            + "officially|publicly|quickly|reportedly)\\s+)*(?:said|says|say|denied|denies|deny|accused|accuses|"
            + "called|calls|condemned|condemns|urged|urges|warned|warns|blamed|blames|insisted|insists|announced|"
            + "announces|hosted|hosts|offered|offers|welcomed|welcomes|rejected|rejects|claimed|claims|closed|"
            + "respected|respects|responded|responds|demanded|demands|stated|argued|agreed|vowed|promised|"
            + "summoned|expressed|wants|wanted|believes|sent|sends|backed|backs|supports|supported|insisted|"
            + "threatened|threatens|recognised|recognized|decided|declined|refused|pledged|signed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile("(?:officials?|talks|summit|meeting|conference|"
            + "negotiations|envoys?|government|authorities|regime|leaders?|diplomats?|embassy|ambassadors?|"
            + "hosted\\s+by|delegation)\\s+(?:in|from|of)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_INSTITUTION = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:"
            + "ministry|government|president|prime|foreign|defence|defense|health|interior|leader|leaders|"
            + "leadership|officials|regime|ally|allies|army|military|forces|air\\s+force|navy|intelligence|"
            + "envoy|embassy|parliament|state\\s+media|troops|militias?|proxies|support|backing|position|"
            + "stance|Hezbollah|Hizbullah|Houthis)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATED = Pattern.compile("\\b(?:in|at|near|from|of|around|inside|outside)\\s+"
            + "(?:\\p{Ll}+\\s+)?$");
    private static final Pattern KIND_PHRASE = Pattern.compile("^(['’]s)?\\s+(province|governorate|"
            + "(?:international\\s+)?airport|military\\s+airport|military\\s+airbase|air\\s*base|airbase|"
            + "border\\s+crossing|crossing|military\\s+academy)\\b", Pattern.CASE_INSENSITIVE);
    /** A second facility of the same place joined to the first: "Aleppo's military airport and academy". */
    private static final Pattern AND_KIND = Pattern.compile("^\\s+and\\s+(?:its\\s+|the\\s+)?((?:military\\s+)?"
            + "academy|(?:international\\s+)?airport|air\\s*base|airbase)\\b", Pattern.CASE_INSENSITIVE);
    /** "the civilian airport", "the military air base": a facility named only by the place the text is about. */
    private static final Pattern BARE_FACILITY = Pattern.compile("\\bthe\\s+(?:city['’]s\\s+)?(civilian|civil|"
            + "international|military)\\s+(airport|air\\s*base|airbase)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\s'’.-]{2,}(?:,\\s*[\\p{L} ]+)?"
            + "\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]");

    private PlaceMentions() {
    }

    /** A place name in the text and its gazetteer candidates (best first, never empty). */
    record PlaceMention(Span span, String name, List<PlaceCandidate> candidates, boolean metonymy,
                        boolean relative, boolean partial) {
        boolean country() {
            return candidates.getFirst().kind() == PlaceKind.COUNTRY;
        }
    }

    /**
     * The place mentions of one sentence. {@code lookup} is the gazetteer (memoised per article); words inside
     * {@code actors} are skipped.
     */
    static List<PlaceMention> find(String text, Span sentence, List<Span> actors,
                                   Function<String, List<PlaceCandidate>> lookup) {
        List<Words.Word> words = Words.of(text, sentence);
        List<PlaceMention> mentions = new ArrayList<>();
        Span dateline = dateline(text, sentence);
        int i = 0;
        while (i < words.size()) {
            Words.Word w = words.get(i);
            if (w.arabic()) {
                i = arabicRun(text, words, i, lookup, mentions, dateline);
            } else if (startsName(w, actors)) {
                i = latinRun(text, words, i, actors, lookup, mentions, dateline);
            } else {
                i++;
            }
        }
        return mentions;
    }

    /**
     * Facilities named without their place ("seizing the civilian airport"), read as the facility of
     * {@code focus}, the city or town the text was last about; nothing when there is no focus or it has no such
     * facility in the gazetteer.
     */
    static List<PlaceMention> bareFacilities(String text, Span sentence, String focus,
                                             Function<String, List<PlaceCandidate>> lookup) {
        if (focus == null) {
            return List.of();
        }
        String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        if (!lower.contains("airport") && !lower.contains("base")) {
            return List.of();
        }
        List<PlaceMention> out = new ArrayList<>();
        var m = BARE_FACILITY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            boolean military = m.group(1).equalsIgnoreCase("military");
            boolean airport = m.group(2).equalsIgnoreCase("airport");
            List<String> tries = !military ? List.of(focus + " International Airport", focus + " Airport")
                    : airport ? List.of(focus + " Military Airport", focus + " Military Airbase")
                    : List.of(focus + " Air Base", focus + " Military Airbase");
            for (String name : tries) {
                List<PlaceCandidate> candidates = lookup.apply(name);
                if (!candidates.isEmpty() && candidates.getFirst().kind() == PlaceKind.FACILITY) {
                    Span span = new Span(m.start(1), m.end());
                    out.add(new PlaceMention(span, name, candidates, metonymy(text, span), false, false));
                    break;
                }
            }
        }
        return out;
    }

    private static int arabicRun(String text, List<Words.Word> words, int i, Function<String, List<PlaceCandidate>> lookup,
                                 List<PlaceMention> out, Span dateline) {
        int end = i;
        while (end < words.size() && words.get(end).arabic() && end - i < MAX_WORDS) {
            end++;
        }
        matchLongest(text, words, i, end, lookup, out, dateline);
        return end;
    }

    private static int latinRun(String text, List<Words.Word> words, int i, List<Span> actors,
                                Function<String, List<PlaceCandidate>> lookup, List<PlaceMention> out, Span dateline) {
        int end = i + 1;
        while (end < words.size() && end - i < MAX_WORDS && continuesName(text, words, end, actors)) {
            end++;
        }
        while (end > i + 1 && PARTICLES.contains(lower(words.get(end - 1)))) {
            end--;
        }
        int start = i;
        while (start < end - 1 && STOP.contains(lower(words.get(start)))) {
            start++;
        }
        if (kindPhrase(text, words, start, end, lookup, out, dateline)) {
            return end;
        }
        matchLongest(text, words, start, end, lookup, out, dateline);
        return end;
    }

    /** Greedy longest match from the left inside words[from, to). */
    private static void matchLongest(String text, List<Words.Word> words, int from, int to,
                                     Function<String, List<PlaceCandidate>> lookup, List<PlaceMention> out,
                                     Span dateline) {
        int i = from;
        while (i < to) {
            boolean matched = false;
            for (int j = to; j > i; j--) {
                if (j - i == 1 && STOP.contains(lower(words.get(i)))) {
                    continue;
                }
                int start = words.get(i).start();
                int end = words.get(j - 1).end();
                String name = stripPossessive(text.substring(start, end));
                List<PlaceCandidate> candidates = accept(name, j - i, lookup.apply(name));
                if (!candidates.isEmpty()) {
                    int nameEnd = start + name.length();
                    PlaceMention found = mention(text, new Span(start, nameEnd), name, candidates, dateline);
                    // a match of part of a longer name ("Bustan" of "Bustan al-Basha") may be another place
                    boolean partial = j - i < to - from;
                    out.add(partial ? new PlaceMention(found.span(), found.name(), found.candidates(),
                            found.metonymy(), found.relative(), true) : found);
                    i = j;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                i++;
            }
        }
    }

    /** "X province/governorate", "X's (international|military) airport / air base", "X (border) crossing". */
    private static boolean kindPhrase(String text, List<Words.Word> words, int start, int end,
                                      Function<String, List<PlaceCandidate>> lookup, List<PlaceMention> out,
                                      Span dateline) {
        int nameStart = words.get(start).start();
        String name = stripPossessive(text.substring(nameStart, words.get(end - 1).end()));
        int after = nameStart + name.length();
        String rest = text.substring(after, Math.min(text.length(), after + 40));
        var m = KIND_PHRASE.matcher(rest);
        if (!m.find()) {
            return false;
        }
        if (!facility(text, name, m.group(2), new Span(nameStart, after + m.end()), lookup, out, dateline)) {
            return false;
        }
        int phraseEnd = after + m.end();
        var and = AND_KIND.matcher(text).region(phraseEnd, Math.min(text.length(), phraseEnd + 40));
        if (and.lookingAt()) {
            facility(text, name, and.group(1), new Span(and.start(1), and.end(1)), lookup, out, dateline);
        }
        return true;
    }

    /** The facility or area of {@code kind} ("airport", "province"…) of place {@code name}, if the gazetteer has it. */
    private static boolean facility(String text, String name, String kind, Span span,
                                    Function<String, List<PlaceCandidate>> lookup, List<PlaceMention> out,
                                    Span dateline) {
        List<String> tries = switch (kind.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "province", "governorate" -> List.of(name + " Governorate");
            case "airport" -> List.of(name + " International Airport", name + " Airport");
            case "international airport" -> List.of(name + " International Airport");
            case "military airport", "military airbase" -> List.of(name + " Military Airport",
                    name + " military airport", name + " Military Airbase");
            case "air base", "airbase" -> List.of(name + " Air Base", name + " Airbase");
            case "academy", "military academy" -> List.of(name + " Military Academy");
            default -> List.of(name + " border crossing");
        };
        for (String t : tries) {
            List<PlaceCandidate> candidates = lookup.apply(t);
            if (!candidates.isEmpty()) {
                out.add(mention(text, span, t, candidates, dateline));
                return true;
            }
        }
        return false;
    }

    private static PlaceMention mention(String text, Span span, String name, List<PlaceCandidate> candidates,
                                        Span dateline) {
        boolean metonymy = (dateline != null && dateline.overlaps(span)) || metonymy(text, span);
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        boolean relative = before.matches("(?is).*\\b(?:north|south|east|west|north-?east|north-?west|south-?east|"
                + "south-?west)(?:ern)?\\s+of\\s+(?:the\\s+)?$");
        return new PlaceMention(span, name, candidates, metonymy, relative, false);
    }

    /** "Moscow said", "Lebanon's Hezbollah", "officials in Damascus". */
    static boolean metonymy(String text, Span span) {
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 60));
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        // "rebels in eastern Aleppo agreed": a place after a preposition is where the subject is, not the subject
        boolean located = LOCATED.matcher(before).find();
        return (!located && REPORTING.matcher(after).find()) || POSSESSIVE_INSTITUTION.matcher(after).find()
                || GOVERNMENT_BEFORE.matcher(before).find();
    }

    /** The dateline at the start of a paragraph ("BEIRUT (Reuters) –", "ALEPPO, Syria —"), or null. */
    private static Span dateline(String text, Span sentence) {
        boolean paragraphStart = sentence.start() == 0 || text.charAt(sentence.start() - 1) == '\n';
        if (!paragraphStart) {
            return null;
        }
        var m = DATELINE.matcher(text).region(sentence.start(), sentence.end());
        return m.lookingAt() ? new Span(m.start(), m.end()) : null;
    }

    /**
     * Spelling-tolerant matches of single words are too often English words or names of something else: a single
     * word must match a name exactly, or loosely when it is long; fuzzy and partial-name matches need two words.
     */
    private static List<PlaceCandidate> accept(String name, int words, List<PlaceCandidate> candidates) {
        if (candidates.isEmpty() || words > 1) {
            return candidates;
        }
        String how = candidates.getFirst().reason().split(",", 2)[0];
        boolean exact = how.equals("name") || how.equals("alternate-name");
        boolean longLoose = how.equals("loose-name") && name.length() >= 6
                && candidates.getFirst().score() >= SINGLE_LOOSE_SCORE;
        return exact || longLoose ? candidates : List.of();
    }

    private static boolean startsName(Words.Word w, List<Span> actors) {
        return nameLike(w) && !insideActor(w, actors);
    }

    private static boolean continuesName(String text, List<Words.Word> words, int k, List<Span> actors) {
        Words.Word w = words.get(k);
        Words.Word previous = words.get(k - 1);
        String gap = text.substring(previous.end(), w.start());
        if (!gap.isBlank() || previous.text().matches(".*['’]s") || insideActor(w, actors)) {
            return false;
        }
        return nameLike(w) || (PARTICLES.contains(lower(w)) && k + 1 < words.size()
                && nameLike(words.get(k + 1)));
    }

    private static boolean nameLike(Words.Word w) {
        if (w.arabic()) {
            return false;
        }
        String t = w.text();
        int hyphen = t.lastIndexOf('-');
        if (hyphen > 0 && ADJECTIVAL_SUFFIXES.contains(t.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (w.capitalised()) {
            return true;
        }
        // "al-Numan", "ez-Zor": a lower-case article joined to a capitalised name
        return hyphen > 0 && PARTICLES.contains(t.substring(0, t.indexOf('-')).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(t.charAt(t.indexOf('-') + 1));
    }

    private static boolean insideActor(Words.Word w, List<Span> actors) {
        for (Span a : actors) {
            if (a.contains(w.start())) {
                return true;
            }
        }
        return false;
    }

    private static String stripPossessive(String s) {
        return s.replaceFirst("['’]s$", "");
    }

    private static String lower(Words.Word w) {
        return w.text().toLowerCase(Locale.ROOT);
    }
}
