package org.conflictmap.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.event.EventType;

/**
 * The verb and noun patterns that signal a change of control or an event. A control trigger says where its place
 * is ({@link ControlMode}); the extractor never places an item at a place the pattern does not point to.
 */
final class Triggers {
    /** How a control pattern relates actor and place. */
    enum ControlMode {
        /** "X captured Y": agent before, place after. */
        CAPTURE,
        /** "Y fell to X": place before, agent after. */
        PASSIVE,
        /** "X withdrew from Y": the withdrawing actor before, place after. */
        WITHDRAW,
        /** "fighting for control of Y": place after, nobody holds it firmly. */
        CONTESTED
    }

    /** A match: either {@code control} or {@code event} is set. {@code strength} is the pattern's reliability. */
    record Trigger(Span span, ControlMode control, EventType event, double strength) {
    }

    /** {@code cues}: lower-case strings one of which every match contains, to skip the regex cheaply. */
    private record Rule(Pattern pattern, List<String> cues, ControlMode control, EventType event, double strength) {
    }

    private static final List<Rule> RULES = List.of(
            control("(?:fighting|battles?|clashes|struggle)\\s+for\\s+(?:the\\s+)?control\\s+of|battle\\s+for",
                    List.of("control", "battle for"), ControlMode.CONTESTED, 0.6),
            control("(?:fell|falls?|fallen|falling)\\s+to|(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+"
                    + "(?:captured|seized|taken|overrun|retaken|recaptured)|(?:fell|fallen)(?!\\s+(?:back|short|silent|"
                    + "apart|into|from|by|behind|victim|asleep|ill|sharply|below|under|out|in|on\\s+hard|quiet))",
                    List.of("fel", "fall", "captured", "seized", "taken", "overrun"), ControlMode.PASSIVE, 0.8),
            control("(?:withdr(?:ew|awn|aw|aws|awing)|retreat(?:ed|s|ing)?|pull(?:ed|s|ing)?\\s+out|pulled\\s+back)"
                    + "\\s+(?:from|of)|abandon(?:ed|s|ing)?", List.of("withdr", "retreat", "pull", "abandon"),
                    ControlMode.WITHDRAW, 0.7),
            control("(?:re)?captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)(?:\\s+control\\s+of)?|"
                    + "(?:took|take|takes|taken|taking)(?!\\s+(?:part|place|note|aim|refuge|shelter|cover|charge|"
                    + "hold\\s+of\\s+the\\s+situation))(?:\\s+(?:full\\s+)?control\\s+of|\\s+over)?|"
                    + "(?:re-?)?enter(?:ed|s|ing)?|overr(?:an|un|uns|unning)|re(?:took|take|takes|taken|taking)|"
                    + "(?:re)?gain(?:ed|s)?\\s+control\\s+of|stormed(?:\\s+into)?|"
                    + "(?:pushed|broke|swept|drove|rolled|marched)\\s+into",
                    List.of("captur", "seiz", "took", "tak", "enter", "overr", "gain", "storm", "into"),
                    ControlMode.CAPTURE, 0.85),
            event("improvised\\s+explosive\\s+devices?|explosive\\s+devices?|IEDs?|(?:land\\s*)?mines?(?=\\s+"
                    + "(?:killed|exploded|went|blast|explosion|wounded))|landmines?|car\\s+bombs?|roadside\\s+bombs?|"
                    + "suicide\\s+bomb(?:ing|er)s?|booby[-\\s]traps?",
                    List.of("explosive", "ied", "mine", "bomb", "booby"), EventType.REMOTE_EXPLOSIVE, 0.85),
            event("air\\s*strikes?|air\\s*raids?|air\\s+attacks?|drone\\s+(?:strikes?|attacks?)|barrel\\s+bombs?|"
                    + "bomb(?:ed|s|ing|ings)?|(?:warplanes?|jets?|aircraft|helicopters?|drones?|bombers?)\\s+"
                    + "(?:have\\s+|had\\s+)?(?:also\\s+|again\\s+)?(?:struck|hit|pounded|targeted|dropped|strike|hits|"
                    + "attacked)",
                    List.of("air", "drone", "bomb", "warplane", "jet", "helicopter"), EventType.AIR_DRONE_STRIKE,
                    0.85),
            event("(?:artillery|rockets?|missiles?|mortars?|shells?)(?:\\s+(?:fire|rounds?|shells?))?\\s+(?:pounded|"
                    + "hit|struck|targeted|slammed\\s+into)|shell(?:ed|ing|s)?|artillery|rockets?|missiles?|mortars?|"
                    + "bombardments?|projectiles?",
                    List.of("shell", "artillery", "rocket", "missile", "mortar", "bombardment", "projectile"),
                    EventType.SHELLING_ARTILLERY_MISSILE, 0.8),
            event("clash(?:es|ed|ing)?|fighting|fought|gun\\s*battles?|battles?|firefights?|attack(?:ed|s)?|"
                    + "assaults?\\s+on|ambush(?:ed|es)?",
                    List.of("clash", "fight", "fought", "battle", "attack", "assault", "ambush"), EventType.ARMED_CLASH,
                    0.65),
            event("crossed\\s+(?:back\\s+)?(?:into|over|the\\s+border)|cross(?:es|ing)?\\s+the\\s+border|"
                    + "(?:re)?deploy(?:ed|s|ing)?|reinforcements|convoys?|moved\\s+into|"
                    + "advanced\\s+(?:on|into|to|towards?)|"
                    + "sent\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:troops|fighters|reinforcements|contingent|units|soldiers)",
                    List.of("cross", "deploy", "reinforcement", "convoy", "moved", "advanced", "sent"),
                    EventType.TROOP_MOVEMENT, 0.7),
            event("hand(?:ed|s|ing)?\\s+over|handover|hand(?:ed|s|ing)?\\s+(?:[\\p{L}-]+\\s+){1,4}over\\s+to",
                    List.of("hand"), EventType.NON_VIOLENT_TRANSFER, 0.75));

    private Triggers() {
    }

    /** The triggers in a clause, in text order; where two overlap, the earlier rule (more specific) wins. */
    static List<Trigger> find(String text, Span clause) {
        List<Trigger> found = new ArrayList<>();
        String lower = text.substring(clause.start(), clause.end()).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.cues().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text).region(clause.start(), clause.end());
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (found.stream().noneMatch(t -> t.span().overlaps(s))) {
                    found.add(new Trigger(s, r.control(), r.event(), r.strength()));
                }
            }
        }
        found.sort(Comparator.comparingInt(t -> t.span().start()));
        return found;
    }

    private static Rule control(String regex, List<String> cues, ControlMode mode, double strength) {
        return new Rule(compile(regex), cues, mode, null, strength);
    }

    private static Rule event(String regex, List<String> cues, EventType type, double strength) {
        return new Rule(compile(regex), cues, null, type, strength);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }
}
