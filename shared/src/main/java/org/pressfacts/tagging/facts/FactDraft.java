package org.pressfacts.tagging.facts;

import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.dates.Precision;
import org.pressfacts.tagging.dates.TimeExpression;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.facts.Fact.Status;
import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A fact while one article is read: filled sentence by sentence, then merged with drafts of the same event
 * ({@link #finish}) and frozen into {@link Fact} records with stable ids.
 */
final class FactDraft {

    private static final Map<String, Double> CONFIDENCE = Map.of("visit", 0.8, "visit-host", 0.85, "meeting", 0.7,
            "named-summit", 0.85, "summit", 0.6, "hosted-gathering", 0.7, "meeting-abroad", 0.7, "group-meeting", 0.6, "sanctions-commitment", 0.75, "visit-host-meeting", 0.7);

    /** Day-dated reports of one traveller in one country this close together are one trip. */
    private static final int MAX_TRIP_DAYS = 3;

    final Fact.FactType type;
    final String rule;
    TaggedEntity traveler;
    String destination;
    TaggedEntity place;
    TaggedEntity host;
    String name;
    KbEntity organization;
    final List<TaggedEntity> participants = new ArrayList<>();
    final List<TaggedEntity> absentees = new ArrayList<>();
    String location;
    boolean bilateral;
    final List<EntityRef> parties = new ArrayList<>();
    EntityRef target;
    Fact.Action action;
    String commitment;
    Status status = Status.OCCURRED;
    TimeExpression explicitDate;
    /** Days of a stated duration ("a three-day visit"), 0 when the text gave none. */
    int spanDays;
    String start;
    String end;
    String precision;
    String sentence;
    Span span;

    private FactDraft(Fact.FactType type, String rule) {
        this.type = type;
        this.rule = rule;
    }

    static FactDraft visit(TaggedEntity traveler, String destination, TaggedEntity place, TaggedEntity host, String rule) {
        FactDraft d = new FactDraft(Fact.FactType.VISIT, rule);
        d.traveler = traveler;
        d.destination = destination;
        d.place = place;
        d.host = host;
        return d;
    }

    static FactDraft bilateral(TaggedEntity a, TaggedEntity b, String location, String rule) {
        FactDraft d = new FactDraft(Fact.FactType.SUMMIT, rule);
        d.participants.add(a);
        d.participants.add(b);
        d.location = location;
        d.bilateral = true;
        return d;
    }

    static FactDraft summit(String name, KbEntity organization, List<TaggedEntity> participants,
                            List<TaggedEntity> absentees, String location, boolean bilateral, String rule) {
        FactDraft d = new FactDraft(Fact.FactType.SUMMIT, rule);
        d.name = name;
        d.organization = organization;
        d.participants.addAll(participants);
        d.absentees.addAll(absentees);
        d.location = location;
        d.bilateral = bilateral;
        return d;
    }

    static FactDraft sanctions(List<EntityRef> parties, EntityRef target, Fact.Action action, String commitment,
                               String rule) {
        FactDraft d = new FactDraft(Fact.FactType.SANCTIONS_COMMITMENT, rule);
        d.parties.addAll(parties);
        d.target = target;
        d.action = action;
        d.commitment = commitment;
        return d;
    }

    Fact.FactDate date() {
        return new Fact.FactDate(start, end, precision);
    }

    /** Dates the fact from the sentence's time expression, or from the dateline when the sentence gives none. */
    void date(TimeExpression when, LocalDate published, Status status) {
        this.status = status;
        this.explicitDate = when;
        if (when == null) {
            start = published.toString();
            end = null;
            precision = "DAY";
            return;
        }
        Precision p = when.precision();
        precision = p == Precision.WEEK ? "DAY" : p.name();
        start = format(when.start(), precision);
        String last = format(when.end(), precision);
        end = last.equals(start) ? null : last;
    }

    void evidence(String articleId, String sentence, Span span) {
        this.sentence = sentence;
        this.span = span;
    }

    private static String format(LocalDate date, String precision) {
        return switch (precision) {
            case "YEAR" -> String.valueOf(date.getYear());
            case "MONTH" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
    }

    /** Same event: same type and principal actors, and dates that do not contradict. */
    private boolean sameEvent(FactDraft o) {
        // actors first: comparing dates parses them, comparing ids does not
        return type == o.type && sameActors(o) && datesAgree(o);
    }

    private boolean sameActors(FactDraft o) {
        return switch (type) {
            case VISIT -> traveler.id().equals(o.traveler.id()) && destination.equals(o.destination);
            case SUMMIT -> bilateral && o.bilateral ? ids(participants).equals(ids(o.participants))
                    : !bilateral && !o.bilateral && (name != null && o.name != null
                    && FactExtractor.words(name).equals(FactExtractor.words(o.name))
                    && (location == null || o.location == null || location.equals(o.location))
                    || name == null && o.name == null && location != null && location.equals(o.location)
                    && !java.util.Collections.disjoint(ids(participants), ids(o.participants)));
            case SANCTIONS_COMMITMENT -> target.id().equals(o.target.id()) && action == o.action
                    && parties.stream().map(EntityRef::id).toList().equals(o.parties.stream().map(EntityRef::id).toList());
        };
    }

    private boolean datesAgree(FactDraft o) {
        if (explicitDate == null || o.explicitDate == null) {
            return true;
        }
        return date().overlaps(o.date()) || type == Fact.FactType.VISIT && sameTrip(o);
    }

    /** Days of one trip: "arrived on Wednesday" and "spoke in Tashkent on Thursday" are the same visit. */
    private boolean sameTrip(FactDraft o) {
        if (!"DAY".equals(precision) || !"DAY".equals(o.precision)) {
            return false;
        }
        LocalDate first = LocalDate.parse(start);
        LocalDate other = LocalDate.parse(o.start);
        return Math.abs(first.toEpochDay() - other.toEpochDay()) <= MAX_TRIP_DAYS;
    }

    private void absorb(FactDraft o) {
        if (place == null) {
            place = o.place;
        }
        if (host == null) {
            host = o.host;
        }
        if (name == null) {
            name = o.name;
        }
        if (organization == null) {
            organization = o.organization;
        }
        if (location == null) {
            location = o.location;
        }
        for (TaggedEntity p : o.participants) {
            if (!participants.contains(p)) {
                participants.add(p);
            }
        }
        for (TaggedEntity a : o.absentees) {
            if (!absentees.contains(a)) {
                absentees.add(a);
            }
        }
        participants.removeAll(absentees);
        sightings.addAll(o.sightings);
        // "arrived on Monday" then "a three-day visit": the range that holds the day describes the whole event
        boolean widerRange = explicitDate != null && o.explicitDate != null && end == null && o.end != null
                && o.start.length() == start.length() && o.start.compareTo(start) <= 0 && o.end.compareTo(start) >= 0;
        if (type == Fact.FactType.VISIT && explicitDate != null && o.explicitDate != null
                && reanchor(o.spanDays > 0 ? o : this, o.spanDays > 0 ? this : o)) {
            return;
        }
        if (type == Fact.FactType.VISIT && explicitDate != null && o.explicitDate != null && !date().overlaps(o.date())
                && sameTrip(o)) {
            // two days of one trip: the visit spans from the first to the last
            String last = max(end != null ? end : start, o.end != null ? o.end : o.start);
            start = min(start, o.start);
            end = last.equals(start) ? null : last;
            return;
        }
        if (explicitDate == null && o.explicitDate != null || widerRange) {
            explicitDate = o.explicitDate;
            start = o.start;
            end = o.end;
            precision = o.precision;
            status = o.status;
        }
    }

    /** Days the traveller was seen in the destination; applied once the reports of the trip are merged. */
    private final List<LocalDate> sightings = new ArrayList<>();

    void seenOn(LocalDate day) {
        sightings.add(day);
    }

    /**
     * "… before flying to the UAE on Saturday", "He leaves for Vietnam on Sunday": a day-dated trip lasts until the
     * traveller's next day-dated trip begins, when that is a day or two after it.
     */
    private void endOnDeparture(List<FactDraft> all) {
        if (type != Fact.FactType.VISIT || !dayDated()) {
            return;
        }
        LocalDate last = LocalDate.parse(end != null ? end : start);
        for (FactDraft next : all) {
            if (next != this && next.type == Fact.FactType.VISIT && next.traveler == traveler && next.dayDated()
                    && !next.destination.equals(destination)) {
                LocalDate leaves = LocalDate.parse(next.start);
                long gap = leaves.toEpochDay() - last.toEpochDay();
                if (gap >= 1 && gap <= 2) {
                    end = leaves.toString();
                    return;
                }
            }
        }
    }

    /** Dated to the day by the text itself (a weekday or a date, not "next week"). */
    private boolean dayDated() {
        return explicitDate != null && explicitDate.precision() == Precision.DAY && "DAY".equals(precision);
    }

    /** Widens a day-dated trip to a later or earlier day of the same trip (at most a few days away). */
    private void extendTo(LocalDate day) {
        if (explicitDate == null || !"DAY".equals(precision)) {
            return;
        }
        LocalDate first = LocalDate.parse(start);
        LocalDate last = end == null ? first : LocalDate.parse(end);
        if (day.isBefore(first.minusDays(MAX_TRIP_DAYS)) || day.isAfter(last.plusDays(MAX_TRIP_DAYS))) {
            return;
        }
        start = min(start, day.toString());
        String newEnd = max(last.toString(), day.toString());
        end = newEnd.equals(start) ? null : newEnd;
    }

    /**
     * "arrived on Wednesday" and "a three-day state visit": the stated duration counts from the arrival, if the
     * arrival falls before the day the duration was anchored to.
     * @return whether this draft now holds the re-anchored span
     */
    private boolean reanchor(FactDraft span, FactDraft day) {
        if (span.spanDays <= 0 || day.spanDays > 0 || day.end != null || !"DAY".equals(day.precision)
                || !"DAY".equals(span.precision)) {
            return false;
        }
        LocalDate arrival = LocalDate.parse(day.start);
        LocalDate anchored = LocalDate.parse(span.start);
        if (!arrival.isBefore(anchored) || arrival.plusDays(span.spanDays).isBefore(anchored)) {
            return false;
        }
        start = arrival.toString();
        end = arrival.plusDays(span.spanDays - 1).toString();
        spanDays = span.spanDays;
        return true;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static TreeSet<String> ids(List<TaggedEntity> people) {
        TreeSet<String> ids = new TreeSet<>();
        people.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** Merges drafts of one event, infers hosts from meetings, and freezes everything into facts. */
    static List<Fact> finish(List<FactDraft> drafts, KnowledgeBase kb) {
        List<FactDraft> merged = new ArrayList<>();
        for (FactDraft d : drafts) {
            FactDraft same = merged.stream().filter(m -> m.sameEvent(d)).findFirst().orElse(null);
            if (same == null) {
                merged.add(d);
            } else {
                same.absorb(d);
            }
        }
        List<FactDraft> added = new ArrayList<>();
        for (FactDraft v : merged) {
            if (v.type != Fact.FactType.VISIT) {
                continue;
            }
            if (v.host == null) {
                for (FactDraft m : merged) {
                    if (m.type == Fact.FactType.SUMMIT && m.bilateral && m.participants.contains(v.traveler)) {
                        TaggedEntity other = m.participants.get(0) == v.traveler ? m.participants.get(1) : m.participants.get(0);
                        if (v.destination.equals(other.country()) && (m.location == null || m.location.equals(v.destination))) {
                            v.host = other;
                            break;
                        }
                    }
                }
            }
            if (v.host != null && v.status != Status.CANCELLED) {
                FactDraft meeting = bilateral(v.traveler, v.host, v.destination, "visit-host-meeting");
                meeting.status = v.status;
                meeting.explicitDate = v.explicitDate;
                meeting.start = v.start;
                meeting.precision = v.precision;
                meeting.sentence = v.sentence;
                meeting.span = v.span;
                // only where the text reports no meeting of the two at all: its own report is better dated
                if (merged.stream().noneMatch(m -> m.type == meeting.type && m.sameActors(meeting))
                        && added.stream().noneMatch(m -> m.sameEvent(meeting))) {
                    added.add(meeting);
                }
            }
        }
        for (FactDraft v : merged) {
            v.sightings.forEach(v::extendTo);
        }
        for (FactDraft v : merged) {
            v.endOnDeparture(merged);
        }
        merged.addAll(added);
        for (FactDraft m : merged) {
            if (m.type == Fact.FactType.SUMMIT && m.bilateral && m.location == null) {
                m.location = hostCountry(m, merged);
            }
        }
        return merged.stream().map(d -> d.toFact(kb)).toList();
    }

    /** A meeting with no place named happens where one of its two people was visiting at the time. */
    private static String hostCountry(FactDraft meeting, List<FactDraft> all) {
        for (FactDraft v : all) {
            if (v.type == Fact.FactType.VISIT && v.status != Status.CANCELLED && meeting.participants.contains(v.traveler)
                    && (v.explicitDate == null || meeting.explicitDate == null || v.datesAgree(meeting))) {
                return v.destination;
            }
        }
        return null;
    }

    private Fact toFact(KnowledgeBase kb) {
        Fact.FactDate date = date();
        double confidence = CONFIDENCE.getOrDefault(rule, 0.6);
        Fact.Evidence evidence = new Fact.Evidence(null, sentence, span);
        return switch (type) {
            case VISIT -> new Fact.Visit(id("VISIT|" + traveler.id() + "|" + destination + "|" + start), status, date,
                    confidence, evidence, rule, ref(traveler), country(kb, destination), place == null ? null : ref(place),
                    host == null ? null : ref(host), null);
            case SUMMIT -> new Fact.Summit(id("SUMMIT|" + (name != null ? name : ids(participants)) + "|" + location + "|" + start),
                    status, date, confidence, evidence, rule,
                    bilateral ? Fact.Format.BILATERAL : Fact.Format.MULTILATERAL, name,
                    organization == null ? null : new EntityRef(organization.id(), organization.name(), null),
                    participants.stream().map(FactDraft::ref).toList(), absentees.stream().map(FactDraft::ref).toList(),
                    location == null ? null : country(kb, location), null);
            case SANCTIONS_COMMITMENT -> new Fact.SanctionsCommitment(
                    id("SANCTIONS|" + parties.stream().map(EntityRef::id).toList() + "|" + target.id() + "|" + action + "|" + start),
                    status, date, confidence, evidence, rule, parties, target, action, commitment);
        };
    }

    private static EntityRef ref(TaggedEntity e) {
        return new EntityRef(e.id(), e.name(), e.iso2());
    }

    private static EntityRef country(KnowledgeBase kb, String iso2) {
        return kb.country(iso2).map(c -> new EntityRef(c.id(), c.name(), c.iso2())).orElse(new EntityRef("country:" + iso2.toLowerCase(), iso2, iso2));
    }

    /** Stable within an article: the same text yields the same fact ids on every replay. */
    private static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "fact-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
