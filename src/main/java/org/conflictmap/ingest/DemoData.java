package org.conflictmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.actor.Actor;
import org.conflictmap.actor.ActorService;
import org.conflictmap.actor.Side;
import org.conflictmap.control.ControlChange;
import org.conflictmap.control.ControlService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.Event;
import org.conflictmap.event.EventService;
import org.conflictmap.event.EventType;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GeoPrecision;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.source.Source;
import org.conflictmap.source.SourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data set (the Aleppo offensive, 27 Nov – 8 Dec 2024) from {@code demo/*.csv} on the classpath.
 * Rows name their places; coordinates come from the gazetteer. One transaction: a row that does not resolve stops
 * the whole load and nothing is kept.
 */
@Service
public class DemoData {
    private static final String DIR = "demo/";
    /** Control on the eve of the offensive, one record per place (see geodata/README.md). */
    static final String BASELINE_FILE = "geodata/control-baseline-2024-11-26.csv";
    static final LocalDate BASELINE_DATE = LocalDate.of(2024, 11, 26);
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Gazetteer gazetteer;
    private final ActorService actors;
    private final SourceRepository sources;
    private final EventService events;
    private final ControlService control;

    DemoData(Gazetteer gazetteer, ActorService actors, SourceRepository sources, EventService events,
             ControlService control) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.sources = sources;
        this.events = events;
        this.control = control;
    }

    /** Loads the demo set unless actors already exist (then the database holds data and is left alone). */
    @Transactional
    public boolean loadIfEmpty() {
        if (!actors.all().isEmpty()) {
            log.info("Demo data: database already has actors; load skipped");
            return false;
        }
        load(DIR);
        // After load(dir), not inside it: the baseline names actors of the demo set, so loading any other
        // directory (one without SAA, SDF, HTS...) failed on the baseline instead of on its own rows.
        Map<String, Actor> actorsByCode = actors.all().stream()
                .collect(Collectors.toMap(Actor::getCode, Function.identity()));
        log.info("Demo data: {} baseline control records", loadBaseline(actorsByCode));
        return true;
    }

    @Transactional
    public void load(String dir) {
        java.util.Set<String> knownSides = new java.util.HashSet<>(actors.sides().stream().map(Side::code).toList());
        for (CSVRecord r : read(dir + "sides.csv")) {
            if (knownSides.add(r.get("code"))) {
                actors.saveSide(new Side(r.get("code"), r.get("name"), r.get("colour")));
            }
        }
        Map<String, Actor> actorsByCode = new HashMap<>();
        for (CSVRecord r : read(dir + "actors.csv")) {
            Actor actor = actors.save(new Actor(r.get("code"), r.get("name"), split(r.get("aliases")),
                    r.get("kind"), r.get("colour"), r.get("side")));
            actorsByCode.put(actor.getCode(), actor);
        }
        Map<String, Source> sourcesByKey = new HashMap<>();
        for (CSVRecord r : read(dir + "sources.csv")) {
            sourcesByKey.put(r.get("key"), sources.save(new Source(r.get("publisher"), r.get("title"),
                    blankToNull(r.get("url")), date(r, "published", true))));
        }
        int eventCount = 0;
        for (CSVRecord r : read(dir + "events.csv")) {
            events.save(new Event(date(r, "date", false), DatePrecision.valueOf(r.get("date_precision")),
                    EventType.valueOf(r.get("type")), actor(actorsByCode, r, "actor1", false),
                    actor(actorsByCode, r, "actor2", true), place(r), GeoPrecision.valueOf(r.get("geo_precision")),
                    r.get("fatalities").isBlank() ? null : Integer.valueOf(r.get("fatalities")), r.get("summary"),
                    source(sourcesByKey, r)));
            eventCount++;
        }
        int changeCount = 0;
        for (CSVRecord r : read(dir + "control-changes.csv")) {
            control.save(new ControlChange(place(r), date(r, "date", false), actor(actorsByCode, r, "from_actor", true),
                    actor(actorsByCode, r, "to_actor", false), ControlStatus.valueOf(r.get("status")),
                    r.get("summary"), source(sourcesByKey, r)));
            changeCount++;
        }
        log.info("Demo data: {} actors, {} sources, {} events, {} control changes", actorsByCode.size(),
                sourcesByKey.size(), eventCount, changeCount);
    }

    /** The baseline becomes control records dated {@link #BASELINE_DATE} with an unknown previous controller. */
    private int loadBaseline(Map<String, Actor> actorsByCode) {
        Source baseline = sources.save(new Source("Conflict map team",
                "Baseline of territorial control on the eve of the offensive (26 November 2024)", null, null));
        int count = 0;
        for (CSVRecord r : read(BASELINE_FILE)) {
            control.save(ControlChange.baseline(place(r), BASELINE_DATE, actor(actorsByCode, r, "controller", false),
                    ControlStatus.valueOf(r.get("status")), r.get("note"), baseline));
            count++;
        }
        return count;
    }

    private Place place(CSVRecord r) {
        String name = r.get("place");
        long id = gazetteer.resolveBest(name)
                .orElseThrow(() -> new DemoDataException("Demo data line " + r.getRecordNumber()
                        + ": place '" + name + "' is not in the gazetteer"))
                .id();
        return gazetteer.place(id);
    }

    private static Actor actor(Map<String, Actor> actors, CSVRecord r, String column, boolean optional) {
        String code = r.get(column);
        if (code.isBlank() && optional) {
            return null;
        }
        Actor actor = actors.get(code);
        if (actor == null) {
            throw new DemoDataException("Demo data line " + r.getRecordNumber() + ": unknown actor '" + code + "'");
        }
        return actor;
    }

    private static Source source(Map<String, Source> sources, CSVRecord r) {
        Source source = sources.get(r.get("source"));
        if (source == null) {
            throw new DemoDataException("Demo data line " + r.getRecordNumber() + ": unknown source '"
                    + r.get("source") + "'");
        }
        return source;
    }

    private static LocalDate date(CSVRecord r, String column, boolean optional) {
        String value = r.get(column);
        return optional && value.isBlank() ? null : LocalDate.parse(value);
    }

    private static List<String> split(String aliases) {
        return aliases.isBlank() ? List.of()
                : List.of(aliases.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<CSVRecord> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + path, e);
        }
    }
}
