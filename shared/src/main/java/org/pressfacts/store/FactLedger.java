package org.pressfacts.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pressfacts.article.Article;
import org.pressfacts.http.Json;
import org.pressfacts.tagging.facts.Fact;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.pressfacts.store.Keys.s;

/**
 * Canonical facts: one item per real-world event however many articles report it. Each article's report is a
 * source, keyed by article id, so recording a revision again replaces that article's sources and nothing else.
 * Reports of one event share a partition (FACTKEY#, same type and principal actors); among them, a report joins
 * the canonical fact whose dates overlap its own. Writes are optimistic (a version attribute), never transactions.
 */
final class FactLedger {

    static final String TYPE_VALUE = "FACT";
    static final String VERSION = "version";
    static final String FACT_TYPE = "factType";
    static final String STATUS = "status";
    static final String START = "start";
    static final String END = "end";
    static final String PAYLOAD = "payload";
    static final String SOURCES = "sources";
    static final String PRINCIPAL = "principalKey";
    static final String CANONICAL_ID = "canonicalId";
    static final String ARTICLE_ID = "articleId";
    static final String REVISION = "revision";
    static final String ROLE = "role";
    /** Concurrent taggers rarely touch one event; past this many lost races the tagging is retried as a whole. */
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Function<QueryRequest, List<Map<String, AttributeValue>>> query;

