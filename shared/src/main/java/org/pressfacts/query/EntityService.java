package org.pressfacts.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.http.Problems;
import org.pressfacts.http.QueryParameters;
import org.pressfacts.store.NewsQueries;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KnowledgeBase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** GET /entities?q=, GET /entities/{id} and GET /entities/{id}/timeline. */
public final class EntityService {

    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "type", "limit");
    static final Set<String> TIMELINE_PARAMETERS = Set.of("type", "from", "to", "limit", "cursor");
    private static final Pattern QUERY = Pattern.compile("(?s).*\\S.*");
    private static final int MAX_QUERY_CHARS = 100;

    private final KnowledgeBase kb;
    private final EntitySearch search;
    private final NewsQueries queries;
    private final Paging paging;

    EntityService(KnowledgeBase kb, NewsQueries queries, Cursors cursors) {
        this.kb = kb;
        this.search = new EntitySearch(kb);
        this.queries = queries;
        this.paging = new Paging(cursors);
    }

    public record Found(String id, String type, String name, String country, String matched, double score) {}

    public record SearchResult(String q, List<Found> entities) {}

    /** An office and its tenure; {@code to} absent while held. Dates are ISO-8601 strings. */
    public record Office(String role, String scope, String title, String from, String to, boolean current) {}

    /** {@code inKnowledgeBase} false for an entity the tagger found from context (then no aliases or offices). */
    public record Profile(String id, String type, String name, String country, String iso2, boolean inKnowledgeBase,
                          List<String> aliases, List<Office> offices, long mentionCount, long factCount) {}

    /** One fact of an entity's timeline: its part in it (traveler, participant, absentee, party, …) and the fact. */
    public record TimelineEntry(String date, String type, String status, String role, JsonNode fact) {}

    public record Timeline(String entity, List<TimelineEntry> entries, String nextCursor) {}

    public SearchResult search(QueryParameters query) {
        QueryParameters parameters = query.allowOnly(SEARCH_PARAMETERS);
        String q = parameters.text("q", QUERY, "a name, alias or part of one")
                .orElseThrow(() -> Problems.invalidParameter("?q", "is required: a name, alias or part of one"));
        if (q.length() > MAX_QUERY_CHARS) {
            throw Problems.invalidParameter("?q", "must be at most " + MAX_QUERY_CHARS + " characters");
        }
        EntityType type = parameters.oneOf("type", EntityType.class).orElse(null);
        int limit = parameters.limit(10);
        List<Found> found = search.search(q, type, limit).stream().map(m -> new Found(m.entity().id(),
                m.entity().type().name(), m.entity().name(), countryOf(m.entity()), m.matched(),
                Math.round(m.score() * 100) / 100.0)).toList();
        return new SearchResult(q, found);
    }

    public Profile profile(String id) {
        long mentions = queries.mentionCount(id);
        long facts = queries.factCount(id);
        Optional<KbEntity> entry = kb.entity(id);
        if (entry.isPresent()) {
            KbEntity e = entry.get();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<Office> offices = e instanceof KbEntity.Person p ? p.offices().stream()
                    .map(o -> new Office(o.role().name(), o.scope(), o.title(), text(o.from()), text(o.to()),
                            o.heldOn(today)))
                    .toList() : List.of();
            return new Profile(e.id(), e.type().name(), e.name(), countryOf(e),
                    e instanceof KbEntity.Country c ? c.iso2() : null, true, e.aliases(), offices, mentions, facts);
        }
        TaggedEntity stored = fromContext(id);
        return new Profile(stored.id(), stored.type().name(), stored.name(), stored.country(), stored.iso2(), false,
                List.of(), List.of(), mentions, facts);
    }

    /** The entity's facts in date order (oldest first), each with the part it plays. */
    public Timeline timeline(String id, QueryParameters query) {
        QueryParameters parameters = query.allowOnly(TIMELINE_PARAMETERS);
        requireKnown(id);
        Optional<String> type = parameters.oneOf("type", org.pressfacts.tagging.facts.Fact.FactType.class).map(Enum::name);
        Optional<LocalDate> from = parameters.date("from");
        Optional<LocalDate> to = parameters.date("to");
        parameters.checkRange(from, to);
        int limit = parameters.limit(50);
        var filter = new NewsQueries.FactFilter(type.orElse(null), null, null, from.orElse(null), to.orElse(null));
        Paging.Result<NewsQueries.EntityFact> page = paging.page("/entities/" + id + "/timeline", parameters,
                position -> queries.factsOf(id, filter, false, position, limit));
        return new Timeline(id, page.items().stream().map(f -> new TimelineEntry(
                f.fact().path("date").path("start").asText(), f.fact().path("type").asText(),
                f.fact().path("status").asText(), FactService.Role.api(f.role()), FactService.listed(f.fact())))
                .toList(), page.nextCursor());
    }

    /** 404 unless the knowledge base has the entity or the tagger stored it (found from context). */
    void requireKnown(String id) {
        if (kb.entity(id).isEmpty()) {
            fromContext(id);
        }
    }

    private TaggedEntity fromContext(String id) {
        if (!id.startsWith(EntityIds.FROM_CONTEXT)) {
            throw Problems.notFound("entity", id);
        }
        return queries.storedEntity(id).orElseThrow(() -> Problems.notFound("entity", id));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String countryOf(KbEntity e) {
        return switch (e) {
            case KbEntity.Person p -> p.country();
            case KbEntity.Place p -> p.country();
            case KbEntity.Country c -> c.iso2();
            case KbEntity.Organization o -> null;
        };
    }
}
