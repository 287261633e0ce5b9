package org.pressfacts.tagging.facts;

import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.dates.Precision;
import org.pressfacts.tagging.dates.Tense;
import org.pressfacts.tagging.dates.TimeExpression;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.facts.Fact.Status;
import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KnowledgeBase;
import org.pressfacts.tagging.linking.Token;
import org.pressfacts.tagging.linking.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts visits, summits and sanctions commitments, sentence by sentence, from cue words (kb/fact-cues.tsv)
 * and the entities around them: the subject of a sentence travels, meets or commits; what follows a trigger is
 * its destination, counterpart or target; pronouns and role mentions carry the actor across sentences; tense,
 * cues and dates set status and date; speculation and allegations make no fact.
 */
public final class FactExtractor {

    /** Triggers that say someone got somewhere, so that without a place named they got to where the text is. */
    private static final Set<String> ARRIVALS = Set.of("arrived", "arrives", "arriving", "arrival", "landed", "flew");
    private static final Set<String> ANAPHORS = Set.of("the", "this", "that", "his", "her");
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private static final Set<String> NOUN_TRIGGERS = Set.of("meeting", "meetings", "talks", "conversation",
            "face", "bilateral");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "their", "them");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "by", "to", "of", "for", "from", "and",
            "than", "against", "on", "at", "about", "between", "alongside", "including", "invitation");
    private static final Set<String> LOCATIVE = Set.of("in", "to", "into", "at", "for", "visit", "visiting", "visited",
            "visits", "toured", "tour", "reached", "on");
    /** Words that continue a list of destinations once one is named: "to Poland and Romania". */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "then");

    private final KnowledgeBase kb;
    /** Every cue phrase of every kind by its first word, longest first. */
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();

    private record Cue(String kind, List<String> words) {}
    /** Groupings and summit names by first word, longest first. */
    private final Map<String, List<Grouping>> groupings = new HashMap<>();
    private final Map<String, List<SummitName>> summitNames = new HashMap<>();

    private record Grouping(List<String> words, List<String> members) {}

    private record SummitHit(int first, int last, String name, String organizationId) {}

    private record SummitName(List<String> words, String name, String organizationId) {}

    public FactExtractor(KnowledgeBase kb) {
        this.kb = kb;
        for (String kind : List.of("VISIT", "HOST", "MEET", "SUMMIT", "ATTEND", "ABSENT", "FUTURE", "CANCEL",
                "SPECULATION", "ALLEGATION", "SANCTION", "COMMIT", "CLAUSE", "ACTION_PREVENT_CIRCUMVENTION", "ACTION_LIFT",
                "ACTION_EXTEND", "ACTION_ENFORCE", "ACTION_IMPOSE")) {
            kb.cues(kind).stream().map(FactExtractor::words).filter(w -> !w.isEmpty())
                    .forEach(w -> index(cuesByFirstWord, new Cue(kind, w), Cue::words));
        }
        for (KbEntity.Region region : kb.regions()) {
            index(groupings, new Grouping(words(region.name()), region.members()), Grouping::words);
            region.aliases().forEach(a -> index(groupings, new Grouping(words(a), region.members()), Grouping::words));
        }
        for (KbEntity.SummitSeries series : kb.summits()) {
            index(summitNames, new SummitName(words(series.name()), series.name(), series.organization()), SummitName::words);
            series.aliases().forEach(a -> index(summitNames,
                    new SummitName(words(a), series.name(), series.organization()), SummitName::words));
        }
    }

    /** Index of the first element whose key is at least {@code offset}, in a list sorted by that key. */
    private static <T> int firstAtOrAfter(List<T> sorted, int offset, java.util.function.ToIntFunction<T> key) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) >= offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Adds a phrase under its first word, keeping each list longest first so the longest match wins. */
    private static <T> void index(Map<String, List<T>> byFirstWord, T phrase, java.util.function.Function<T, List<String>> words) {
        List<String> w = words.apply(phrase);
        if (w.isEmpty()) {
            return;
        }
        List<T> list = byFirstWord.computeIfAbsent(w.getFirst(), k -> new ArrayList<>());
        list.add(phrase);
        list.sort((a, b) -> words.apply(b).size() - words.apply(a).size());
    }

    public List<Fact> extract(String text, LocalDate published, List<TaggedEntity> entities, List<TimeExpression> times) {
        return new Run(text, published, entities, times).extract();
    }

    /** An entity mention placed in the text. */
    private record Ref(TaggedEntity entity, Mention mention) {
        int start() {
            return mention.span().start();
        }
    }

    /** One sentence: its tokens (absolute offsets) with the mentions and dates inside it. */
    private final class Sentence {
        final int index;
        final Span span;
        final List<Token> tokens;
        final List<Ref> refs;
        final List<TimeExpression> times;
        final String fullText;
        private Map<String, List<int[]>> found;
        private List<Ref> people;
        private boolean[][] boundaries;
        private List<SummitHit> summitHits;

        Sentence(String fullText, int index, Span span, List<Token> tokens, List<Ref> refs, List<TimeExpression> times) {
            this.fullText = fullText;
            this.index = index;
            this.span = span;
            this.tokens = tokens;
            this.refs = refs;
            this.times = times;
        }

        /** Token positions where a cue of the kind starts; cues match lower-case words (a capital May is a month). */
        List<int[]> find(String kind) {
            if (found == null) {
                found = scan();
            }
            return found.getOrDefault(kind, List.of());
        }

        /**
         * One pass over the sentence for every kind of cue at once, looking phrases up by their first word; at a
         * token, each kind keeps its longest phrase.
         */
        private Map<String, List<int[]>> scan() {
            Map<String, List<int[]>> hits = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).capitalized() && i > 0) {
                    continue;
                }
                Set<String> matched = new java.util.HashSet<>(4);
                for (Cue cue : cuesByFirstWord.getOrDefault(tokens.get(i).folded(), List.of())) {
                    if (!matched.contains(cue.kind()) && wordsAt(i, cue.words())) {
                        matched.add(cue.kind());
                        hits.computeIfAbsent(cue.kind(), k -> new ArrayList<>()).add(new int[] {i, i + cue.words().size() - 1});
                    }
                }
            }
            return hits;
        }

        boolean has(String kind) {
            return !find(kind).isEmpty();
        }

        boolean hasBefore(String kind, int tokenIndex) {
            return find(kind).stream().anyMatch(h -> h[0] < tokenIndex);
        }

        boolean wordsAt(int i, List<String> phrase) {
            return Tokenizer.wordsAt(tokens, i, phrase);
        }

        /** The first token after {@code from} that ends its clause: a CLAUSE cue, a semicolon, a dash or a bracket. */
        int clauseEnd(int from) {
            boolean[] ends = boundaries()[1];
            for (int i = from + 1; i < tokens.size(); i++) {
                if (ends[i]) {
                    return i;
                }
            }
            return tokens.size();
        }

        /**
         * Per token, computed once: [0] a clause starts here (CLAUSE cue, semicolon, dash, ", and"), [1] the clause
         * before it ends here (CLAUSE cue, semicolon, dash, bracket).
         */
        private boolean[][] boundaries() {
            if (boundaries == null) {
                boolean[] starts = new boolean[tokens.size()];
                boolean[] ends = new boolean[tokens.size()];
                for (int[] clause : find("CLAUSE")) {
                    starts[clause[0]] = true;
                    ends[clause[0]] = true;
                }
                for (int i = 1; i < tokens.size(); i++) {
                    String gap = spanText(tokens.get(i - 1).end(), tokens.get(i).start());
                    boolean dash = gap.contains(";") || gap.contains("—");
                    boolean commaAnd = gap.contains(",") && (word(i).equals("and") || word(i).equals("but"));
                    starts[i] |= dash || commaAnd;
                    ends[i] |= dash || commaAnd || gap.contains("(") || gap.contains(" – ");
                }
                boundaries = new boolean[][] {starts, ends};
            }
            return boundaries;
        }

        /** The first token of the clause holding {@code at}: after the last CLAUSE cue, ", and", semicolon or dash. */
        int clauseStart(int at) {
            boolean[] starts = boundaries()[0];
            for (int i = Math.min(at, tokens.size() - 1); i >= 1; i--) {
                if (starts[i]) {
                    return i;
                }
            }
            return 0;
        }

        /** The first token ending after {@code offset} (binary search: tokens are in text order). */
        int tokenAt(int offset) {
            int low = 0;
            int high = tokens.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (tokens.get(mid).end() > offset) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        int tokenOf(Ref r) {
            return tokenAt(r.start());
        }

        String word(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
        }

        List<Ref> people() {
            if (people == null) {
                people = refs.stream().filter(r -> r.entity().type() == EntityType.PERSON).toList();
            }
            return people;
        }

        String text(String all) {
            return span.of(all);
        }

        private String spanText(int from, int to) {
            return fullText.substring(from, to);
        }

        boolean possessive(Ref r) {
            int end = r.mention().span().end();
            return fullText.startsWith("'s", end) || fullText.startsWith("’s", end);
        }
    }

    /** The state of extraction over one article. */
    private final class Run {
        private final String text;
        private final LocalDate published;
        private final List<Ref> refs = new ArrayList<>();
        private final List<Token> allTokens;
        private final List<TimeExpression> times;
        private final List<FactDraft> drafts = new ArrayList<>();
        private TaggedEntity carried;
        /** The last person the previous sentences named: who "him" or "her" is when the subject is someone else. */
        private TaggedEntity previousPerson;
        private List<EntityRef> carriedGroup = List.of();
        private FactDraft trip;
        private EntityRef lastSanctionsTarget;
        /** "KYIV (CNS) —": where the article was filed, the default place of what happens today. */
        private String datelineCountry;
        private TaggedEntity datelinePlace;
        private FactDraft lastVisit;
        /** The last several people a sentence named together (besides its subject): "the five", "each of them". */
        private List<TaggedEntity> lastGroup = List.of();
        /** Whom the last group met one by one, and which of them a later sentence dated on their own. */
        private TaggedEntity groupCounterpart;
        private final Set<TaggedEntity> metAlone = new java.util.HashSet<>();
        private final List<FactDraft> trips = new ArrayList<>();
        /** The summit series the article names most: what "next year's summit" refers to. */
        private SummitHit mainSummit;
        private final Map<String, Integer> namedSummits = new HashMap<>();
        private final List<TaggedEntity> pendingAbsentees = new ArrayList<>();
        private int pendingAbsenteesSentence = -10;

        Run(String text, LocalDate published, List<TaggedEntity> entities, List<TimeExpression> times) {
            this.text = text;
            this.allTokens = Tokenizer.tokenize(text);
            this.published = published;
            this.times = times;
            for (TaggedEntity e : entities) {
                for (Mention m : e.mentions()) {
                    refs.add(new Ref(e, m));
                }
            }
            refs.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
        }

        List<Fact> extract() {
            List<Span> spans = Sentences.split(text);
            datelineCountry = dateline();
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Sentence s = sentence(i, spans.get(i));
                sentences.add(s);
                TaggedEntity subject = subject(s);
                visits(s, subject);
                meetings(s, subject);
                summits(s, subject);
                sanctions(s, subject);
                rememberAbsentees(s, subject);
                rememberPeopleGroup(s, subject);
                rememberGroup(s);
                if (subject != null) {
                    carried = subject;
                }
                if (!s.people().isEmpty()) {
                    previousPerson = s.people().getLast().entity();
                }
            }
            sentences.forEach(this::extendTrips);
            return FactDraft.finish(drafts, kb);
        }

        /** A capitalised place opening the text and followed by "(AGENCY)", a dash or a comma. */
        private String dateline() {
            for (Ref r : refs) {
                if (r.start() > 80) {
                    break;
                }
                if (r.entity().type() == EntityType.PLACE && r.entity().country() != null
                        && r.mention().text().equals(r.mention().text().toUpperCase(java.util.Locale.ROOT))) {
                    String after = text.substring(r.mention().span().end(), Math.min(text.length(), r.mention().span().end() + 40));
                    if (after.matches("(?s)\\s*(,[^(—–-]{0,30})?\\s*(\\(|—|–|-).*")) {
                        datelinePlace = r.entity();
                        return r.entity().country();
                    }
                }
            }
            return null;
        }

        private Sentence sentence(int index, Span span) {
            // the text is tokenized once; a sentence takes its slice, numbered from 0
            List<Token> tokens = new ArrayList<>();
            for (int i = firstAtOrAfter(allTokens, span.start(), Token::start); i < allTokens.size()
                    && allTokens.get(i).end() <= span.end(); i++) {
                Token t = allTokens.get(i);
                tokens.add(new Token(tokens.size(), t.start(), t.end(), t.text(), t.folded(), t.capitalized(), t.allCaps()));
            }
            List<Ref> in = new ArrayList<>();
            for (int i = firstAtOrAfter(refs, span.start(), Ref::start); i < refs.size() && refs.get(i).start() < span.end(); i++) {
                if (span.contains(refs.get(i).mention().span())) {
                    in.add(refs.get(i));
                }
            }
            List<TimeExpression> when = times.stream().filter(t -> span.contains(t.span())).toList();
            return new Sentence(text, index, span, tokens, in, when);
        }

        /** The first person the sentence names before any preposition claims them, or "he"/"she" for the carried one. */
        private TaggedEntity subject(Sentence s) {
            for (int i = 0; i < s.tokens.size(); i++) {
                String w = s.word(i);
                if (SUBJECT_PRONOUNS.contains(w)) {
                    return carried;
                }
                for (Ref r : s.people()) {
                    if (s.tokenOf(r) == i) {
                        return OBJECT_PREPOSITIONS.contains(s.word(i - 1)) || OBJECT_PREPOSITIONS.contains(s.word(i - 2))
                                && s.word(i - 1).equals("his") ? null : r.entity();
                    }
                }
            }
            return null;
        }

        private TaggedEntity actorBefore(Sentence s, int tokenIndex, TaggedEntity subject) {
            TaggedEntity nearest = null;
            int nearestAt = -1;
            for (Ref r : s.people()) {
                if (s.tokenOf(r) < tokenIndex) {
                    nearest = r.entity();
                    nearestAt = s.tokenAt(r.mention().span().end() - 1); // the mention's last word
                }
            }
            // "invited Putin to visit China": the person just before the trigger is its actor
            if (nearest != null && tokenIndex - nearestAt <= 3 && nearest != subject && subject != null
                    && s.word(tokenIndex - 1).equals("to")) {
                return nearest;
            }
            // "…, and the next day Deputy Prime Minister X, on a visit to Y": a later clause has its own subject
            int clauseStart = s.clauseStart(tokenIndex);
            for (Ref r : s.people()) {
                int t = s.tokenOf(r);
                if (t >= clauseStart && t < tokenIndex && clauseStart > 0
                        && !OBJECT_PREPOSITIONS.contains(s.word(t - 1)) && !s.possessive(r)) {
                    return r.entity();
                }
            }
            if (subject != null) {
                return subject;
            }
            if (nearest != null) {
                return nearest;
            }
            return s.tokens.stream().limit(tokenIndex).anyMatch(t -> SUBJECT_PRONOUNS.contains(t.folded())) ? carried : null;
        }

        private void visits(Sentence s, TaggedEntity subject) {
            Set<String> seen = new java.util.HashSet<>();
            for (int[] hit : s.find("HOST")) {
                TaggedEntity host = actorBefore(s, hit[0], subject);
                TaggedEntity guest = firstPersonAfter(s, hit[1], host);
                boolean passive = s.word(hit[1] + 1).equals("by") || Set.of("is", "was", "were", "been", "being")
                        .contains(s.word(hit[0] - 1));
                if (passive) {
                    TaggedEntity swap = host;
                    host = guest;
                    guest = swap;
                }
                List<TaggedEntity> guests = s.people().stream().filter(r -> s.tokenOf(r) > hit[1]).map(Ref::entity)
                        .filter(g -> g != null).distinct().toList();
                if (!passive && host != null && guests.size() > 1) {
                    hostedGathering(s, hit, host, guests);
                    continue;
                }
                if (host == null || guest == null || host.country() == null || host.country().equals(guest.country())) {
                    continue;
                }
                Destination d = destinationAfter(s, hit[1], guest).stream().findFirst()
                        .orElse(new Destination(host.country(), null, hit[1]));
                if (seen.add(guest.id() + d.iso2())) {
                    FactDraft v = FactDraft.visit(guest, d.iso2(), d.place(), host, "visit-host");
                    addDated(v, s, hit[0]);
                }
            }
            List<int[]> absent = s.find("ABSENT");
            for (int[] hit : s.find("VISIT")) {
                TaggedEntity traveler = actorBefore(s, hit[0], subject);
                if (traveler == null || absent.stream().anyMatch(a -> a[0] < hit[0] && hit[0] - a[0] <= 3)) {
                    continue; // "careful to avoid trips abroad": no trip at all
                }
                List<Destination> destinations = destinationAfter(s, hit[1], traveler);
                if (destinations.isEmpty()) {
                    // "In Moscow, Xi, who began a state visit …": the place the sentence opens with; and an arrival
                    // with no place named ("X arrived on Wednesday") is where the dateline is
                    Destination here = openingPlace(s, traveler, ARRIVALS.contains(s.word(hit[0])));
                    if (here != null) {
                        destinations = List.of(here);
                    }
                }
                if (destinations.isEmpty() && dated(s, hit[0]) && lastVisit != null && lastVisit.explicitDate == null
                        && ANAPHORS.contains(s.word(hit[0] - 1))) {
                    // "The trip is expected to take place next week": the date of the trip just reported
                    if (addDated(lastVisit, s, hit[0])) {
                        drafts.remove(drafts.size() - 1); // the trip is already listed: only its date changed
                    }
                    continue;
                }
                for (Destination d : destinations) {
                    if (!seen.add(traveler.id() + d.iso2())) {
                        continue;
                    }
                    FactDraft v = FactDraft.visit(traveler, d.iso2(), d.place(), hostIn(s, traveler, d.iso2()), "visit");
                    addDated(v, s, hit[0], destinations.size() > 1 ? dateOfListed(s, destinations, d) : null);
                    lastVisit = v;
                    if (v.status != Status.CANCELLED && (trip == null || v.explicitDate == null
                            || !v.date().start().startsWith(String.valueOf(published.getYear() - 1)))) {
                        trip = v;
                    }
                    trips.add(v);
                }
            }
        }

        /**
         * "Lukashenko hosted Russia's Putin, Kazakhstan's Tokayev and …": several leaders received at once are a
         * gathering in the host's country, the summit the sentence or the article names.
         */
        private void hostedGathering(Sentence s, int[] hit, TaggedEntity host, List<TaggedEntity> guests) {
            List<SummitHit> named = summitHits(s).stream().filter(h -> h.name() != null).toList();
            SummitHit summit = !named.isEmpty() ? named.getFirst() : mainSummit;
            List<TaggedEntity> participants = new ArrayList<>();
            participants.add(host);
            guests.stream().filter(g -> g != host).forEach(participants::add);
            String location = explicitPlace(s, hit[1]);
            FactDraft f = FactDraft.summit(summit == null ? null : summit.name(),
                    summit == null || summit.organizationId() == null ? null : kb.entity(summit.organizationId()).orElse(null),
                    participants, List.of(), location != null ? location : host.country(), false, "hosted-gathering");
            addDated(f, s, hit[0]);
        }

        /** A destination and the token where the text names it. */
        private record Destination(String iso2, TaggedEntity place, int at) {}

        /** "…, and Beijing vowed": a capital the linker saw acting for its government is no destination. */
        private boolean actingCapital(Sentence s, Ref place) {
            return s.refs.stream().anyMatch(r -> r.mention().kind() == Mention.Kind.CAPITAL
                    && r.mention().span().equals(place.mention().span()));
        }

        /**
         * "O'Sullivan speaks to journalists in Tashkent on April 27": a dated sighting of a traveller in the country
         * of a trip already reported, within its days, extends that trip to the day seen. It never makes a trip.
         */
        private void extendTrips(Sentence s) {
            TaggedEntity who = s.people().isEmpty() ? null : s.people().getFirst().entity();
            if (who == null) {
                return;
            }
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                if (!s.word(t - 1).equals("in") || r.entity().type() != EntityType.PLACE || r.entity().country() == null) {
                    continue;
                }
                TimeExpression when = nearestTime(s, t);
                if (when == null || when.precision() != Precision.DAY || !when.start().equals(when.end())) {
                    continue;
                }
                for (FactDraft trip : trips) {
                    // another sentence's sighting: the trip's own sentence already dated it, shifts included
                    if (trip.traveler == who && trip.destination.equals(r.entity().country()) && !s.span.equals(trip.span)) {
                        trip.seenOn(when.start());
                    }
                }
            }
        }

        /** A trip whose dates hold the dateline (give or take a few days), or that the text leaves undated. */
        private boolean underWay(FactDraft trip) {
            return trip.status != Status.CANCELLED && (trip.explicitDate == null || trip.date().overlaps(
                    new Fact.FactDate(published.minusDays(3).toString(), published.plusDays(3).toString(), "DAY")));
        }

        private boolean dated(Sentence s, int trigger) {
            return nearestTime(s, trigger) != null;
        }

        /** "In Moscow, …" opening the sentence, else the dateline: where an arrival with no place named happens. */
        private Destination openingPlace(Sentence s, TaggedEntity traveler, boolean orDateline) {
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                if (t <= 1 && s.word(0).equals("in") && r.entity().type() == EntityType.PLACE && r.entity().country() != null
                        && !r.entity().country().equals(traveler.country())) {
                    return new Destination(r.entity().country(), r.entity(), t);
                }
            }
            if (orDateline && datelineCountry != null && !datelineCountry.equals(traveler.country())) {
                return new Destination(datelineCountry, datelinePlace, -1);
            }
            return null;
        }

        /** Countries and cities named after the trigger, in the clause that follows it ("to Poland and Romania"). */
        private List<Destination> destinationAfter(Sentence s, int after, TaggedEntity traveler) {
            List<Destination> found = new ArrayList<>();
            int end = Math.min(s.clauseEnd(after), after + 14);
            for (String kind : List.of("SUMMIT", "VISIT", "HOST", "MEET")) {
                for (int[] other : s.find(kind)) {
                    if (other[0] > after && other[0] < end) {
                        // "skipping the summit in X": X is the summit's; "… and plans to travel to Y": the next trip's
                        end = other[0];
                    }
                }
            }
            for (Ref r : s.people()) {
                if (s.tokenOf(r) > after && s.tokenOf(r) < end && r.entity() != traveler
                        && !traveler.id().equals(r.entity().id()) && s.word(s.tokenOf(r) - 1).equals("and")) {
                    end = s.tokenOf(r);
                }
            }
            if (s.word(after).equals("in") && s.word(after + 1).equals("from")
                    || s.word(after + 1).equals("in") && s.word(after + 2).equals("from")) {
                return found; // "flew in from Jakarta": where they came from, not where they went
            }
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                if (t <= after || t >= end || s.possessive(r) || actingCapital(s, r)) {
                    continue;
                }
                boolean listed = !found.isEmpty() && LIST_WORDS.contains(s.word(t - 1));
                if (!listed && !(LOCATIVE.contains(s.word(t - 1)) || LOCATIVE.contains(s.word(t - 2)))) {
                    continue;
                }
                String iso2 = switch (r.entity().type()) {
                    case COUNTRY -> r.mention().kind() == Mention.Kind.DEMONYM ? null : r.entity().iso2();
                    case PLACE -> r.entity().country();
                    default -> null;
                };
                if (iso2 == null || iso2.equals(traveler.country())) {
                    continue;
                }
                TaggedEntity place = r.entity().type() == EntityType.PLACE ? r.entity() : null;
                Destination previous = found.stream().filter(d -> d.iso2().equals(iso2)).findFirst().orElse(null);
                if (previous == null) {
                    found.add(new Destination(iso2, place, t));
                } else if (previous.place() == null && place != null) {
                    found.set(found.indexOf(previous), new Destination(iso2, place, previous.at()));
                }
            }
            return found;
        }

        private boolean withFollows(Sentence s, int trigger) {
            for (int k = trigger + 1; k <= trigger + 4 && k < s.tokens.size(); k++) {
                if (s.word(k).equals("with") || s.word(k).equals("between")) {
                    return true;
                }
            }
            return false;
        }

        private TaggedEntity hostIn(Sentence s, TaggedEntity traveler, String iso2) {
            for (Ref r : s.people()) {
                if (r.entity() != traveler && iso2.equals(r.entity().country())) {
                    return r.entity();
                }
            }
            return null;
        }

        private TaggedEntity firstPersonAfter(Sentence s, int after, TaggedEntity not) {
            for (Ref r : s.people()) {
                if (s.tokenOf(r) > after && r.entity() != not) {
                    return r.entity();
                }
            }
            return null;
        }

        private void meetings(Sentence s, TaggedEntity subject) {
            int metInClause = -1;
            for (int[] hit : s.find("MEET")) {
                int clause = s.clauseStart(hit[0]);
                if (clause == metInClause) {
                    continue;
                }
                if (groupCounterpart != null && (s.wordsAt(clause, List.of("the", "others"))
                        || s.wordsAt(clause, List.of("the", "other")) && NUMBERS.contains(s.word(clause + 2)))) {
                    // "…; the other four held their meetings on Thursday": the rest of the group, on that day
                    for (TaggedEntity member : lastGroup) {
                        if (member != groupCounterpart && !metAlone.contains(member)) {
                            addDated(FactDraft.bilateral(member, groupCounterpart,
                                    locationOf(s, hit[1], List.of(member, groupCounterpart)), "group-meeting"), s, hit[0]);
                        }
                    }
                    continue;
                }
                if (NOUN_TRIGGERS.contains(s.word(hit[1])) && !withFollows(s, hit[1])) {
                    // "a meeting Biden skipped": a noun with no counterpart is no meeting of two, but
                    // "X held talks in Yerevan" still says where X went
                    TaggedEntity actor = actorBefore(s, hit[0], subject);
                    if (actor != null && Set.of("held", "holds", "hold", "holding").contains(s.word(hit[0] - 1))) {
                        meetingAbroad(s, hit, actor, List.of());
                    }
                    continue;
                }
                TaggedEntity a = actorBefore(s, hit[0], subject);
                List<TaggedEntity> others = new ArrayList<>();
                int clauseEnd = s.clauseEnd(hit[1]);
                for (Ref r : s.people()) {
                    if (s.tokenOf(r) > hit[1] && s.tokenOf(r) < clauseEnd && r.entity() != a && !others.contains(r.entity())
                            && !s.possessive(r)) {
                        others.add(r.entity());
                    }
                }
                if (a != null && others.isEmpty() && OBJECT_PRONOUNS.contains(s.word(hit[1] + 1))) {
                    // "The Kazakh leader met him on Wednesday": him is the one the text is about, else the last named
                    TaggedEntity him = carried != null && carried != a ? carried : previousPerson;
                    if (him != null && him != a) {
                        others.add(him);
                    }
                }
                if (a == null && others.size() >= 2) {
                    a = others.removeFirst();
                }
                if (a == null && others.size() == 1 && groupSubject(s) && lastGroup.size() >= 2) {
                    // "Each of the five also held separate talks with Xi": a meeting for every one of them
                    TaggedEntity counterpart = others.getFirst();
                    groupCounterpart = counterpart;
                    metAlone.clear();
                    for (TaggedEntity member : lastGroup) {
                        if (member != counterpart) {
                            addDated(FactDraft.bilateral(member, counterpart,
                                    locationOf(s, hit[1], List.of(member, counterpart)), "group-meeting"), s, hit[0]);
                        }
                    }
                    return;
                }
                if (a == null && s.people().size() >= 2 && s.tokenOf(s.people().get(1)) < hit[0]) {
                    a = s.people().get(0).entity();
                    others.add(s.people().get(1).entity());
                }
                if (a == null) {
                    continue;
                }
                if (others.isEmpty()) {
                    meetingAbroad(s, hit, a, others);
                    continue;
                }
                for (TaggedEntity b : others.stream().limit(6).toList()) {
                    FactDraft m = FactDraft.bilateral(a, b, locationOf(s, hit[1], List.of(a, b)), "meeting");
                    addDated(m, s, hit[0]);
                    if (b == groupCounterpart) {
                        metAlone.add(a); // "the other four" are the group without this one
                    }
                }
                meetingAbroad(s, hit, a, others);
                if (!others.isEmpty()) {
                    metInClause = clause; // one meeting trigger a clause: "met … for talks" is one meeting
                }
            }
        }

        /**
         * "X held talks with Y in Beijing": a meeting in a country named in its clause, where the other side is at
         * home, is a visit by whoever came from abroad; "X held talks in Yerevan" alone is one too.
         */
        private void meetingAbroad(Sentence s, int[] hit, TaggedEntity actor, List<TaggedEntity> others) {
            String where = explicitPlace(s, hit[1]);
            if (where == null || where.equals(actor.country())) {
                return;
            }
            TaggedEntity host = others.stream().filter(o -> where.equals(o.country())).findFirst().orElse(null);
            if (host == null && !others.isEmpty()) {
                return;
            }
            TaggedEntity place = s.refs.stream().filter(r -> r.entity().type() == EntityType.PLACE
                    && where.equals(r.entity().country())).map(Ref::entity).findFirst().orElse(null);
            FactDraft v = FactDraft.visit(actor, where, place, host, "meeting-abroad");
            addDated(v, s, hit[0]);
        }

        /** A place or country named with "in"/"at" inside the trigger's clause. */
        private String explicitPlace(Sentence s, int near) {
            int from = s.clauseStart(near);
            int to = s.clauseEnd(near);
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                if (t < from || t >= to || !(s.word(t - 1).equals("in") || s.word(t - 1).equals("at"))) {
                    continue;
                }
                if (r.entity().type() == EntityType.PLACE && r.entity().country() != null) {
                    return r.entity().country();
                }
                if (r.entity().type() == EntityType.COUNTRY && r.mention().kind() == Mention.Kind.NAME) {
                    return r.entity().iso2();
                }
            }
            return null;
        }

        /** Where something happens: a place named in the sentence, else the trip under way, else nowhere known. */
        private String locationOf(Sentence s, int near, List<TaggedEntity> participants) {
            String explicit = explicitPlace(s, near);
            if (explicit != null) {
                return explicit;
            }
            // the trip under way on the day of what happens, else any trip around the dateline
            TimeExpression when = nearestTime(s, near);
            Fact.FactDate day = when == null ? new Fact.FactDate(published.toString(), null, "DAY")
                    : new Fact.FactDate(when.start().toString(), when.end().toString(), "DAY");
            FactDraft latestStarted = null;
            FactDraft latest = null;
            for (int i = trips.size() - 1; i >= 0; i--) {
                FactDraft t = trips.get(i);
                if (participants.stream().noneMatch(p -> p.id().equals(t.traveler.id())) || t.status == Status.CANCELLED) {
                    continue;
                }
                if (t.explicitDate != null && t.date().overlaps(day)) {
                    return t.destination;
                }
                if (underWay(t)) {
                    latest = latest == null ? t : latest;
                    // a trip begun by that day, not one still to come ("… before flying to the UAE on Saturday")
                    if (t.start.compareTo(day.start()) <= 0
                            && (latestStarted == null || t.start.compareTo(latestStarted.start) > 0)) {
                        latestStarted = t;
                    }
                }
            }
            if (latestStarted != null || latest != null) {
                return (latestStarted != null ? latestStarted : latest).destination;
            }
            return datelineCountry;
        }

        private void summits(Sentence s, TaggedEntity subject) {
            List<SummitHit> hits = summitHits(s);
            List<int[]> absent = s.find("ABSENT");
            List<int[]> attend = s.find("ATTEND");
            for (int h = 0; h < hits.size(); h++) {
                SummitHit hit = hits.get(h);
                int segmentEnd = h + 1 < hits.size() ? hits.get(h + 1).first() : s.tokens.size();
                List<TaggedEntity> participants = new ArrayList<>();
                List<TaggedEntity> absentees = new ArrayList<>();
                TaggedEntity actor = actorBefore(s, hits.getFirst().first(), subject);
                boolean actorAbsent = absent.stream().anyMatch(a -> a[0] < hits.getFirst().first());
                boolean actorAttends = attend.stream().anyMatch(a -> a[0] < hit.first());
                if (actor != null) {
                    if (actorAbsent) {
                        absentees.add(actor);
                    } else if (actorAttends) {
                        participants.add(actor);
                    }
                }
                for (Ref r : s.people()) {
                    int t = s.tokenOf(r);
                    if (t > hit.last() && t < segmentEnd && !participants.contains(r.entity())
                            && !absentees.contains(r.entity()) && r.entity() != actor) {
                        boolean away = absent.stream().anyMatch(a -> a[0] > hit.last() && a[0] < t)
                                || s.word(t - 1).equals("without");
                        (away ? absentees : participants).add(r.entity());
                    }
                }
                if (s.index - pendingAbsenteesSentence <= 2) {
                    pendingAbsentees.stream().filter(p -> !participants.contains(p) && !absentees.contains(p))
                            .forEach(absentees::add);
                    pendingAbsentees.clear();
                }
                if (hit.name() != null) {
                    namedSummits.merge(hit.name(), 1, Integer::sum);
                    if (mainSummit == null || namedSummits.get(hit.name()) > namedSummits.get(mainSummit.name())) {
                        mainSummit = hit;
                    }
                }
                if (hit.name() == null && participants.isEmpty() && absentees.isEmpty()) {
                    continue;
                }
                String location = summitLocation(s, hit.last(), segmentEnd);
                if (location == null) {
                    location = hostingCountry(s, hit.first(), subject);
                }
                if (location == null && hits.size() == 1) {
                    location = explicitPlace(s, hit.first());
                }
                TimeExpression summitTime = timeIn(s, hit.first(), segmentEnd);
                boolean current = summitTime == null
                        || !summitTime.end().isBefore(published.minusDays(3)) && !summitTime.start().isAfter(published.plusDays(7));
                if (location == null && current) {
                    location = trip != null ? trip.destination : datelineCountry;
                }
                boolean bilateral = hit.name() == null && participants.size() == 2 && absentees.isEmpty();
                FactDraft f = FactDraft.summit(hit.name(), hit.organizationId() == null ? null
                                : kb.entity(hit.organizationId()).orElse(null), participants, absentees, location,
                        bilateral, hit.name() == null ? "summit" : "named-summit");
                TimeExpression when = timeIn(s, hit.last(), segmentEnd);
                if (when == null && hits.size() == 1) {
                    when = nearestTime(s, hit.first());
                }
                Status status = statusOf(s, hit.first());
                f.date(when, published, status == Status.CANCELLED ? Status.OCCURRED : status);
                f.evidence(null, s.text(text), s.span);
                if (!speculative(s, hit.first())) {
                    drafts.add(f);
                }
            }
        }


        private List<SummitHit> summitHits(Sentence s) {
            if (s.summitHits == null) {
                s.summitHits = List.copyOf(findSummits(s));
            }
            return s.summitHits;
        }

        private List<SummitHit> findSummits(Sentence s) {
            List<SummitHit> hits = new ArrayList<>();
            for (int i = 0; i < s.tokens.size(); i++) {
                SummitName named = null;
                for (SummitName n : summitNames.getOrDefault(s.word(i), List.of())) {
                    if (s.wordsAt(i, n.words())) {
                        named = n;
                        break;
                    }
                }
                if (named != null) {
                    hits.add(new SummitHit(i, i + named.words().size() - 1, named.name(), named.organizationId()));
                    i += named.words().size() - 1;
                    continue;
                }
                if (s.wordsAt(i, List.of("summit")) || s.wordsAt(i, List.of("summits"))) {
                    if (s.word(i).equals("summits") && !s.word(i - 1).isEmpty()) {
                        continue; // "avoiding summits": no gathering in particular
                    }
                    hits.add(orgSummit(s, i));
                }
            }
            return hits;
        }

        /** "a G7 summit", "the summit of the CSTO": a summit named after the organization beside it. */
        private SummitHit orgSummit(Sentence s, int i) {
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                boolean before = t == i - 1 || t == i - 2;
                boolean after = (t == i + 2 && s.word(i + 1).equals("of")) || (t == i + 3 && s.word(i + 1).equals("of"));
                if ((before || after) && r.entity().type() == EntityType.ORGANIZATION && r.entity().inKnowledgeBase()) {
                    KbEntity.SummitSeries series = seriesOf(r.entity().id());
                    return new SummitHit(i, i, series != null ? series.name() : r.mention().text() + " summit",
                            r.entity().id());
                }
            }
            // "leaders of the Group of 20 gathered for a summit": the gathering of the grouping named nearest
            Ref nearest = null;
            for (Ref r : s.refs) {
                if (r.entity().type() == EntityType.ORGANIZATION && r.entity().inKnowledgeBase() && isGrouping(r.entity())
                        && (nearest == null || Math.abs(s.tokenOf(r) - i) < Math.abs(s.tokenOf(nearest) - i))) {
                    nearest = r;
                }
            }
            if (nearest != null) {
                KbEntity.SummitSeries series = seriesOf(nearest.entity().id());
                return new SummitHit(i, i, series != null ? series.name() : nearest.mention().text() + " summit",
                        nearest.entity().id());
            }
            // "next year's summit": the summit the article is about
            if (mainSummit != null) {
                return new SummitHit(i, i, mainSummit.name(), mainSummit.organizationId());
            }
            return new SummitHit(i, i, null, null);
        }

        /**
         * The organization's own summit series, named after it ("G20" → "G20 summit"); a series it only takes part
         * in ("EU–Central Asia summit") is not its summit.
         */
        private KbEntity.SummitSeries seriesOf(String organizationId) {
            KbEntity organization = kb.entity(organizationId).orElse(null);
            if (organization == null) {
                return null;
            }
            List<String> names = new ArrayList<>(organization.aliases());
            names.add(organization.name());
            for (KbEntity.SummitSeries series : kb.summits()) {
                if (organizationId.equals(series.organization())
                        && names.stream().anyMatch(n -> words(series.name()).equals(words(n + " summit")))) {
                    return series;
                }
            }
            return null;
        }

        /** "Japan … will host the group's summit": the summit takes place in the host's country. */
        private String hostingCountry(Sentence s, int summit, TaggedEntity subject) {
            for (int[] host : s.find("HOST")) {
                if (host[0] >= summit || !s.word(host[0]).startsWith("host")) {
                    continue;
                }
                for (Ref r : s.refs) {
                    if (s.tokenOf(r) < host[0] && r.entity().type() == EntityType.COUNTRY
                            && r.mention().kind() == Mention.Kind.NAME) {
                        return r.entity().iso2();
                    }
                }
                return subject == null ? null : subject.country();
            }
            return null;
        }

        private String summitLocation(Sentence s, int after, int end) {
            for (Ref r : s.refs) {
                int t = s.tokenOf(r);
                if (t <= after || t >= end || !(s.word(t - 1).equals("in") || s.word(t - 1).equals("at")
                        || s.word(t - 1).equals("hosted"))) {
                    continue;
                }
                if (r.entity().type() == EntityType.COUNTRY && r.mention().kind() == Mention.Kind.NAME) {
                    return r.entity().iso2();
                }
                if (r.entity().type() == EntityType.PLACE && r.entity().country() != null) {
                    return r.entity().country();
                }
            }
            return null;
        }

        private void sanctions(Sentence s, TaggedEntity subject) {
            if (!s.has("SANCTION")) {
                return;
            }
            List<int[]> actions = s.find("ACTION_PREVENT_CIRCUMVENTION");
            List<int[]> commits = s.find("COMMIT");
            // preventing circumvention or enforcing is itself a commitment; imposing needs a verb that commits
            int verb = !commits.isEmpty() ? commits.getFirst()[0] : !actions.isEmpty() ? actions.getFirst()[0] : -1;
            int committing = verb;
            if (verb < 0 || s.find("ALLEGATION").stream().anyMatch(a -> a[0] < committing)) {
                return; // "accused of helping Russia circumvent sanctions, which it denies" commits nobody
            }
            EntityRef target = sanctionsTarget(s, verb);
            List<EntityRef> parties = new ArrayList<>();
            for (Ref r : s.refs) {
                if (s.tokenOf(r) >= verb) {
                    continue;
                }
                EntityRef party = switch (r.entity().type()) {
                    case COUNTRY -> countryRef(r.entity().iso2());
                    case ORGANIZATION -> r.entity().inKnowledgeBase() && isGrouping(r.entity())
                            ? new EntityRef(r.entity().id(), r.entity().name(), null) : null;
                    case PERSON -> r.entity().country() == null ? null : countryRef(r.entity().country());
                    case PLACE -> capitalOf(r.entity());
                };
                if (party != null && (target == null || !party.id().equals(target.id()))) {
                    addParty(parties, party);
                }
            }
            for (List<String> members : groupsIn(s, 0, verb)) {
                members.forEach(iso2 -> addParty(parties, countryRef(iso2)));
            }
            if (parties.isEmpty() && GROUP_PRONOUNS.contains(s.word(0))) {
                parties.addAll(carriedGroup);
            }
            if (parties.isEmpty() && subject != null && subject.country() != null) {
                parties.add(countryRef(subject.country()));
            }
            if (target == null) {
                target = lastSanctionsTarget;
            }
            if (target != null) {
                EntityRef t = target;
                parties.removeIf(p -> p.id().equals(t.id()));
            }
            if (parties.isEmpty() || target == null) {
                return;
            }
            lastSanctionsTarget = target;
            // the action whose words stand nearest after the committing verb; imposing when none is named
            Fact.Action action = Fact.Action.IMPOSE;
            int nearest = Integer.MAX_VALUE;
            for (Fact.Action candidate : Fact.Action.values()) {
                for (int[] hit : s.find("ACTION_" + candidate.name())) {
                    int distance = hit[0] >= verb ? hit[0] - verb : (verb - hit[0]) * 3;
                    if (distance < nearest) {
                        nearest = distance;
                        action = candidate;
                    }
                }
            }
            FactDraft f = FactDraft.sanctions(parties, target, action, commitmentText(s, verb), "sanctions-commitment");
            f.location = locationOf(s, verb, List.of());
            addDated(f, s, verb);
        }

        /**
         * The country the sanctions are about: the one beside the sanctions or circumvention words ("helping Russia
         * evade", "Russia sanctions package", "sanctions on Moscow"), else the first named after the verb.
         */
        private EntityRef sanctionsTarget(Sentence s, int verb) {
            List<int[]> anchors = new ArrayList<>(s.find("SANCTION"));
            anchors.addAll(s.find("ACTION_PREVENT_CIRCUMVENTION"));
            EntityRef best = null;
            int bestDistance = 5;
            for (Ref r : s.refs) {
                EntityRef country = r.entity().type() == EntityType.COUNTRY && r.mention().kind() != Mention.Kind.DEMONYM
                        ? countryRef(r.entity().iso2()) : r.entity().type() == EntityType.PLACE ? capitalOf(r.entity()) : null;
                if (country == null) {
                    continue;
                }
                int t = s.tokenOf(r);
                for (int[] a : anchors) {
                    int distance = t < a[0] ? a[0] - t : t - a[1];
                    if (distance < bestDistance) {
                        best = country;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
            for (Ref r : s.refs) {
                if (s.tokenOf(r) > verb && r.entity().type() == EntityType.COUNTRY
                        && r.mention().kind() != Mention.Kind.DEMONYM) {
                    return countryRef(r.entity().iso2());
                }
                if (s.tokenOf(r) > verb && r.entity().type() == EntityType.PLACE && capitalOf(r.entity()) != null) {
                    return capitalOf(r.entity());
                }
            }
            return null;
        }

        private EntityRef capitalOf(TaggedEntity place) {
            return kb.entity(place.id()).filter(e -> e instanceof KbEntity.Place p && p.capital() && p.standsFor() == null)
                    .map(e -> countryRef(((KbEntity.Place) e).country())).orElse(null);
        }

        private boolean isGrouping(TaggedEntity org) {
            return kb.entity(org.id()).filter(e -> e instanceof KbEntity.Organization o
                    && (o.kind().equals("INTERGOVERNMENTAL") || !o.members().isEmpty())).isPresent();
        }

        private String commitmentText(Sentence s, int verb) {
            int from = s.tokens.get(verb).start();
            int to = Math.min(s.span.end(), from + 160);
            return text.substring(from, to).strip();
        }

        private void addParty(List<EntityRef> parties, EntityRef party) {
            if (party != null && parties.stream().noneMatch(p -> p.id().equals(party.id()))) {
                parties.add(party);
            }
        }

        private EntityRef countryRef(String iso2) {
            return kb.country(iso2).map(c -> new EntityRef(c.id(), c.name(), c.iso2())).orElse(null);
        }

        private List<List<String>> groupsIn(Sentence s, int from, int to) {
            List<List<String>> found = new ArrayList<>();
            for (int i = from; i < to; i++) {
                for (Grouping g : groupings.getOrDefault(s.word(i), List.of())) {
                    if (s.wordsAt(i, g.words())) {
                        found.add(g.members());
                        i += g.words().size() - 1;
                        break;
                    }
                }
            }
            return found;
        }

        /** "The former Soviet republics of Central Asia …": the group a later "they" or "their leaders" means. */
        private void rememberGroup(Sentence s) {
            List<List<String>> groups = groupsIn(s, 0, Math.min(s.tokens.size(), 10));
            if (!groups.isEmpty()) {
                List<EntityRef> members = new ArrayList<>();
                groups.getFirst().forEach(iso2 -> addParty(members, countryRef(iso2)));
                carriedGroup = members;
            }
        }

        private void rememberPeopleGroup(Sentence s, TaggedEntity subject) {
            List<TaggedEntity> named = s.people().stream().map(Ref::entity).filter(p -> p != subject).distinct().toList();
            if (named.size() >= 3) {
                lastGroup = named;
            }
        }

        /** "Each of the five …", "All five …", "The five leaders …", "They …" open the sentence. */
        private boolean groupSubject(Sentence s) {
            String first = s.word(0);
            String third = s.word(2);
            return first.equals("they") || first.equals("each") && s.word(1).equals("of")
                    || (first.equals("all") || first.equals("the")) && NUMBERS.contains(s.word(1))
                    || first.equals("all") && s.word(1).equals("the") && NUMBERS.contains(third);
        }

        /** "X will be absent": a summit described in the next sentences counts X among its absentees. */
        private void rememberAbsentees(Sentence s, TaggedEntity subject) {
            if (!summitHits(s).isEmpty()) {
                return;
            }
            for (int[] hit : s.find("ABSENT")) {
                TaggedEntity who = null;
                for (Ref r : s.people()) {
                    if (s.tokenOf(r) < hit[0]) {
                        who = r.entity();
                    }
                }
                if (who != null && (s.word(hit[0] - 1).equals("be") || s.word(hit[0] - 1).equals("not"))) {
                    pendingAbsentees.add(who);
                    pendingAbsenteesSentence = s.index;
                }
            }
        }

        /**
         * "could", "if", "analysts speculate" or an allegation in the trigger's own clause: no fact
         * ("X is expected in Moscow, amid concern that Beijing could …, which it denies" still is one).
         */
        private boolean speculative(Sentence s, int trigger) {
            int from = s.clauseStart(trigger);
            int to = s.clauseEnd(trigger);
            return s.find("SPECULATION").stream().anyMatch(h -> h[0] >= from && h[0] < to)
                    || s.find("ALLEGATION").stream().anyMatch(h -> h[0] >= from && h[0] < to);
        }

        /**
         * "visited Bishkek in March and Astana in April": with several destinations, each takes the date that
         * follows it before the next one.
         */
        private TimeExpression dateOfListed(Sentence s, List<Destination> destinations, Destination d) {
            int next = destinations.stream().mapToInt(Destination::at).filter(a -> a > d.at()).min()
                    .orElse(s.clauseEnd(d.at()));
            for (TimeExpression t : s.times) {
                int at = s.tokenAt(t.span().start());
                if (at > d.at() && at < next) {
                    return t;
                }
            }
            return null;
        }

        private boolean addDated(FactDraft f, Sentence s, int trigger) {
            return addDated(f, s, trigger, null);
        }

        /** @return false when the clause only speculates or alleges, and nothing was added */
        private boolean addDated(FactDraft f, Sentence s, int trigger, TimeExpression preferred) {
            if (speculative(s, trigger)) {
                return false;
            }
            // a commitment is made when it is said; a trip reported with "that" happens when the trip does
            TimeExpression when = preferred != null ? preferred
                    : nearestTime(s, trigger, f.type != Fact.FactType.SANCTIONS_COMMITMENT);
            if (f.type == Fact.FactType.VISIT) {
                // "a three-day visit": the span of days describes the whole trip better than one day of it
                for (TimeExpression t : s.times) {
                    if (t.precision() == Precision.DAY && t.end().isAfter(t.start()) && t.text().contains("day")) {
                        when = t;
                        f.spanDays = (int) (t.end().toEpochDay() - t.start().toEpochDay()) + 1;
                    }
                }
            }
            TimeExpression shifted = dayShifted(s, trigger);
            f.date(shifted != null ? shifted : when, published, statusOf(s, trigger));
            f.evidence(null, s.text(text), s.span);
            drafts.add(f);
            return true;
        }

        /**
         * Dates told relative to another event of the sentence: "on Tuesday, a day after holding talks in New Delhi"
         * (the talks: Monday), "on April 10, and the next day X met Y" (X met Y: April 11).
         */
        private TimeExpression dayShifted(Sentence s, int trigger) {
            int from = Math.max(0, trigger - 12);
            for (int i = from; i < trigger; i++) {
                int shift = 0;
                if (s.wordsAt(i, List.of("day", "after"))) {
                    shift = -1; // "…, a day after holding talks": the talks came the day before the anchor
                } else if (s.wordsAt(i, List.of("day", "before"))) {
                    shift = 1;
                } else if (s.wordsAt(i, List.of("next", "day")) || s.wordsAt(i, List.of("following", "day"))
                        || s.wordsAt(i, List.of("day", "later"))) {
                    shift = 1;
                }
                if (shift == 0) {
                    continue;
                }
                TimeExpression anchor = null;
                for (TimeExpression t : s.times) {
                    if (s.tokenAt(t.span().start()) < i && t.precision() == Precision.DAY) {
                        anchor = t;
                    }
                }
                if (anchor == null) {
                    return null;
                }
                LocalDate day = anchor.start().plusDays(shift);
                return new TimeExpression(anchor.span(), anchor.text(), day.toString(), Precision.DAY, day, day,
                        anchor.tense());
            }
            return null;
        }

        private Status statusOf(Sentence s, int trigger) {
            if (s.find("CANCEL").stream().anyMatch(h -> Math.abs(h[0] - trigger) <= 6)) {
                return Status.CANCELLED;
            }
            boolean negated = s.word(trigger - 1).equals("not") || s.word(trigger - 2).equals("not")
                    || s.word(trigger - 1).equals("never");
            if (negated) {
                return Status.CANCELLED;
            }
            TimeExpression when = nearestTime(s, trigger);
            if (when != null && (when.tense() == Tense.FUTURE || when.start().isAfter(published))) {
                return Status.PLANNED; // "He leaves for Vietnam on Sunday": after the dateline, it has not happened yet
            }
            if (s.find("FUTURE").stream().anyMatch(h -> h[0] >= trigger - 6 && h[0] <= trigger + 3)) {
                return Status.PLANNED;
            }
            return Status.OCCURRED;
        }

        private TimeExpression timeIn(Sentence s, int fromToken, int toToken) {
            for (TimeExpression t : s.times) {
                int at = s.tokenAt(t.span().start());
                if (at > fromToken && at < toToken) {
                    return t;
                }
            }
            return null;
        }

        /** The date closest to the trigger, a date after it winning ties; a day span ("two-day trip") joins it. */
        private TimeExpression nearestTime(Sentence s, int trigger) {
            return nearestTime(s, trigger, true);
        }

        /** @param skipSaying whether a date of the reporting clause ("said on Monday that …") is left out */
        private TimeExpression nearestTime(Sentence s, int trigger, boolean skipSaying) {
            TimeExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            int clauseStart = s.clauseStart(trigger);
            int clauseEnd = s.clauseEnd(trigger);
            for (TimeExpression t : s.times) {
                int at = s.tokenAt(t.span().start());
                if (at >= clauseEnd && at > trigger) {
                    continue; // a date in a later clause dates something else ("…, where bodies were found in 2022")
                }
                if (skipSaying && at < clauseStart && s.word(clauseStart).equals("that")) {
                    continue; // "confirmed earlier this week that he would not travel": the date of the saying
                }
                int distance = at >= trigger ? at - trigger : (trigger - at) * 2 + 1;
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
            return best;
        }
    }

    static List<String> words(String phrase) {
        return Tokenizer.tokenize(phrase).stream().map(Token::folded).toList();
    }

    /** Precision of a fact date as the API writes it. */
    static String precision(Precision p) {
        return p == Precision.WEEK ? "DAY" : p.name();
    }
}