    FactLedger(DynamoDbClient dynamo, String tableName, Function<QueryRequest, List<Map<String, AttributeValue>>> query) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.query = query;
    }

    /** The article's own copy of one fact it reports, listed with its other contributions. */
    static Map<String, AttributeValue> contributionItem(Article revision, Fact fact) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.articleFact(revision.id(), revision.revision(), fact.id()));
        item.put("type", s("ARTICLE_FACT"));
        item.put(ARTICLE_ID, s(revision.id()));
        item.put(REVISION, AttributeValue.fromN(Integer.toString(revision.revision())));
        item.put(FACT_TYPE, s(fact.type().name()));
        item.put(PAYLOAD, s(Json.write(withArticle(fact, revision.id()))));
        return item;
    }

    /** Records what one article revision reports: joins or founds canonical facts, withdraws what it no longer says. */
    void record(Article revision, List<Fact> facts) {
        Set<String> previous = new LinkedHashSet<>();
        for (Map<String, AttributeValue> ref : query.apply(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.articlePartition(revision.id())),
                        ":prefix", s(Keys.FACT_REF_PREFIX)))
                .consistentRead(true).build())) {
            previous.add(ref.get(CANONICAL_ID).s());
        }
        Set<String> now = new LinkedHashSet<>();
        for (Fact fact : facts) {
            String canonicalId = place(revision, withArticle(fact, revision.id()));
            now.add(canonicalId);
            Map<String, AttributeValue> ref = new HashMap<>(Keys.articleFactRef(revision.id(), canonicalId));
            ref.put(CANONICAL_ID, s(canonicalId));
            ref.put(REVISION, AttributeValue.fromN(Integer.toString(revision.revision())));
            put(ref);
        }
        for (String canonicalId : previous) {
            if (!now.contains(canonicalId)) {
                update(canonicalId, null, revision.id(), null, null);
                dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName)
                        .key(Keys.articleFactRef(revision.id(), canonicalId)).build());
            }
        }
    }

    /** The canonical fact this report belongs to, founding one when no reported event overlaps it. */
    private String place(Article article, ObjectNode fact) {
        String principal = principalKey(fact);
        String start = fact.path("date").path("start").asText();
        String end = fact.path("date").path("end").asText(null);
        String canonicalId = null;
        for (Map<String, AttributeValue> candidate : query.apply(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.factKeyPartition(principal))))
                .consistentRead(true).build())) {
            String candidateStart = candidate.get(START).s();
            String candidateEnd = candidate.containsKey(END) ? candidate.get(END).s() : null;
            if (overlaps(start, end, candidateStart, candidateEnd)) {
                canonicalId = candidate.get(Keys.SK).s();
                break;
            }
        }
        if (canonicalId == null) {
            canonicalId = hash(principal + "|" + start);
        }
        update(canonicalId, principal, article.id(), article, fact);
        return canonicalId;
    }

    /**
     * Adds (fact non-null) or withdraws (fact null) one article's report of a canonical fact, recomputing the
     * merged view; retried on a lost optimistic race.
     */
    private void update(String canonicalId, String principal, String articleId, Article article, ObjectNode fact) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> stored = dynamo.getItem(GetItemRequest.builder().tableName(tableName)
                    .key(Keys.canonicalFact(canonicalId)).consistentRead(true).build()).item();
            boolean exists = stored != null && !stored.isEmpty();
            long version = exists ? Long.parseLong(stored.get(VERSION).n()) : 0;
            ObjectNode sources = exists ? (ObjectNode) read(stored.get(SOURCES).s()) : Json.MAPPER.createObjectNode();
            String key = exists ? stored.get(PRINCIPAL).s() : principal;
            Set<String> oldEntities = exists ? entities(read(stored.get(PAYLOAD).s())) : Set.of();
            if (fact != null) {
                ObjectNode source = Json.MAPPER.createObjectNode();
                source.put("publishedDate", article.publishedDate().toString());
                source.put("revision", article.revision());
                source.set("fact", fact);
                sources.set(articleId, source);
            } else if (!exists || sources.remove(articleId) == null) {
                return;
            }
            if (sources.isEmpty()) {
                delete(canonicalId, key, oldEntities, version);
                return;
            }
            ObjectNode merged = merge(canonicalId, sources);
            Map<String, AttributeValue> item = new HashMap<>(Keys.canonicalFact(canonicalId));
            String type = merged.get("type").asText();
            String start = merged.path("date").path("start").asText();
            item.put("type", s(TYPE_VALUE));
            item.put(FACT_TYPE, s(type));
            item.put(STATUS, s(merged.get("status").asText()));
            item.put(START, s(start));
            if (merged.path("date").hasNonNull("end")) {
                item.put(END, s(merged.path("date").get("end").asText()));
            }
            item.put(PRINCIPAL, s(key));
            item.put(PAYLOAD, s(Json.write(merged)));
            item.put(SOURCES, s(Json.write(sources)));
            item.put(VERSION, AttributeValue.fromN(Long.toString(version + 1)));
            item.put(Keys.GSI2_PK, s(Keys.factsByTypeAndYear(type, start.substring(0, 4))));
            item.put(Keys.GSI2_SK, s(start + "#" + canonicalId));
            try {
                dynamo.putItem(PutItemRequest.builder().tableName(tableName).item(item)
                        .conditionExpression(exists ? "#v = :v" : "attribute_not_exists(#pk)")
                        .expressionAttributeNames(exists ? Map.of("#v", VERSION) : Map.of("#pk", Keys.PK))
                        .expressionAttributeValues(exists ? Map.of(":v", AttributeValue.fromN(Long.toString(version)))
                                : null)
                        .build());
            } catch (ConditionalCheckFailedException lostRace) {
                continue;
            }
            writeEntries(canonicalId, merged, oldEntities);
            Map<String, AttributeValue> keyItem = new HashMap<>(Map.of(Keys.PK, s(Keys.factKeyPartition(key)),
                    Keys.SK, s(canonicalId), START, s(start)));
            if (item.containsKey(END)) {
                keyItem.put(END, item.get(END));
            }
            put(keyItem);
            return;
        }
        throw new IllegalStateException("canonical fact " + canonicalId + " kept changing under " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * The merged view: the latest report's fact, the most precise date any report gives, every participant, and
     * the status history in publication order (a later report moves PLANNED to OCCURRED or CANCELLED).
     */
    static ObjectNode merge(String canonicalId, ObjectNode sources) {
        TreeMap<String, JsonNode> ordered = new TreeMap<>();
        sources.fields().forEachRemaining(e -> ordered.put(e.getValue().get("publishedDate").asText() + "#" + e.getKey(),
                e.getValue()));
        JsonNode latest = ordered.lastEntry().getValue().get("fact");
        ObjectNode merged = latest.deepCopy();
        merged.put("id", canonicalId);
        JsonNode bestDate = latest.get("date");
        ArrayNode history = Json.MAPPER.createArrayNode();
        ArrayNode list = Json.MAPPER.createArrayNode();
        String lastStatus = null;
        for (JsonNode source : ordered.values()) {
            JsonNode fact = source.get("fact");
            if (precision(fact.get("date")) > precision(bestDate)) {
                bestDate = fact.get("date");
            }
            for (String field : List.of("place", "host", "organization", "location", "name")) {
                if (!merged.hasNonNull(field) && fact.hasNonNull(field)) {
                    merged.set(field, fact.get(field));
                }
            }
            for (String field : List.of("participants", "absentees", "parties")) {
                if (fact.has(field)) {
                    merged.set(field, union(merged.withArray(field), fact.get(field)));
                }
            }
            String status = fact.get("status").asText();
            if (!status.equals(lastStatus)) {
                history.addObject().put("status", status).put("articleId", fact.path("evidence").path("articleId").asText())
                        .put("publishedDate", source.get("publishedDate").asText());
                lastStatus = status;
            }
            list.addObject().put("articleId", fact.path("evidence").path("articleId").asText())
                    .put("revision", source.get("revision").asInt())
                    .put("publishedDate", source.get("publishedDate").asText())
                    .put("status", status)
                    .put("rule", fact.path("rule").asText())
                    .set("evidence", fact.get("evidence"));
        }
        if (merged.has("absentees") && merged.has("participants")) {
            Set<String> away = new LinkedHashSet<>();
            merged.get("absentees").forEach(a -> away.add(a.get("id").asText()));
            for (Iterator<JsonNode> it = merged.withArray("participants").elements(); it.hasNext(); ) {
                if (away.contains(it.next().get("id").asText())) {
                    it.remove();
                }
            }
        }
        merged.set("date", bestDate);
        merged.set("statusHistory", history);
        merged.set("sources", list);
        merged.put("corroboration", list.size());
        merged.remove("evidence");
        merged.set("evidence", latest.get("evidence"));
        return merged;
    }

    /** Every entity the fact names, with its part in it, for the by-entity listing. */
    static Set<String> entities(JsonNode fact) {
        return roles(fact).keySet();
    }

    static Map<String, String> roles(JsonNode fact) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String field : List.of("traveler", "destination", "place", "host", "organization", "location", "target")) {
            if (fact.hasNonNull(field) && fact.get(field).hasNonNull("id")) {
                roles.putIfAbsent(fact.get(field).get("id").asText(), field);
            }
        }
        for (String field : List.of("participants", "absentees", "parties")) {
            for (JsonNode ref : fact.path(field)) {
                roles.putIfAbsent(ref.get("id").asText(), field);
            }
        }
        return roles;
    }

    private void writeEntries(String canonicalId, ObjectNode merged, Set<String> oldEntities) {
        Map<String, String> roles = roles(merged);
        String start = merged.path("date").path("start").asText();
        for (Map.Entry<String, String> role : roles.entrySet()) {
            Map<String, AttributeValue> entry = new HashMap<>(Keys.canonicalFactEntry(canonicalId, role.getKey()));
            entry.put("type", s("FACT_ENTRY"));
            entry.put(CANONICAL_ID, s(canonicalId));
            entry.put(FACT_TYPE, s(merged.get("type").asText()));
            entry.put(STATUS, s(merged.get("status").asText()));
            entry.put(START, s(start));
            entry.put(ROLE, s(role.getValue()));
            entry.put(Keys.GSI1_PK, s(Keys.factsOfEntity(role.getKey())));
            entry.put(Keys.GSI1_SK, s(start + "#" + canonicalId));
            put(entry);
        }
        for (String old : oldEntities) {
            if (!roles.containsKey(old)) {
                dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName)
                        .key(Keys.canonicalFactEntry(canonicalId, old)).build());
            }
        }
    }

    private void delete(String canonicalId, String principal, Set<String> entities, long version) {
        try {
            dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName).key(Keys.canonicalFact(canonicalId))
                    .conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", VERSION))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version)))).build());
        } catch (ConditionalCheckFailedException lostRace) {
            return; // another report joined meanwhile: the fact lives on
        }
        for (String entity : entities) {
            dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName)
                    .key(Keys.canonicalFactEntry(canonicalId, entity)).build());
        }
        dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName)
                .key(Map.of(Keys.PK, s(Keys.factKeyPartition(principal)), Keys.SK, s(canonicalId))).build());
    }

    private void put(Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
    }

    /** Same type and principal actors: traveler and destination; summit name or people, and place; target and parties. */
    static String principalKey(JsonNode fact) {
        String type = fact.get("type").asText();
        String key = switch (type) {
            case "VISIT" -> id(fact, "traveler") + "|" + id(fact, "destination");
            case "SUMMIT" -> (fact.hasNonNull("name") ? "name:" + fact.get("name").asText().toLowerCase(Locale.ROOT)
                    : "people:" + sortedIds(fact.get("participants"))) + "|" + id(fact, "location");
            default -> id(fact, "target") + "|" + fact.path("action").asText() + "|" + sortedIds(fact.get("parties"));
        };
        return hash(type + "|" + key);
    }

    private static String id(JsonNode fact, String field) {
        return fact.hasNonNull(field) ? fact.get(field).path("id").asText() : "-";
    }

    private static String sortedIds(JsonNode refs) {
        List<String> ids = new ArrayList<>();
        if (refs != null) {
            refs.forEach(r -> ids.add(r.get("id").asText()));
        }
        ids.sort(null);
        return String.join(",", ids);
    }

    /** Date intervals at their own precision ("2023-09" is the whole month) intersect. */
    static boolean overlaps(String start, String end, String otherStart, String otherEnd) {
        return new Fact.FactDate(start, end, null).overlaps(new Fact.FactDate(otherStart, otherEnd, null));
    }

    private static int precision(JsonNode date) {
        String start = date.path("start").asText("");
        return start.length() * 2 + (date.hasNonNull("end") ? 1 : 0);
    }

    private static ArrayNode union(ArrayNode into, JsonNode more) {
        Set<String> ids = new LinkedHashSet<>();
        into.forEach(r -> ids.add(r.get("id").asText()));
        for (JsonNode r : more) {
            if (ids.add(r.get("id").asText())) {
                into.add(r);
            }
        }
        return into;
    }

    private static ObjectNode withArticle(Fact fact, String articleId) {
        ObjectNode node = Json.MAPPER.valueToTree(fact);
        ((ObjectNode) node.get("evidence")).put("articleId", articleId);
        return node;
    }

    private static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored fact is not JSON", e);
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
