package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.conflictmap.actor.Actor;

/**
 * Finds actor mentions: every actor's name and aliases (from the actor table) plus the generic phrases news reports
 * use for the parties ({@link #GENERIC}). All-capital aliases (HTS, IS, SDF) match case-sensitively, so that "is"
 * is not the Islamic State; everything else ignores case, and a final "s" is optional. Longer phrases win over
 * shorter ones at the same place. Immutable once built.
 */
final class ActorLexicon {
    /**
     * Generic phrases and the actor they stand for. Unnamed "rebels", "insurgents" and "opposition fighters" go to
     * HTS, the leading group of the opposition coalition (OPP side); the editor corrects it when another faction was
     * meant. Kept here rather than in actors.csv because they are reporting habits, not names of the actors.
     */
    static final Map<String, String> GENERIC = generic();

    private final Pattern pattern;
    private final Map<String, String> codeByPhrase;
    private final Map<String, String> sideByCode;

    record ActorMention(Span span, String code) {
    }

    ActorLexicon(List<Actor> actors) {
        Map<String, String> phrases = new LinkedHashMap<>();
        sideByCode = actors.stream().collect(Collectors.toMap(Actor::getCode, Actor::getSide, (a, b) -> a));
        for (Actor a : actors) {
            phrases.putIfAbsent(key(a.getName()), a.getCode());
            a.getAliases().forEach(alias -> phrases.putIfAbsent(key(alias), a.getCode()));
            phrases.putIfAbsent(key(a.getCode()), a.getCode());
        }
        GENERIC.forEach((phrase, code) -> {
            if (sideByCode.containsKey(code)) {
                phrases.putIfAbsent(key(phrase), code);
            }
        });
        codeByPhrase = Map.copyOf(phrases);
        pattern = compile(phrases.keySet());
    }

    List<ActorMention> find(String text, Span within) {
        List<ActorMention> mentions = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            String code = codeByPhrase.get(key(m.group()));
            if (code == null) {
                code = codeByPhrase.get(key(m.group().replaceFirst("(?i)s$", "")));
            }
            if (code != null) {
                mentions.add(new ActorMention(new Span(m.start(), m.end()), code));
            }
        }
        return mentions;
    }

    /** The side (coalition) of an actor code, or null. */
    String side(String code) {
        return sideByCode.get(code);
    }

    private static Pattern compile(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            String p = sorted.get(i);
            re.append(i == 0 ? "" : "|");
            boolean acronym = p.equals(p.toUpperCase()) && p.chars().anyMatch(Character::isLetter);
            String body = Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
            re.append(acronym ? body : "(?iu:" + body + "(?:s|es)?)");
        }
        return Pattern.compile(re.append(")(?![\\p{L}\\p{N}])").toString());
    }

    /** Lookup key: case and runs of spaces do not count; acronyms keep their case. */
    private static String key(String phrase) {
        String p = phrase.strip().replaceAll("\\s+", " ");
        boolean acronym = p.equals(p.toUpperCase()) && p.chars().anyMatch(Character::isLetter);
        return acronym ? p : p.toLowerCase();
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
                "SNA fighter")) {
            g.put(p, "SNA");
        }
        for (String p : List.of("US drone", "US warplane", "US jet", "US aircraft", "US-led coalition",
                "coalition warplane", "coalition aircraft", "coalition jet")) {
            g.put(p, "USA");
        }
        for (String p : List.of("Israeli warplane", "Israeli jet", "Israeli troops", "Israeli drone",
                "Israeli aircraft")) {
            g.put(p, "ISR");
        }
        for (String p : List.of("southern faction", "rebels in the south", "southern rebel")) {
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
