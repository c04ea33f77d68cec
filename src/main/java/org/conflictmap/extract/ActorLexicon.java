package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.conflictmap.actor.Actor;

/**
 * Finds actor mentions: every actor's name and aliases (from the actor table) plus the generic phrases news reports
 * use for the parties ({@link #GENERIC}). All-capital aliases (HTS, IS, SDF) match case-sensitively, so that "is"
 * is not the Islamic State; everything else ignores case, and a final "s" is optional. Matching is word by word
 * (leftmost, then longest), not one big regular expression, which would try every alias at every character.
 * Immutable once built.
 */
final class ActorLexicon {
    /**
     * Generic phrases and the actor they stand for. Unnamed "rebels", "insurgents" and "opposition fighters" go to
     * HTS, the leading group of the opposition coalition (OPP side); the editor corrects it when another faction was
     * meant. Kept here rather than in actors.csv because they are reporting habits, not names of the actors.
     */
    static final Map<String, String> GENERIC = generic();

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’\\-]*");

    /** A phrase as words; acronyms (all capitals) must match in case, the rest ignores it. */
    private record Phrase(String[] words, boolean acronym, String code, boolean generic) {
    }

    /** Phrases by their first word (lower case), longest first: a word trie would be overkill at this size. */
    private final Map<String, List<Phrase>> byFirstWord;
    private final Map<String, String> sideByCode;

    /** {@code generic}: a reporting habit such as "rebels", not a name of the actor. */
    record ActorMention(Span span, String code, boolean generic) {
    }

    /**
     * Who unnamed "rebels" are when the sentence names whom they fought: in northern Syria the opposition
     * factions fighting the SDF are the Turkish-backed SNA, not HTS (2016–2024 front lines, as ISW and ACLED code
     * them). Keyed by the opponent's code; applies only to generic mentions of the default rebel actor.
     */
    private static final Map<String, String> REBELS_AGAINST = Map.of("SDF", "SNA");

    /** The armed forces a country means when it speaks of "its troops" (ISO code → actor code). */
    private static final Map<String, String> FORCES_OF = Map.of("IL", "ISR", "TR", "TUR", "RU", "RUS", "IR", "IRN",
            "US", "USA", "SY", "SAA");

    ActorLexicon(List<Actor> actors) {
        Map<String, String> phrases = new LinkedHashMap<>();
        Set<String> generic = new HashSet<>();
        sideByCode = actors.stream().collect(Collectors.toMap(Actor::getCode, Actor::getSide, (a, b) -> a));
        for (Actor a : actors) {
            phrases.putIfAbsent(a.getName(), a.getCode());
            a.getAliases().forEach(alias -> phrases.putIfAbsent(alias, a.getCode()));
            phrases.putIfAbsent(a.getCode(), a.getCode());
        }
        GENERIC.forEach((phrase, code) -> {
            if (sideByCode.containsKey(code) && phrases.putIfAbsent(phrase, code) == null) {
                generic.add(phrase);
            }
        });
        Map<String, List<Phrase>> index = new HashMap<>();
        phrases.forEach((phrase, code) -> {
            List<String> words = new ArrayList<>();
            TOKEN.matcher(phrase).results().forEach(r -> words.add(r.group()));
            if (!words.isEmpty()) {
                boolean acronym = phrase.equals(phrase.toUpperCase(Locale.ROOT))
                        && phrase.chars().anyMatch(Character::isLetter);
                index.computeIfAbsent(words.getFirst().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Phrase(words.toArray(String[]::new), acronym, code, generic.contains(phrase)));
            }
        });
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed()));
        byFirstWord = Map.copyOf(index);
    }

    /** Actor mentions in {@code within}, leftmost-longest, not overlapping; a final "s" or "es" is optional. */
    List<ActorMention> find(String text, Span within) {
        List<MatchResult> tokens = TOKEN.matcher(text).region(within.start(), within.end()).results().toList();
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase best = longestAt(tokens, i);
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.words().length - 1;
            mentions.add(new ActorMention(new Span(tokens.get(i).start(), tokens.get(last).end()), best.code(),
                    best.generic()));
            i = last + 1;
        }
        return mentions;
    }

    private Phrase longestAt(List<MatchResult> tokens, int i) {
        String first = tokens.get(i).group().toLowerCase(Locale.ROOT);
        Phrase best = null;
        String singular = first.endsWith("es") ? first.substring(0, first.length() - 2)
                : first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
        for (String key : singular.equals(first) ? List.of(first)
                : List.of(first, singular, first.substring(0, first.length() - 1))) {
            for (Phrase p : byFirstWord.getOrDefault(key, List.of())) {
                if ((best == null || p.words().length > best.words().length) && matches(p, tokens, i)) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static boolean matches(Phrase p, List<MatchResult> tokens, int i) {
        if (i + p.words().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.words().length; k++) {
            String word = p.words()[k];
            String token = tokens.get(i + k).group();
            // a plural on any word of a phrase: "opposition factions in the south"
            boolean plural = !p.acronym() || k == p.words().length - 1;
            if (!sameWord(word, token, p.acronym()) && !(plural && (sameWord(word + "s", token, p.acronym())
                    || sameWord(word + "es", token, p.acronym())))) {
                return false;
            }
            if (k > 0 && tokens.get(i + k).start() - tokens.get(i + k - 1).end() > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String word, String token, boolean acronym) {
        return acronym ? word.equals(token) : word.equalsIgnoreCase(token);
    }

    /**
     * The actor a mention stands for once its opponent is known: unnamed rebels fighting the SDF are the SNA; any
     * other mention is itself.
     */
    String against(ActorMention mention, String opponent) {
        String refined = opponent == null || !mention.generic() ? null : REBELS_AGAINST.get(opponent);
        return refined != null && GENERIC.getOrDefault("rebel", "").equals(mention.code())
                && sideByCode.containsKey(refined) ? refined : mention.code();
    }

    /** The actor for a country's own armed forces, or null when the actor table has none. */
    String forcesOf(String countryCode) {
        String code = countryCode == null ? null : FORCES_OF.get(countryCode);
        return code != null && sideByCode.containsKey(code) ? code : null;
    }

    /** The side (coalition) of an actor code, or null. */
    String side(String code) {
        return sideByCode.get(code);
    }

    private static Map<String, String> generic() {
        Map<String, String> g = new LinkedHashMap<>();
        for (String p : List.of("rebel", "rebel fighter", "rebel force", "rebel group", "insurgent",
                "opposition fighter", "opposition force", "opposition faction", "the opposition", "Islamist rebel",
                "armed opposition group", "opposition commander", "rebel commander", "HTS-led forces",
                "HTS-led fighters")) {
            g.put(p, "HTS");
        }
        for (String p : List.of("regime force", "government troop", "government soldier", "government force",
                "the army", "Syria's army", "Syrian army", "Syrian troops", "Syrian soldiers", "the Syrian military",
                "government aircraft", "government helicopter", "government warplane", "Syrian warplane",
                "Syrian jet", "Syrian aircraft", "Syrian helicopter", "army units", "loyalist troops",
                "pro-government forces")) {
            g.put(p, "SAA");
        }
        for (String p : List.of("Russian jet", "Russian warplane", "Russian aircraft", "Russian bomber",
                "Russian air power", "Russian troops")) {
            g.put(p, "RUS");
        }
        for (String p : List.of("Iran-backed Iraqi fighter", "Iran-backed Iraqi militia", "Iraqi militia",
                "Iraqi militia convoy", "Iraqi paramilitaries", "Shiite paramilitary units", "PMF fighter")) {
            g.put(p, "IRQM");
        }
        for (String p : List.of("Kurdish-led SDF", "Kurdish fighter", "Kurdish force", "Kurdish-led force",
                "Kurdish-led fighter", "SDF fighter", "SDF unit")) {
            g.put(p, "SDF");
        }
        for (String p : List.of("Turkish artillery", "Turkish drone", "Turkish troops", "Turkish soldier",
                "Turkish jet", "Turkish warplane", "Turkey's army", "Turkish military convoy", "Turkish armed forces")) {
            g.put(p, "TUR");
        }
        for (String p : List.of("Syrian National Army", "Turkish-backed faction", "Turkish-backed fighter",
                "SNA fighter", "Ankara-backed faction", "Ankara-backed fighter", "Ankara-backed rebel",
                "Ankara-backed group", "Turkish-backed group", "Turkish-backed Syrian rebel",
                "Turkish-backed Syrian faction", "Turkish-backed Syrian fighter", "Ankara-backed Syrian faction")) {
            g.put(p, "SNA");
        }
        for (String p : List.of("US drone", "US warplane", "US jet", "US aircraft", "US-led coalition",
                "coalition warplane", "coalition aircraft", "coalition jet")) {
            g.put(p, "USA");
        }
        for (String p : List.of("Israeli warplane", "Israeli jet", "Israeli troops", "Israeli drone",
                "Israeli aircraft", "Israeli ground troop", "Israeli ground force", "Israeli tank")) {
            g.put(p, "ISR");
        }
        for (String p : List.of("southern faction", "rebels in the south", "southern rebel",
                "opposition faction in the south", "opposition fighter in the south", "faction in the south",
                "southern opposition faction")) {
            g.put(p, "SOUTH");
        }
        for (String p : List.of("Islamic State", "Islamic State militant", "Islamic State fighter",
                "Islamic State cell", "jihadist")) {
            g.put(p, "ISIS");
        }
        g.put("Hezbollah fighter", "HZB");
        return g;
    }
}
