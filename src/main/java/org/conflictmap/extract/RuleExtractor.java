package org.conflictmap.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.actor.Actor;
import org.conflictmap.actor.ActorService;
import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.event.EventType;
import org.conflictmap.extract.ActorLexicon.ActorMention;
import org.conflictmap.extract.DatePhrases.DateMention;
import org.conflictmap.extract.PlaceMentions.PlaceMention;
import org.conflictmap.extract.Triggers.ControlMode;
import org.conflictmap.extract.Triggers.Trigger;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.PlaceCandidate;
import org.conflictmap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Rule-based extraction (method and limits: docs/DD006). Per sentence: actor mentions, place mentions (resolved
 * with the article's other places as context), date phrases, then control and event patterns per clause, each
 * checked for negation, modality and historical reference. A capture yields a control change only, never also an
 * event, and fighting words in a sentence that reports a control change yield no separate clash: the map shows
 * control changes in their own layer. Within an article, repeats of one capture are one item, "it" and "the town"
 * are the last town named, and an undated clash at a place the article reports taken is part of that capture.
 * Thread-safe: all per-article state lives in local objects.
 */
@Component
public class RuleExtractor implements Extractor {
    /**
     * A party's own claim: "claimed", "X said/says they had/have …", "according to" a party — not "according to"
     * a monitor, residents or a news agency, which report rather than claim.
     */
    private static final Pattern CLAIM = Pattern.compile("\\bclaim(?:s|ed|ing)?\\b|\\baccording\\s+to\\s+(?![^.,;]"
            + "{0,40}?\\b(?:monitors?|observatory|residents|witnesses|activists|rescuers|journalists|medics|doctors|"
            + "hospital|civil\\s+defen[cs]e|Reuters|AFP|AP)\\b)|"
            + "\\b(?:said|say|says)\\s+(?:on\\s+\\p{L}+\\s+)?(?:that\\s+)?(?:it|they|he|she|(?:the|its|their)\\s+[\\p{L}-]+)\\s+(?:had|have|has)\\b", Pattern.CASE_INSENSITIVE);
    /** "…, but the army said its troops were counter-attacking": the other side disputes it, so it is a claim. */
    private static final Pattern DISPUTED = Pattern.compile("\\bbut\\s+[^,.;]{0,40}?\\b(?:said|says|denied|denies|"
            + "insisted|insists)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STILL_FIGHTING = Pattern.compile("\\bbut\\s+(?:the\\s+)?(?:clashes|fighting|"
            + "battles)\\s+(?:continue|go\\s+on|are\\s+continuing|persist)|"
            + "\\b(?:clashes|fighting|battles)\\b[^.;]{0,60}?\\b(?:continued|went\\s+on|(?:were|was)\\s+still\\s+going\\s+on|raged\\s+on)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "The Syrian army acknowledged that …": who reports, not who acts. */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|say|acknowledged|admitted|reported|"
            + "claimed|claims|announced|confirmed|denied|insisted)\\s+(?:on\\s+\\p{L}+\\s+)?(?:that\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** "its troops", "their jets", or "its" before a trigger that names the weapon ("its drones had struck"). */
    private static final Pattern OWN_FORCES = Pattern.compile("\\s*((?:its|their)\\b(?:\\s+(?:[\\p{L}-]+\\s+)?(?:troops|"
            + "forces|army|soldiers|military|jets|warplanes|aircraft|drones|units|tanks)\\b)?)"
            + "(?:\\s+(?:had|have|has|was|were))?(?:\\s+(?:also|again|just))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*(?:they|it|he|she|we|its|their)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "retook it", "withdrew from the town": the place the text is about. */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("\\s+(?<it>it|the\\s+(?:town|city|village))\\b"
            + "(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);
    /** "deployed in the town": where the last town named is. */
    private static final Pattern PRONOUN_LOCATIVE = Pattern.compile("\\s+(?:in|into|inside)\\s+(?<it>it|"
            + "the\\s+(?:town|city|village))\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);
    /** "Homs, which rebels had finished capturing": the noun a relative clause hangs on is the object. */
    private static final Pattern RELATIVE_OBJECT = Pattern.compile("^\\s*,?\\s*(?:which|that)\\s+[^,;]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    /** "In nearby Qamhana, clashes …": a place put first in its clause is where the clause happens. */
    private static final Pattern FRONTED = Pattern.compile("^\\s*(?:in|at|near|around|outside)\\s+(?:nearby\\s+)?"
            + "(?:the\\s+(?:town|city|village)\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "artillery has been pounding Atarib": a verb of striking between a weapon and its target. */
    private static final Pattern STRIKE_VERB_GAP = Pattern.compile("^\\s*(?:(?:has|have|had)\\s+(?:been\\s+)?|"
            + "(?:was|were|is|are)\\s+)?(?:pound|hit|strik|struck|target|shell|bomb|batter|pummel|rain)\\p{L}*\\s+"
            + "(?:down\\s+on\\s+)?(?:the\\s+)?(?:[\\p{L}]+-(?:held|controlled)\\s+)?(?:(?:town|city|village|area|"
            + "outskirts|suburbs?)\\s+(?:of\\s+)?)?$", Pattern.CASE_INSENSITIVE);
    /** What may stand between a capture verb and its place: articles, adjectives and nouns such as "the town of". */
    private static final Pattern OBJECT_GAP = Pattern.compile("^(?:\\s*(?:(?:the|a|an|most|all|much|parts?|large|"
            + "swaths?|areas?|control|of|over|back|towns?|city|villages?|strategic|key|border|northern|southern|"
            + "eastern|western|central|north-?\\p{L}*|south-?\\p{L}*|rest|remaining|districts?|province|governorate|"
            + "air|base|airbase|military|airport|outskirts|centre|center|neighbourhoods?|suburbs?|hill|in|last|major|"
            + "stronghold|nearby|whole|entire|heart|old|Kurdish|Syrian|Iraqi|Turkish|Lebanese|Arab|Druze|Christian|"
            + "Alawite|mainly|majority|predominantly|itself|to|have|had|country['’]s|nation['’]s|second|third|"
            + "largest|biggest|locations?|positions?|sites?|like|including|such\\s+as|metropolis|hub|first|edge|on|side|"
            + "\\p{L}+-(?:held|controlled))(?![\\p{L}'’-])|,))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|at|on|near|into|around|outside|of|across|to|"
            + "inside|over|towards?|against)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$|\\b(?:such\\s+as|including)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_FROM = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBORDINATOR = Pattern.compile("\\b(?:after|before|since|until|once|when)\\s+"
            + "(?:the\\s+(?:city|town|village)\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_OF = Pattern.compile("\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+"
            + "\\p{L}+|fell|had\\s+fallen)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD_BY = Pattern.compile("\\b(?:held|controlled|run|defended|occupied)\\s+by\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int HELD_BY_REACH = 80;
    private static final Pattern AFTER_BY = Pattern.compile("\\bby\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording\\s+to\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHERE = Pattern.compile("\\bwhere\\s+[^,;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,|,?\\s+and|,?\\s+as\\s+well\\s+as)\\s+"
            + "(?:the\\s+(?:town|city|village|district)s?\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final String CIVILIANS = "CIV";
    /** How far (characters) an event's place may be from its trigger. */
    private static final int EVENT_REACH = 90;

    private final BiFunction<String, Coordinate, List<PlaceCandidate>> gazetteer;
    private final Set<String> scope;
    private final Supplier<List<Actor>> actors;
    private volatile ActorLexicon lexicon;

    @Autowired
    RuleExtractor(Gazetteer gazetteer, ActorService actors) {
        this((name, near) -> gazetteer.resolve(name, gazetteer.defaultScope(), near), gazetteer.defaultScope(),
                actors::all);
    }

    /**
     * For tests and benchmarks: any gazetteer function (name, near point or null → candidates best first), the
     * preferred countries and the actors.
     */
    public RuleExtractor(BiFunction<String, Coordinate, List<PlaceCandidate>> gazetteer, Set<String> scope,
                  Supplier<List<Actor>> actors) {
        this.gazetteer = gazetteer;
        this.scope = Set.copyOf(scope);
        this.actors = actors;
    }

    private record Facts(Span sentence, List<Span> clauses, List<ActorMention> actors, List<PlaceMention> places) {
    }

    /** The date an item gets and how it was found (factor for the confidence). */
    private record Dated(LocalDate date, DatePrecision precision, double factor) {
        /** Dated by a phrase in its own sentence, not carried from earlier text or the publication date. */
        boolean ownDate() {
            return factor >= 0.9;
        }
    }

    @Override
    public Extraction extract(ArticleInput article) {
        String text = article.text();
        ActorLexicon lex = lexicon();
        ArticlePlaces places = new ArticlePlaces(gazetteer, scope);
        List<Facts> facts = new ArrayList<>();
        List<PlaceMention> all = new ArrayList<>();
        String focus = null;
        for (Span sentence : Sentences.of(text)) {
            List<ActorMention> actorMentions = lex.find(text, sentence);
            List<PlaceMention> placeMentions = new ArrayList<>(PlaceMentions.find(text, sentence,
                    actorMentions.stream().map(ActorMention::span).toList(), places::lookup));
            List<PlaceMention> facilities = PlaceMentions.bareFacilities(text, sentence,
                    focus(placeMentions, focus), places::lookup);
            if (!facilities.isEmpty()) {
                placeMentions.addAll(facilities);
                placeMentions.sort(Comparator.comparingInt(m -> m.span().start()));
            }
            focus = focus(placeMentions, focus);
            all.addAll(placeMentions);
            facts.add(new Facts(sentence, Sentences.clauses(text, sentence), actorMentions, placeMentions));
        }
        places.settle(all);
        return new Run(text, article.published(), lex, places).extract(facts);
    }

    /** The city or town the text is about so far: the last one named as a place (not as a government). */
    private static String focus(List<PlaceMention> mentions, String previous) {
        String focus = previous;
        for (PlaceMention m : mentions) {
            PlaceKind kind = m.candidates().getFirst().kind();
            if (!m.metonymy() && (kind == PlaceKind.CITY || kind == PlaceKind.TOWN)) {
                focus = m.candidates().getFirst().name();
            }
        }
        return focus;
    }

    /** The state of one extraction: the date and the acting party carried from sentence to sentence. */
    private static final class Run {
        private final String text;
        private final LocalDate published;
        private final ActorLexicon lex;
        private final ArticlePlaces places;
        private final Map<String, ExtractedControlChange> changes = new LinkedHashMap<>();
        private final Map<String, ExtractedEvent> events = new LinkedHashMap<>();
        /** The items dated by a phrase in their own sentence (identity: equal items from two sentences differ). */
        private final Set<Object> dated = Collections.newSetFromMap(new IdentityHashMap<>());
        private LocalDate current;
        private DatePrecision currentPrecision = DatePrecision.DAY;
        private boolean currentFromText;
        /** The last day-precise date so far: what "a day later" counts from. */
        private LocalDate anchor;
        private String lastAgent;
        /** The last town or city named as a place in the sentences so far ("it", "the town"). */
        private PlaceMention lastSettlement;
        /** The last sentence went back to a past year and nothing has come back to the present since. */
        private boolean pastContext;

        Run(String text, LocalDate published, ActorLexicon lex, ArticlePlaces places) {
            this.text = text;
            this.published = published;
            this.lex = lex;
            this.places = places;
            this.current = published;
            this.anchor = published;
        }

        Extraction extract(List<Facts> facts) {
            for (Facts f : facts) {
                List<DateMention> dates = new ArrayList<>();
                LocalDate previous = anchor;
                List<Span> historical = new ArrayList<>();
                boolean stillPast = pastContext && !Modality.present(text, f.sentence());
                for (Span clause : f.clauses()) {
                    Span main = Modality.mainPart(text, clause, clause.start());
                    if (Modality.historical(text, main, published)) {
                        historical.add(clause);
                        continue;
                    }
                    // a report cannot date what happened after its publication: such dates are announcements;
                    // an earlier year in a relative clause dates the noun it describes, not the news
                    List<DateMention> found = DatePhrases.find(text, clause, published, previous).stream()
                            .filter(d -> published == null || !d.date().isAfter(published))
                            .filter(d -> published == null || d.span().start() < main.end()
                                    || d.date().getYear() >= published.getYear()).toList();
                    dates.addAll(found);
                    for (DateMention d : found) {
                        if (d.precision() == DatePrecision.DAY) {
                            previous = d.date();
                        }
                    }
                }
                if (stillPast && dates.isEmpty()) {
                    // the story is still in the past it went back to ("…recaptured in 2016. When Assad regained
                    // control of Aleppo, it was a milestone"): nothing here is news
                    historical.addAll(f.clauses());
                }
                // a flashback in the past perfect ("the army had taken it in 2012") ends with its sentence
                pastContext = !historical.isEmpty() && dates.isEmpty() && !Modality.pastPerfect(text, f.sentence())
                        && !Modality.present(text, f.sentence());
                sentence(f, dates, historical);
                for (PlaceMention m : f.places()) {
                    if (placeable(m) && settlement(m)) {
                        lastSettlement = m;
                    }
                }
                if (!dates.isEmpty()) {
                    DateMention last = dates.getLast();
                    current = last.date();
                    currentPrecision = last.precision();
                    currentFromText = true;
                }
                anchor = previous;
            }
            return ArticleRepeats.settle(changes.values(), events.values(), dated, lex);
        }

        private void sentence(Facts f, List<DateMention> dates, List<Span> historical) {
            boolean controlFound = false;
            List<Trigger> pendingEvents = new ArrayList<>();
            List<Span> eventClauses = new ArrayList<>();
            for (int c = 0; c < f.clauses().size(); c++) {
                Span clause = f.clauses().get(c);
                if (historical.contains(clause)) {
                    continue;
                }
                Span main = Modality.mainPart(text, clause, clause.start());
                boolean relativeIsPast = main.end() < clause.end()
                        && Modality.historical(text, new Span(main.end(), clause.end()), published);
                for (Trigger t : Triggers.find(text, clause)) {
                    boolean inRelative = t.span().start() >= main.end();
                    if (inRelative && relativeIsPast || !Modality.factual(text, f.sentence(), clause, t.span())) {
                        continue;
                    }
                    if (t.control() != null) {
                        controlFound |= control(f, clause, t, dates);
                    } else {
                        pendingEvents.add(t);
                        eventClauses.add(c == 0 || !startsWithWhere(clause) ? clause
                                : new Span(f.clauses().get(c - 1).start(), clause.end()));
                    }
                }
            }
            for (int i = 0; i < pendingEvents.size(); i++) {
                Trigger t = pendingEvents.get(i);
                if (!(controlFound && t.event() == EventType.ARMED_CLASH)) {
                    event(f, eventClauses.get(i), t, dates);
                }
            }
        }

        private boolean control(Facts f, Span clause, Trigger t, List<DateMention> dates) {
            List<PlaceMention> targets = t.control() == ControlMode.PASSIVE
                    ? placeBefore(f, clause, t) : placesAfter(f, clause, t, true);
            var pronoun = PRONOUN_OBJECT.matcher(text).region(t.span().end(), clause.end());
            if (targets.isEmpty() && t.control() != ControlMode.PASSIVE && pronoun.lookingAt()) {
                targets = standingFor(lastSettlement(f, t.span().start()), pronoun);
            }
            if (targets.isEmpty() && t.control() == ControlMode.CAPTURE) {
                targets = relativeAntecedent(f, t);
            }
            if (targets.isEmpty()) {
                return false;
            }
            List<ActorMention> before = agentsBefore(f, clause, t);
            List<ActorMention> after = actorsIn(f, t.span().end(), clause.end());
            String from = code(actorAfterWord(f, clause, t, AFTER_FROM));
            String to;
            switch (t.control()) {
                case PASSIVE -> to = after.isEmpty() ? lastAgent : after.getFirst().code();
                case WITHDRAW -> {
                    // "SDF entered X hours after government troops retreated": the one nearest the verb withdrew
                    from = before.isEmpty() ? null : before.getLast().code();
                    to = opponent(f, from);
                }
                default -> {
                    if (from == null) {
                        from = previousHolder(f, clause, t);
                    }
                    ActorMention agent = !before.isEmpty() ? before.getFirst() : actorAfterWord(f, clause, t, AFTER_BY);
                    to = agent != null ? lex.against(agent, from) : claimant(f) != null ? claimant(f) : lastAgent;
                }
            }
            if (to != null && to.equals(from)) {
                from = null;
            }
            String sentence = text.substring(f.sentence().start(), f.sentence().end());
            ControlStatus status = t.control() == ControlMode.CONTESTED
                    || STILL_FIGHTING.matcher(sentence).find() ? ControlStatus.CONTESTED
                    : CLAIM.matcher(sentence).find() || DISPUTED.matcher(sentence).find() ? ControlStatus.CLAIMED
                    : ControlStatus.CONFIRMED;
            Dated d = date(f, clause, t, dates);
            for (PlaceMention m : targets) {
                PlaceCandidate p = places.resolve(m);
                if (places.farFetched(m, p)) {
                    continue;
                }
                double confidence = clamp(t.strength() * d.factor() * placeFactor(m, p));
                ExtractedControlChange c = new ExtractedControlChange(p.id(), p.name(), p.lat(), p.lon(), d.date(),
                        d.precision(), from, to, status, sentence, f.sentence().start(), f.sentence().end(),
                        m.span().start(), m.span().end(), confidence);
                if (d.ownDate()) {
                    dated.add(c);
                }
                add(c);
            }
            if (to != null && t.control() != ControlMode.WITHDRAW) {
                lastAgent = to;
            }
            return true;
        }

        private void event(Facts f, Span clause, Trigger t, List<DateMention> dates) {
            List<PlaceMention> targets = eventPlaces(f, clause, t);
            if (targets.isEmpty()) {
                return;
            }
            Set<String> codes = new LinkedHashSet<>();
            actorsIn(f, clause.start(), t.span().start()).forEach(a -> codes.add(a.code()));
            actorsIn(f, t.span().start(), clause.end()).forEach(a -> codes.add(a.code()));
            int boundary = codes.isEmpty() ? reportBoundary(clause, t) : -1;
            ActorMention forces = boundary < 0 ? null : countryForces(f, boundary, t);
            if (forces != null) {
                codes.add(forces.code());
            }
            if (codes.isEmpty()) {
                f.actors().forEach(a -> codes.add(a.code()));
            }
            codes.remove(CIVILIANS);
            Dated d = date(f, clause, t, dates);
            String sentence = text.substring(f.sentence().start(), f.sentence().end());
            for (PlaceMention m : targets) {
                PlaceCandidate p = places.resolve(m);
                if (places.farFetched(m, p)) {
                    continue;
                }
                double confidence = clamp(t.strength() * d.factor() * placeFactor(m, p));
                String key = t.event() + "|" + p.id() + "|" + d.date();
                ExtractedEvent existing = events.get(key);
                Set<String> merged = new LinkedHashSet<>(existing == null ? List.of() : existing.actors());
                merged.addAll(codes);
                if (existing == null || existing.confidence() < confidence || merged.size() > existing.actors().size()) {
                    ExtractedEvent base = existing == null || existing.confidence() < confidence ? null : existing;
                    ExtractedEvent e = base != null
                            ? new ExtractedEvent(base.type(), base.placeId(), base.place(), base.lat(), base.lon(),
                            base.date(), base.datePrecision(), List.copyOf(merged), base.sentence(), base.start(),
                            base.end(), base.mentionStart(), base.mentionEnd(), base.confidence())
                            : new ExtractedEvent(t.event(), p.id(), p.name(), p.lat(), p.lon(), d.date(),
                            d.precision(), List.copyOf(merged), sentence, f.sentence().start(), f.sentence().end(),
                            m.span().start(), m.span().end(), confidence);
                    if (base != null ? dated.contains(base) : d.ownDate()) {
                        dated.add(e);
                    }
                    events.put(key, e);
                }
            }
        }

        /** One change per place, date and new controller; a withdrawal to an unknown side yields to a capture. */
        private void add(ExtractedControlChange c) {
            String key = c.placeId() + "|" + c.date();
            ExtractedControlChange existing = changes.get(key + "|" + c.to());
            ExtractedControlChange unknownTo = changes.get(key + "|null");
            if (c.to() != null && unknownTo != null) {
                changes.remove(key + "|null");
            }
            if (c.to() == null && changes.keySet().stream().anyMatch(k -> k.startsWith(key + "|"))) {
                return;
            }
            if (existing == null || existing.confidence() < c.confidence()) {
                changes.put(key + "|" + c.to(), c);
            }
        }

        /** The place(s) a capture or event points to after the trigger: its object and places joined to it. */
        private List<PlaceMention> placesAfter(Facts f, Span clause, Trigger t, boolean strictObject) {
            List<PlaceMention> out = new ArrayList<>();
            int pos = t.span().end();
            for (PlaceMention m : f.places()) {
                if (m.span().start() < pos || m.span().start() >= clause.end()) {
                    continue;
                }
                String gap = text.substring(pos, m.span().start());
                boolean ok = out.isEmpty() ? !strictObject || OBJECT_GAP.matcher(gap).matches()
                        : COORDINATION.matcher(gap).matches();
                if (!ok) {
                    break;
                }
                if (placeable(m)) {
                    out.add(m);
                }
                pos = m.span().end();
                if (m.span().end() < text.length() && text.charAt(m.span().end()) == ' '
                        && text.startsWith("(", m.span().end() + 1)) {
                    pos = skipParenthesis(m.span().end() + 1);
                }
            }
            return out;
        }

        private int skipParenthesis(int open) {
            int close = text.indexOf(')', open);
            return close < 0 ? open : close + 1;
        }

        private List<PlaceMention> placeBefore(Facts f, Span clause, Trigger t) {
            // "The Kuweires airbase, east of Aleppo, fell": the subject, not the place it is placed by
            PlaceMention best = null;
            PlaceMention relative = null;
            for (PlaceMention m : f.places()) {
                if (m.span().start() >= clause.start() && m.span().end() <= t.span().start() && placeable(m)) {
                    if (m.relative()) {
                        relative = m;
                    } else {
                        best = m;
                    }
                }
            }
            best = best != null ? best : relative;
            return best == null ? List.of() : List.of(best);
        }

        /**
         * Where an event happened: the nearest place linked to the trigger (its object, or after a locative
         * preposition such as "in", "on", "near") within {@value #EVENT_REACH} characters, after it rather than
         * before it. Places joined to it by "and" count too. No linked place, no event.
         */
        private List<PlaceMention> eventPlaces(Facts f, Span clause, Trigger t) {
            PlaceMention best = null;
            double bestCost = Double.MAX_VALUE;
            for (PlaceMention m : f.places()) {
                if (!placeable(m) || m.span().start() < clause.start() || m.span().end() > clause.end()
                        || subordinateSubject(m)) {
                    continue;
                }
                boolean after = m.span().start() >= t.span().end();
                String lead = text.substring(Math.max(clause.start(), m.span().start() - 40), m.span().start());
                String gap = after ? text.substring(t.span().end(), m.span().start()) : "";
                boolean fronted = !after && FRONTED.matcher(text.substring(clause.start(), m.span().start())).matches()
                        && text.startsWith(",", m.span().end());
                boolean linked = LOCATIVE.matcher(lead).find() || fronted
                        || after && (OBJECT_GAP.matcher(gap).matches() || STRIKE_VERB_GAP.matcher(gap).matches());
                double distance = after ? m.span().start() - t.span().end() : t.span().start() - m.span().end();
                // fighting words name no place of their own before them ("Aleppo … a territorial battle")
                boolean weakBefore = !after && t.event() == EventType.ARMED_CLASH && !fronted
                        && !WHERE.matcher(text.substring(clause.start(), t.span().start())).find();
                if (!linked || distance > EVENT_REACH || weakBefore) {
                    continue;
                }
                double cost = distance + (after ? 0 : 1_000) + (m.relative() ? 500 : 0);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = m;
                }
            }
            if (best == null) {
                var pronoun = PRONOUN_LOCATIVE.matcher(text).region(t.span().end(),
                        Math.min(clause.end(), t.span().end() + EVENT_REACH));
                return pronoun.find() ? standingFor(lastSettlement(f, t.span().start()), pronoun) : List.of();
            }
            List<PlaceMention> out = new ArrayList<>(List.of(best));
            int pos = best.span().end();
            for (PlaceMention m : f.places()) {
                if (m.span().start() >= pos && m.span().end() <= clause.end()) {
                    if (!COORDINATION.matcher(text.substring(pos, m.span().start())).matches()) {
                        break;
                    }
                    if (placeable(m)) {
                        out.add(m);
                    }
                    pos = m.span().end();
                }
            }
            return out;
        }

        /** "air strikes in the days after Aleppo was captured": the place of another happening, used as a time. */
        private boolean subordinateSubject(PlaceMention m) {
            String before = text.substring(Math.max(0, m.span().start() - 20), m.span().start());
            String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 30));
            return SUBORDINATOR.matcher(before).find() && SUBJECT_OF.matcher(after).lookingAt();
        }

        private static boolean placeable(PlaceMention m) {
            return !m.metonymy() && !m.country();
        }

        private boolean startsWithWhere(Span clause) {
            return text.regionMatches(true, clause.start(), "where ", 0, 6);
        }

        /** Armed parties mentioned between two offsets (civilians never take or hold places). */
        private List<ActorMention> actorsIn(Facts f, int from, int to) {
            return f.actors().stream().filter(a -> a.span().start() >= from && a.span().end() <= to)
                    .filter(a -> !CIVILIANS.equals(a.code())).toList();
        }

        /**
         * The actors before a trigger that may be its agent: after "X said/acknowledged (that)", only those named
         * after it, or X itself when a pronoun stands for it ("they said they had captured"), not the reporter
         * of what others did ("the army acknowledged that "terrorist groups" had entered").
         */
        private List<ActorMention> agentsBefore(Facts f, Span clause, Trigger t) {
            List<ActorMention> before = actorsIn(f, clause.start(), t.span().start());
            int boundary = reportBoundary(clause, t);
            if (boundary >= 0 && before.isEmpty()) {
                ActorMention forces = countryForces(f, boundary, t);
                return forces == null ? before : List.of(forces);
            }
            if (boundary < 0 || before.isEmpty()) {
                return before;
            }
            List<ActorMention> inner = actorsIn(f, boundary, t.span().start());
            if (!inner.isEmpty()) {
                return inner;
            }
            return PRONOUN_SUBJECT.matcher(text).region(boundary, t.span().start()).lookingAt() ? before : List.of();
        }

        /** Where "X said (that)" ends before the trigger, or -1. */
        private int reportBoundary(Span clause, Trigger t) {
            var m = REPORTED.matcher(text).region(clause.start(), t.span().start());
            int boundary = -1;
            while (m.find()) {
                boundary = m.end();
            }
            return boundary;
        }

        /**
         * "Israel said its troops had seized …": the armed forces of the country that speaks, when the words after
         * "said" are "its/their troops, forces, jets…"; null otherwise.
         */
        private ActorMention countryForces(Facts f, int boundary, Trigger t) {
            var own = OWN_FORCES.matcher(text).region(boundary, t.span().start());
            if (!own.lookingAt()) {
                return null;
            }
            PlaceMention country = null;
            for (PlaceMention m : f.places()) {
                if (m.span().end() <= boundary && m.span().start() >= f.sentence().start() && m.country()) {
                    country = m;
                }
            }
            String code = country == null ? null : lex.forcesOf(country.candidates().getFirst().countryCode());
            return code == null ? null : new ActorMention(new Span(own.start(1), own.end(1)), code, false);
        }

        /** "Homs, which rebels had finished capturing": the place the relative clause of the trigger hangs on. */
        private List<PlaceMention> relativeAntecedent(Facts f, Trigger t) {
            PlaceMention best = null;
            for (PlaceMention m : f.places()) {
                if (m.span().end() <= t.span().start() && placeable(m)) {
                    best = m;
                }
            }
            return best != null && RELATIVE_OBJECT.matcher(text.substring(best.span().end(), t.span().start()))
                    .matches() ? List.of(best) : List.of();
        }

        /** {@code place} as the mention of the words that stand for it ("it", "the town"), so they are highlighted. */
        private static List<PlaceMention> standingFor(PlaceMention place, Matcher pronoun) {
            return place == null ? List.of() : List.of(new PlaceMention(new Span(pronoun.start("it"),
                    pronoun.end("it")), place.name(), place.candidates(), false, place.relative(), place.partial()));
        }

        /** The last town or city named before {@code offset}: in this sentence, else in the text before it. */
        private PlaceMention lastSettlement(Facts f, int offset) {
            PlaceMention best = null;
            for (PlaceMention m : f.places()) {
                if (m.span().end() <= offset && placeable(m) && settlement(m)) {
                    best = m;
                }
            }
            return best != null ? best : lastSettlement;
        }

        private static boolean settlement(PlaceMention m) {
            PlaceKind k = m.candidates().getFirst().kind();
            return k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE;
        }

        /** The actor right after "from" or "by" following the trigger, within the clause, or null. */
        private ActorMention actorAfterWord(Facts f, Span clause, Trigger t, Pattern p) {
            for (ActorMention a : actorsIn(f, t.span().end(), clause.end())) {
                String lead = text.substring(Math.max(t.span().end(), a.span().start() - 20), a.span().start());
                if (p.matcher(lead).find()) {
                    return a;
                }
            }
            return null;
        }

        private static String code(ActorMention a) {
            return a == null ? null : a.code();
        }

        /** Who held the place before: "captured X, which had been held by the SDF" (the first actor soon after). */
        private String previousHolder(Facts f, Span clause, Trigger t) {
            var m = HELD_BY.matcher(text).region(t.span().end(), clause.end());
            if (!m.find()) {
                return null;
            }
            List<ActorMention> after = actorsIn(f, m.end(), clause.end());
            return after.isEmpty() || after.getFirst().span().start() - m.end() > HELD_BY_REACH ? null
                    : after.getFirst().code();
        }

        /** The party a claim is attributed to ("according to the Southern Operations Room"), if any. */
        private String claimant(Facts f) {
            for (ActorMention a : f.actors()) {
                String lead = text.substring(Math.max(f.sentence().start(), a.span().start() - 20), a.span().start());
                if (ACCORDING_TO.matcher(lead).find()) {
                    return a.code();
                }
            }
            return null;
        }

        /** Who took over from a withdrawing actor: another side named in the sentence, else the last agent. */
        private String opponent(Facts f, String from) {
            String fromSide = from == null ? null : lex.side(from);
            for (ActorMention a : actorsIn(f, f.sentence().start(), f.sentence().end())) {
                if (!a.code().equals(from) && (fromSide == null || !fromSide.equals(lex.side(a.code())))) {
                    return a.code();
                }
            }
            if (lastAgent != null && !lastAgent.equals(from)
                    && (fromSide == null || !fromSide.equals(lex.side(lastAgent)))) {
                return lastAgent;
            }
            return null;
        }

        /**
         * The date phrase nearest the trigger in its clause, else in its sentence, else the last date of the text
         * so far, else the publication date, each less certain than the one before.
         */
        private Dated date(Facts f, Span clause, Trigger t, List<DateMention> dates) {
            DateMention best = nearest(dates.stream().filter(d -> clause.contains(d.span().start())).toList(), t);
            double factor = 1.0;
            if (best == null) {
                best = nearest(dates, t);
                factor = 0.9;
            }
            if (best != null) {
                return new Dated(best.date(), best.precision(), factor);
            }
            if (current == null) {
                return new Dated(null, DatePrecision.DAY, 0.4);
            }
            return new Dated(current, currentPrecision, currentFromText ? 0.75 : 0.6);
        }

        private static DateMention nearest(List<DateMention> dates, Trigger t) {
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateMention d : dates) {
                int distance = d.span().start() >= t.span().end() ? d.span().start() - t.span().end()
                        : t.span().start() - d.span().end();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
            return best;
        }

        private static double placeFactor(PlaceMention m, PlaceCandidate p) {
            double f = 0.6 + 0.4 * Math.min(1, p.score());
            return m.relative() ? f * 0.8 : f;
        }

        private static double clamp(double v) {
            return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
        }
    }

    private ActorLexicon lexicon() {
        ActorLexicon l = lexicon;
        if (l == null) {
            List<Actor> list = actors.get();
            l = new ActorLexicon(list);
            if (!list.isEmpty()) {
                lexicon = l;
            }
        }
        return l;
    }
}
