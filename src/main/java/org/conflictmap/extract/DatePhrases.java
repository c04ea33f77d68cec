package org.conflictmap.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.event.DatePrecision;

/**
 * Finds date phrases and resolves them against the publication date: explicit dates, weekdays (the latest such day
 * on or before publication), yesterday/today/overnight, weekends and weeks, months, and "a day later" (relative to
 * the previous date in the text), as do "within 72 hours", "after two days" and "48 hours later" (hours round
 * to whole days). "Overnight" and "last night" are the day before publication (the night began then).
 */
final class DatePhrases {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String COUNTS = "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final List<String> COUNT_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern PHRASE = Pattern.compile(String.join("|",
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)",
            "(?<dm>\\b(?<dmD>\\d{1,2})\\s+(?<dmM>" + MONTHS + ")(?:,?\\s+(?<dmY>\\d{4}))?)",
            "(?<md>\\b(?<mdM>" + MONTHS + ")\\s+(?<mdD>\\d{1,2})(?!\\d)(?:,?\\s+(?<mdY>\\d{4}))?)",
            "(?<last>\\blast\\s+(?<lastDay>" + DAYS + "))",
            "(?<day>\\b(?<dayName>" + DAYS + ")\\b)",
            "(?<yesterday>\\byesterday\\b)",
            "(?<today>\\b(?:today|this\\s+(?:morning|afternoon|evening)|tonight)\\b)",
            "(?<overnight>\\b(?:overnight|last\\s+night)\\b)",
            "(?<next>\\b(?:a\\s+day\\s+later|the\\s+(?:next|following)\\s+day)\\b)",
            "(?<after>\\b(?:within|after)\\s+(?<afterN>" + COUNTS + ")\\s+(?<afterUnit>hours?|days?)\\b)",
            "(?<before>\\b(?:a\\s+day\\s+earlier|the\\s+(?:day|night)\\s+before|the\\s+previous\\s+day)\\b)",
            "(?<earlier>\\b(?<earlierN>" + COUNTS + ")\\s+(?<earlierUnit>hours?|days?)\\s+earlier\\b)",
            "(?<later>\\b(?<laterN>" + COUNTS + ")\\s+(?<laterUnit>hours?|days?)\\s+later\\b)",
            "(?<same>\\b(?:hours\\s+later|later\\s+(?:that|the\\s+same)\\s+day|the\\s+same\\s+day)\\b)",
            "(?<weekend>\\b(?:over|at)\\s+the\\s+weekend\\b|\\bthis\\s+weekend\\b)",
            "(?<thisWeek>\\b(?:earlier\\s+)?this\\s+week\\b)",
            "(?<lastWeek>\\blast\\s+week(?:'s)?\\b)",
            "(?<thisMonth>\\b(?:earlier\\s+)?this\\s+month\\b)",
            "(?<inMonth>\\bin\\s+(?:(?:early|mid|late)[-\\s]+)?(?<inMonthName>January|February|March|April|May|June|"
                    + "July|August|September|October|November|December)(?:\\s+(?<inMonthY>\\d{4}))?\\b)"),
            Pattern.CASE_INSENSITIVE);

    /** In a clause about the future ("is due to visit on Sunday") a weekday is the next one. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|due\\s+to|expected\\s+to|scheduled|"
            + "plans?\\s+to|next(?!\\s+to\\b))\\b", Pattern.CASE_INSENSITIVE);

    /** How date phrases begin: the first three letters of a longer word, or a short word, or a digit. */
    private static final Set<String> FIRST_LETTERS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun", "yes",
            "tod", "thi", "ton", "ove", "las", "the", "hou", "lat", "ear", "jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec", "wit", "aft", "one", "two", "thr", "fou", "fiv", "six", "sev",
            "eig", "nin", "ten");
    private static final Set<String> SHORT_WORDS = Set.of("a", "an", "at", "in");

    private DatePhrases() {
    }

    /** A resolved date phrase; {@code relative} when it counts from the previous date in the text. */
    record DateMention(Span span, LocalDate date, DatePrecision precision) {
    }

    /**
     * The date phrases in {@code within}. {@code previous} is the last day-precise date before them in the text (for
     * "a day later": a week or a month is no anchor); without a publication date only explicit dates resolve.
     */
    static List<DateMention> find(String text, Span within, LocalDate published, LocalDate previous) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        LocalDate last = previous;
        boolean future = false;
        boolean futureKnown = false;
        // try the expression only at the start of words that can begin a date phrase
        for (int i = within.start(); i < within.end(); i++) {
            if (!startsPhrase(text, i, within)) {
                continue;
            }
            m.region(i, within.end());
            if (!m.lookingAt()) {
                continue;
            }
            if (!futureKnown) {
                future = FUTURE.matcher(text).region(within.start(), within.end()).find();
                futureKnown = true;
            }
            DateMention d = resolve(m, published, last, future);
            if (d != null) {
                found.add(d);
                if (d.precision() == DatePrecision.DAY) {
                    last = d.date();
                }
            }
            i = m.end() - 1;
        }
        return found;
    }

    private static boolean startsPhrase(String text, int i, Span within) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c) || i > within.start() && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (Character.isDigit(c)) {
            return true;
        }
        int end = i;
        while (end < within.end() && end - i < 3 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        boolean longer = end < within.end() && Character.isLetter(text.charAt(end));
        String start = text.substring(i, end).toLowerCase(Locale.ROOT);
        return end - i == 3 ? FIRST_LETTERS.contains(start) : !longer && SHORT_WORDS.contains(start);
    }

    private static DateMention resolve(Matcher m, LocalDate published, LocalDate previous, boolean future) {
        Span span = new Span(m.start(), m.end());
        if (m.group("iso") != null) {
            try {
                return day(span, LocalDate.of(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                        Integer.parseInt(m.group("isoD"))));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (m.group("dm") != null) {
            return explicit(span, m.group("dmD"), m.group("dmM"), m.group("dmY"), published);
        }
        if (m.group("md") != null) {
            return explicit(span, m.group("mdD"), m.group("mdM"), m.group("mdY"), published);
        }
        if (m.group("inMonth") != null) {
            Month month = month(m.group("inMonthName"));
            Integer year = m.group("inMonthY") == null ? null : Integer.parseInt(m.group("inMonthY"));
            if (year == null) {
                if (published == null) {
                    return null;
                }
                year = month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            }
            return new DateMention(span, LocalDate.of(year, month, 1), DatePrecision.MONTH);
        }
        if (m.group("next") != null) {
            return previous == null ? null : day(span, previous.plusDays(1));
        }
        if (m.group("after") != null || m.group("later") != null) {
            boolean after = m.group("after") != null;
            int days = days(m.group(after ? "afterN" : "laterN"), m.group(after ? "afterUnit" : "laterUnit"));
            return previous == null || days < 0 ? null : day(span, previous.plusDays(days));
        }
        if (m.group("before") != null) {
            return previous == null ? null : day(span, previous.minusDays(1));
        }
        if (m.group("earlier") != null) {
            int days = days(m.group("earlierN"), m.group("earlierUnit"));
            return previous == null || days < 0 ? null : day(span, previous.minusDays(days));
        }
        if (m.group("same") != null) {
            return previous == null ? null : day(span, previous);
        }
        if (published == null) {
            return null;
        }
        if (m.group("last") != null) {
            return day(span, published.minusDays(1).with(TemporalAdjusters.previousOrSame(dayOfWeek(m.group("lastDay")))));
        }
        if (m.group("day") != null) {
            DayOfWeek day = dayOfWeek(m.group("dayName"));
            return day(span, future ? published.plusDays(1).with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day)));
        }
        if (m.group("yesterday") != null || m.group("overnight") != null) {
            return day(span, published.minusDays(1));
        }
        if (m.group("today") != null) {
            return day(span, published);
        }
        if (m.group("weekend") != null) {
            return new DateMention(span, published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)),
                    DatePrecision.WEEK);
        }
        if (m.group("thisWeek") != null) {
            return new DateMention(span, published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    DatePrecision.WEEK);
        }
        if (m.group("lastWeek") != null) {
            return new DateMention(span, published.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    DatePrecision.WEEK);
        }
        return new DateMention(span, published.withDayOfMonth(1), DatePrecision.MONTH);
    }

    private static DateMention explicit(Span span, String day, String monthName, String year, LocalDate published) {
        Month month = month(monthName);
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null) {
            y = month.getValue() > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
        } else {
            return null;
        }
        try {
            return day(span, LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "72 hours" → 3 days, "two days" → 2, "an hour" → 0; -1 for counts too large to be a date step. */
    private static int days(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        int n = Character.isDigit(c.charAt(0)) ? Integer.parseInt(c)
                : c.startsWith("a") ? 1 : COUNT_WORDS.indexOf(c) + 1;
        int result = unit.toLowerCase(Locale.ROOT).startsWith("hour") ? (n + 12) / 24 : n;
        return result > 31 ? -1 : result;
    }

    private static DateMention day(Span span, LocalDate date) {
        return new DateMention(span, date, DatePrecision.DAY);
    }

    private static Month month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static DayOfWeek dayOfWeek(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
