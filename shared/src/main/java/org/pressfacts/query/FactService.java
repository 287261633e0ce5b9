package org.pressfacts.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pressfacts.http.Problems;
import org.pressfacts.http.QueryParameters;
import org.pressfacts.store.NewsQueries;
import org.pressfacts.tagging.facts.Fact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** GET /facts and GET /facts/{id}: canonical facts, filtered, newest first. */
public final class FactService {

    static final Set<String> FILTERS = Set.of("type", "entity", "country", "role", "status", "from", "to", "limit",
            "cursor");
    static final int DEFAULT_LIMIT = 20;

    private final NewsQueries queries;
    private final EntityIds entities;
    private final Paging paging;

    FactService(NewsQueries queries, EntityIds entities, Cursors cursors) {
        this.queries = queries;
        this.entities = entities;
        this.paging = new Paging(cursors);
    }

    /** A page of facts; {@code nextCursor} absent on the last page. */
    public record FactPage(List<JsonNode> facts, String nextCursor) {}

    public JsonNode get(String id) {
        return queries.fact(id).orElseThrow(() -> Problems.notFound("fact", id));
    }

    /**
     * With {@code entity} (or {@code country}, a country entity): the facts naming it, by its role if asked.
     * Without: every fact of the type (or of all types), from the year partitions between from and to.
     */
    public FactPage list(QueryParameters query) {
        QueryParameters parameters = query.allowOnly(FILTERS);
        Optional<String> type = parameters.oneOf("type", Fact.FactType.class).map(Enum::name);
        Optional<String> status = parameters.oneOf("status", Fact.Status.class).map(Enum::name);
        Optional<String> role = parameters.oneOf("role", Role.class).map(Role::stored);
        Optional<String> entity = parameters.text("entity", EntityIds.FORMAT, EntityIds.EXPECTED).map(entities::known);
        Optional<String> country = parameters.text("country", EntityIds.ISO2, "an ISO 3166 alpha-2 code such as KZ")
                .map(entities::country);
        Optional<LocalDate> from = parameters.date("from");
        Optional<LocalDate> to = parameters.date("to");
        parameters.checkRange(from, to);
        int limit = parameters.limit(DEFAULT_LIMIT);
        if (role.isPresent() && entity.isEmpty() && country.isEmpty()) {
            throw Problems.invalidParameter("?role", "needs entity or country: it is the part that entity plays");
        }
        Paging.Result<JsonNode> page;
        if (entity.isPresent() || country.isPresent()) {
            String named = entity.orElseGet(country::get);
            String alsoNamed = entity.isPresent() ? country.orElse(null) : null;
            var filter = new NewsQueries.FactFilter(type.orElse(null), status.orElse(null), role.orElse(null),
                    from.orElse(null), to.orElse(null));
            page = paging.page("/facts", parameters, position -> {
                var found = queries.factsOf(named, filter, true, position, limit);
                return new NewsQueries.Page<>(found.items().stream().map(NewsQueries.EntityFact::fact)
                        .filter(fact -> alsoNamed == null || names(fact, alsoNamed)).toList(), found.position());
            });
        } else {
            List<String> types = type.map(List::of)
                    .orElseGet(() -> Arrays.stream(Fact.FactType.values()).map(Enum::name).toList());
            var filter = new NewsQueries.FactFilter(null, status.orElse(null), null,
                    from.orElse(LocalDate.of(NewsQueries.FIRST_YEAR, 1, 1)), to.orElse(EntityIds.lastListedDay()));
            page = paging.page("/facts", parameters, position -> queries.factsByType(types, filter, position, limit));
        }
        return new FactPage(page.items().stream().map(FactService::listed).toList(), page.nextCursor());
    }

    /** The parts an entity can play in a fact, as the API names them, and the stored role. */
    enum Role {
        TRAVELER("traveler"), DESTINATION("destination"), PLACE("place"), HOST("host"), ORGANIZATION("organization"),
        LOCATION("location"), PARTICIPANT("participants"), ABSENTEE("absentees"), PARTY("parties"), TARGET("target");

        private final String stored;

        Role(String stored) {
            this.stored = stored;
        }

        String stored() {
            return stored;
        }

        static String api(String stored) {
            for (Role role : values()) {
                if (role.stored.equals(stored)) {
                    return role.name();
                }
            }
            return stored.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** A fact as listings show it: without the per-source list, which GET /facts/{id} has. */
    static JsonNode listed(JsonNode fact) {
        ObjectNode copy = fact.deepCopy();
        copy.remove("sources");
        return copy;
    }

    private static boolean names(JsonNode fact, String entityId) {
        for (JsonNode value : fact) {
            if (value.isObject() && entityId.equals(value.path("id").asText())) {
                return true;
            }
            if (value.isArray()) {
                for (JsonNode ref : value) {
                    if (entityId.equals(ref.path("id").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
