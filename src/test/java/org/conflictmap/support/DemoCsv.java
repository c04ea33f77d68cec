package org.conflictmap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo data set read straight from {@code demo/*.csv}, so that tests compute what the database should hold
 * without going through the application's loader.
 */
public final class DemoCsv {
    public static final LocalDate FIRST_DAY = LocalDate.parse("2024-11-27");
    public static final LocalDate LAST_DAY = LocalDate.parse("2024-12-08");
    /** The day of the control baseline: records of who held what, loaded with the demo set but not changes. */
    public static final LocalDate BASELINE_DAY = LocalDate.parse("2024-11-26");

    private DemoCsv() {
    }

    /** One line of events.csv; {@code actor2} is null when blank. */
    public record EventRow(LocalDate date, String type, String actor1, String actor2, String place, String summary,
                           String source) {
        public boolean involvesAnyOf(Set<String> actors) {
            return actors.contains(actor1) || (actor2 != null && actors.contains(actor2));
        }

        public boolean between(LocalDate from, LocalDate to) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** One line of control-changes.csv; {@code from} is null when blank. */
    public record ControlRow(LocalDate date, String place, String from, String to, String status, String summary,
                             String source) {
        public boolean involvesAnyOf(Set<String> actors) {
            return actors.contains(to) || (from != null && actors.contains(from));
        }

        public boolean between(LocalDate from, LocalDate to) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public static List<EventRow> events() {
        return read("demo/events.csv").stream()
                .map(r -> new EventRow(LocalDate.parse(r.get("date")), r.get("type"), r.get("actor1"),
                        blankToNull(r.get("actor2")), r.get("place"), r.get("summary"), r.get("source")))
                .toList();
    }

    public static List<ControlRow> controlChanges() {
        return read("demo/control-changes.csv").stream()
                .map(r -> new ControlRow(LocalDate.parse(r.get("date")), r.get("place"), blankToNull(r.get("from_actor")),
                        r.get("to_actor"), r.get("status"), r.get("summary"), r.get("source")))
                .toList();
    }

    public static Set<String> actorCodes() {
        return read("demo/actors.csv").stream().map(r -> r.get("code")).collect(Collectors.toSet());
    }

    /** Source title by source key. */
    public static Map<String, String> sourceTitles() {
        return read("demo/sources.csv").stream().collect(Collectors.toMap(r -> r.get("key"), r -> r.get("title")));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<CSVRecord> read(String path) {
        try (InputStream in = DemoCsv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
