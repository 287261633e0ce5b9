package org.pressfacts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.article.ArticleSummary;
import org.pressfacts.config.Settings;
import org.pressfacts.http.Json;
import org.pressfacts.tagging.TaggedEntity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.pressfacts.store.Keys.s;

/**
 * The query API's reads: Queries on a key or index designed for each listing, GetItem and BatchGetItem by key.
 * Nothing here issues a Scan. Listings are read newest first (or oldest first for timelines) across one or more
 * "lanes" (one index partition, or a run of year partitions) merged by sort key; a page's position is a small JSON
 * string that the caller signs before handing it out (see org.pressfacts.query.Cursors).
 *
 * <p>Every call asks for ReturnConsumedCapacity and adds it to a per-thread meter ({@link #readUnitsOnThisThread}),
 * so a handler can report what one request cost: Lambda and the local server run one request per thread.
 */
public final class NewsQueries {

    /** A lane stops after this many Queries in one page; the cursor resumes it (bounds latency on sparse filters). */
    static final int MAX_QUERIES_PER_LANE = 16;
    /** Index partitions of facts and articles start here: reading earlier years needs an explicit {@code from}. */
    public static final int FIRST_YEAR = 2015;
    private static final int BATCH_GET_MAX_KEYS = 100;
    private static final int BATCH_GET_ATTEMPTS = 5;
    private static final String LOWEST = "0";
    /** Sorts after any "date#..." sort key that starts with the same date. */
    private static final String AFTER_DATE = "~";
    private static final ThreadLocal<double[]> READ_UNITS = ThreadLocal.withInitial(() -> new double[1]);

    private final DynamoDbClient dynamo;
    private final String tableName;

    public NewsQueries(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    public static NewsQueries fromEnvironment() {
        return new NewsQueries(NewsTable.defaultClient(), Settings.tableName());
    }

    /** One page of a listing; {@code position} is null on the last page. */
    public record Page<T>(List<T> items, String position) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** Equality filters on a fact listing; null means any. Dates bound the fact's start date, both inclusive. */
    public record FactFilter(String type, String status, String role, LocalDate from, LocalDate to) {}

    // ---- read capacity ----

    public static void resetReadUnits() {
        READ_UNITS.get()[0] = 0;
    }

    /** Read capacity units consumed on this thread since {@link #resetReadUnits}, as DynamoDB reported them. */
    public static double readUnitsOnThisThread() {
        return READ_UNITS.get()[0];
    }

    private static void meter(ConsumedCapacity capacity) {
        if (capacity != null && capacity.capacityUnits() != null) {
            READ_UNITS.get()[0] += capacity.capacityUnits();
        }
    }

    // ---- facts ----

    /** A canonical fact's merged view with every source, by GetItem. */
    public Optional<JsonNode> fact(String canonicalId) {
        GetItemResponse response = NewsTable.call(() -> dynamo.getItem(GetItemRequest.builder().tableName(tableName)
                .key(Keys.canonicalFact(canonicalId)).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()));
        meter(response.consumedCapacity());
        Map<String, AttributeValue> item = response.item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(readJson(item.get(FactLedger.PAYLOAD).s()));
    }

    /** Facts naming an entity (ByEntity, FACTS_OF#entity), newest or oldest first, with the entity's role in each. */
    public Page<EntityFact> factsOf(String entityId, FactFilter filter, boolean newestFirst, String position, int limit) {
        Map<String, String> equal = new LinkedHashMap<>();
        putIfSet(equal, FactLedger.FACT_TYPE, filter.type());
        putIfSet(equal, FactLedger.STATUS, filter.status());
        putIfSet(equal, FactLedger.ROLE, filter.role());
        Lane lane = new Lane(Keys.INDEX_BY_ENTITY, Keys.GSI1_PK, Keys.GSI1_SK, List.of(Keys.factsOfEntity(entityId)),
                lower(filter.from()), upper(filter.to()), equal);
        Page<Map<String, AttributeValue>> entries = read(List.of(lane), newestFirst, position, limit);
        Map<String, JsonNode> payloads = factPayloads(entries.items().stream()
                .map(e -> e.get(FactLedger.CANONICAL_ID).s()).toList());
        List<EntityFact> facts = new ArrayList<>();
        for (Map<String, AttributeValue> entry : entries.items()) {
            JsonNode fact = payloads.get(entry.get(FactLedger.CANONICAL_ID).s());
            if (fact != null) {  // withdrawn between the two reads
                facts.add(new EntityFact(entry.get(FactLedger.ROLE).s(), fact));
            }
        }
        return new Page<>(facts, entries.position());
    }

    /** A fact and the part an entity plays in it (traveler, host, participants, absentees, parties, target, …). */
    public record EntityFact(String role, JsonNode fact) {}

    /**
     * Facts of some types, newest first: ByKindDate, one lane per type over its year partitions (FACTS#TYPE#yyyy)
     * from {@code to}'s year down to {@code from}'s, merged by date.
     */
    public Page<JsonNode> factsByType(List<String> types, FactFilter filter, String position, int limit) {
        Map<String, String> equal = new LinkedHashMap<>();
        putIfSet(equal, FactLedger.STATUS, filter.status());
        List<Lane> lanes = new ArrayList<>();
        for (String type : types) {
            List<String> partitions = new ArrayList<>();
            for (int year = filter.to().getYear(); year >= filter.from().getYear(); year--) {
                partitions.add(Keys.factsByTypeAndYear(type, Integer.toString(year)));
            }
            lanes.add(new Lane(Keys.INDEX_BY_KIND_DATE, Keys.GSI2_PK, Keys.GSI2_SK, partitions,
                    lower(filter.from()), upper(filter.to()), equal));
        }
        Page<Map<String, AttributeValue>> page = read(lanes, true, position, limit);
        return new Page<>(page.items().stream().map(item -> readJson(item.get(FactLedger.PAYLOAD).s())).toList(),
                page.position());
    }

    /** Merged views by id, by BatchGetItem (GetItem on up to 100 keys at once); missing ids are left out. */
    Map<String, JsonNode> factPayloads(Collection<String> canonicalIds) {
        Map<String, JsonNode> found = new HashMap<>();
        for (Map<String, AttributeValue> item : batchGet(new LinkedHashSet<>(canonicalIds).stream()
                .map(Keys::canonicalFact).toList(), "#pk, #payload", Map.of("#pk", Keys.PK, "#payload", FactLedger.PAYLOAD))) {
            found.put(item.get(Keys.PK).s().substring(Keys.CANONICAL_PREFIX.length()),
                    readJson(item.get(FactLedger.PAYLOAD).s()));
        }
        return found;
    }

    // ---- entities ----

    /** Mention items naming the entity (one per tagged article revision): a Select COUNT Query on ByEntity. */
    public long mentionCount(String entityId) {
        return count(Keys.entityPartition(entityId));
    }

    /** Canonical facts naming the entity: a Select COUNT Query on ByEntity. */
    public long factCount(String entityId) {
        return count(Keys.factsOfEntity(entityId));
    }

    /** How the tagger stored an entity, from its newest mention: how entities found from context are looked up. */
    public Optional<TaggedEntity> storedEntity(String entityId) {
        QueryResponse response = NewsTable.call(() -> dynamo.query(QueryRequest.builder().tableName(tableName)
                .indexName(Keys.INDEX_BY_ENTITY)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.entityPartition(entityId))))
                .scanIndexForward(false).limit(1)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()));
        meter(response.consumedCapacity());
        return response.items().stream().findFirst().map(item -> MentionItem.fromItem(item).entity());
    }

    private long count(String partition) {
        long total = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse response = NewsTable.call(() -> dynamo.query(QueryRequest.builder().tableName(tableName)
                    .indexName(Keys.INDEX_BY_ENTITY)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK))
                    .expressionAttributeValues(Map.of(":pk", s(partition)))
                    .select(Select.COUNT).exclusiveStartKey(from)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()));
            meter(response.consumedCapacity());
            total += response.count();
            start = lastKey(response);
        } while (start != null);
        return total;
    }

    // ---- articles ----

    /**
     * Articles mentioning an entity, newest first (ByEntity, ENTITY#id), with their titles from a BatchGetItem of
     * the article items. While an article is re-tagged two of its revisions may both be listed: one is kept.
     */
    public Page<ArticleSummary> articlesMentioning(String entityId, String source, LocalDate from, LocalDate to,
                                                   String position, int limit) {
        Lane lane = new Lane(Keys.INDEX_BY_ENTITY, Keys.GSI1_PK, Keys.GSI1_SK, List.of(Keys.entityPartition(entityId)),
                lower(from), upper(to), Map.of());
        Page<Map<String, AttributeValue>> mentions = read(List.of(lane), true, position, limit);
        List<String> ids = mentions.items().stream().map(m -> m.get(MentionItem.ARTICLE_ID).s()).distinct().toList();
        Map<String, ArticleSummary> byId = new HashMap<>();
        for (Map<String, AttributeValue> item : batchGet(ids.stream().map(Keys::article).toList(), null, null)) {
            ArticleSummary summary = summary(item);
            byId.put(summary.id(), summary);
        }
        return new Page<>(ids.stream().map(byId::get)
                .filter(a -> a != null && (source == null || source.equals(a.source()))).toList(), mentions.position());
    }

    /** Articles of one source, newest first (ByKindDate, SOURCE#source). */
    public Page<ArticleSummary> articlesFrom(String source, LocalDate from, LocalDate to, String position, int limit) {
        Lane lane = new Lane(Keys.INDEX_BY_KIND_DATE, Keys.GSI2_PK, Keys.GSI2_SK, List.of(Keys.articlesBySource(source)),
                lower(from), upper(to), Map.of());
        return map(read(List.of(lane), true, position, limit), NewsQueries::summary);
    }

    /** Every article, newest first: ByEntity over the year partitions ARTICLES#yyyy from {@code to} back to {@code from}. */
    public Page<ArticleSummary> articlesPublished(LocalDate from, LocalDate to, String position, int limit) {
        List<String> partitions = new ArrayList<>();
        for (int year = to.getYear(); year >= from.getYear(); year--) {
            partitions.add(Keys.articlesByYear(year));
        }
        Lane lane = new Lane(Keys.INDEX_BY_ENTITY, Keys.GSI1_PK, Keys.GSI1_SK, partitions, lower(from), upper(to), Map.of());
        return map(read(List.of(lane), true, position, limit), NewsQueries::summary);
    }

    private static ArticleSummary summary(Map<String, AttributeValue> item) {
        return new ArticleSummary(str(item, ArticleItem.ID), str(item, ArticleItem.URL),
                Integer.parseInt(item.get(ArticleItem.REVISION).n()), str(item, ArticleItem.TITLE),
                str(item, ArticleItem.SOURCE), str(item, ArticleItem.LANGUAGE), str(item, ArticleItem.PUBLISHED_AT),
                str(item, ArticleItem.PUBLISHED_DATE), str(item, ArticleItem.TAG_STATUS));
    }

    // ---- paged, merged reads ----

    /**
     * One index partition range, or a run of them read in order (year partitions, newest first), with equality
     * filters applied by DynamoDB after the key condition.
     */
    record Lane(String index, String partitionAttribute, String sortAttribute, List<String> partitions,
                String sortFrom, String sortTo, Map<String, String> equal) {}

    /** Where a lane stands: the partition it reads and the exclusive start key in it; null partition when done. */
    private record LanePosition(Integer partition, Map<String, AttributeValue> startKey) {
        static final LanePosition DONE = new LanePosition(null, null);

        boolean done() {
            return partition == null;
        }
    }

    private record Buffered(int lane, int partition, Map<String, AttributeValue> item) {}

    /**
     * Up to {@code limit} items from the lanes, merged by sort key. A lane reads until it has {@code limit} items,
     * ends, or spends its Queries; from a lane that stopped short nothing older than its last item is emitted
     * (its unread items could come first), so a page may be short, never out of order.
     */
    Page<Map<String, AttributeValue>> read(List<Lane> lanes, boolean newestFirst, String position, int limit) {
        List<LanePosition> start = decode(position, lanes);
        List<LanePosition> reached = new ArrayList<>(start);
        List<List<Buffered>> buffers = new ArrayList<>();
        String bound = null;  // nothing past this sort key may be emitted
        boolean blocked = false;
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            List<Buffered> buffer = new ArrayList<>();
            LanePosition at = start.get(i);
            for (int queries = 0; !at.done() && buffer.size() < limit && queries < MAX_QUERIES_PER_LANE; queries++) {
                QueryResponse response = query(lane, at, newestFirst, limit - buffer.size());
                for (Map<String, AttributeValue> item : response.items()) {
                    buffer.add(new Buffered(i, at.partition(), item));
                }
                Map<String, AttributeValue> next = lastKey(response);
                at = next != null ? new LanePosition(at.partition(), next)
                        : at.partition() + 1 < lane.partitions().size() ? new LanePosition(at.partition() + 1, null)
                        : LanePosition.DONE;
            }
            reached.set(i, at);
            buffers.add(buffer);
            if (!at.done() && buffer.size() < limit) {
                if (buffer.isEmpty()) {
                    blocked = true;
                } else {
                    String last = buffer.getLast().item().get(lane.sortAttribute()).s();
                    bound = bound == null ? last : newestFirst ? max(bound, last) : min(bound, last);
                }
            }
        }
        Comparator<Buffered> order = Comparator.comparing(
                (Buffered b) -> b.item().get(lanes.get(b.lane()).sortAttribute()).s());
        List<Buffered> merged = new ArrayList<>();
        buffers.forEach(merged::addAll);
        merged.sort(newestFirst ? order.reversed().thenComparing(Buffered::lane) : order.thenComparing(Buffered::lane));
        List<Buffered> taken = new ArrayList<>();
        for (Buffered b : merged) {
            String key = b.item().get(lanes.get(b.lane()).sortAttribute()).s();
            if (blocked || taken.size() == limit
                    || bound != null && (newestFirst ? key.compareTo(bound) < 0 : key.compareTo(bound) > 0)) {
                break;
            }
            taken.add(b);
        }
        List<LanePosition> after = new ArrayList<>();
        boolean done = true;
        for (int i = 0; i < lanes.size(); i++) {
            final int lane = i;
            List<Buffered> fromLane = taken.stream().filter(b -> b.lane() == lane).toList();
            LanePosition p;
            if (fromLane.size() == buffers.get(i).size()) {
                p = reached.get(i);  // everything read was emitted: resume past what the filters dropped too
            } else if (fromLane.isEmpty()) {
                p = start.get(i);
            } else {
                Buffered last = fromLane.getLast();
                p = new LanePosition(last.partition(), keyOf(lanes.get(i), last.item()));
            }
            after.add(p);
            done &= p.done();
        }
        return new Page<>(taken.stream().map(Buffered::item).toList(), done ? null : encode(after, lanes));
    }

    private QueryResponse query(Lane lane, LanePosition at, boolean newestFirst, int limit) {
        Map<String, String> names = new LinkedHashMap<>(Map.of("#pk", lane.partitionAttribute(), "#sk", lane.sortAttribute()));
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":pk", s(lane.partitions().get(at.partition())),
                ":from", s(lane.sortFrom()), ":to", s(lane.sortTo())));
        List<String> filters = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : lane.equal().entrySet()) {
            names.put("#f" + n, e.getKey());
            values.put(":f" + n, s(e.getValue()));
            filters.add("#f" + n + " = :f" + n);
            n++;
        }
        QueryRequest request = QueryRequest.builder().tableName(tableName).indexName(lane.index())
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .filterExpression(filters.isEmpty() ? null : String.join(" AND ", filters))
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .scanIndexForward(!newestFirst).limit(limit).exclusiveStartKey(at.startKey())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        QueryResponse response = NewsTable.call(() -> dynamo.query(request));
        meter(response.consumedCapacity());
        return response;
    }

    /** The exclusive start key of an index Query: the table's key and the index's. */
    private static Map<String, AttributeValue> keyOf(Lane lane, Map<String, AttributeValue> item) {
        return Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK),
                lane.partitionAttribute(), item.get(lane.partitionAttribute()),
                lane.sortAttribute(), item.get(lane.sortAttribute()));
    }

    /** Position JSON: one element per lane, null when done, else {"p": partition key, "k": {attribute: value}}. */
    private static String encode(List<LanePosition> positions, List<Lane> lanes) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            LanePosition p = positions.get(i);
            if (p.done()) {
                out.add(null);
                continue;
            }
            Map<String, Object> lane = new LinkedHashMap<>();
            lane.put("p", lanes.get(i).partitions().get(p.partition()));
            if (p.startKey() != null) {
                Map<String, String> key = new LinkedHashMap<>();
                p.startKey().forEach((name, value) -> key.put(name, value.s()));
                lane.put("k", key);
            }
            out.add(lane);
        }
        return Json.write(out);
    }

    /**
     * Reads a position back, checking that it fits these lanes: a known partition, and a start key made of exactly
     * the table's and the index's key attributes, inside that partition and the sort range. A position that does not
     * fit is an {@link IllegalArgumentException}; it never reaches DynamoDB.
     */
    private static List<LanePosition> decode(String position, List<Lane> lanes) {
        List<LanePosition> positions = new ArrayList<>();
        if (position == null) {
            lanes.forEach(l -> positions.add(new LanePosition(0, null)));
            return positions;
        }
        JsonNode root = readJson(position);
        if (!root.isArray() || root.size() != lanes.size()) {
            throw new IllegalArgumentException("position has " + root.size() + " lanes, the query " + lanes.size());
        }
        for (int i = 0; i < lanes.size(); i++) {
            JsonNode node = root.get(i);
            Lane lane = lanes.get(i);
            if (node.isNull()) {
                positions.add(LanePosition.DONE);
                continue;
            }
            int partition = lane.partitions().indexOf(node.path("p").asText());
            if (partition < 0) {
                throw new IllegalArgumentException("position names a partition outside the query");
            }
            JsonNode key = node.get("k");
            if (key == null) {
                positions.add(new LanePosition(partition, null));
                continue;
            }
            Set<String> expected = Set.of(Keys.PK, Keys.SK, lane.partitionAttribute(), lane.sortAttribute());
            Map<String, AttributeValue> startKey = new HashMap<>();
            key.properties().forEach(e -> startKey.put(e.getKey(), s(e.getValue().asText())));
            String sort = key.path(lane.sortAttribute()).asText();
            if (!startKey.keySet().equals(expected) || !key.properties().stream().allMatch(e -> e.getValue().isTextual())
                    || !lane.partitions().get(partition).equals(key.path(lane.partitionAttribute()).asText())
                    || sort.compareTo(lane.sortFrom()) < 0 || sort.compareTo(lane.sortTo()) > 0) {
                throw new IllegalArgumentException("position's start key does not fit the query");
            }
            positions.add(new LanePosition(partition, startKey));
        }
        return positions;
    }

    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys, String projection,
                                                       Map<String, String> names) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_MAX_KEYS) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + BATCH_GET_MAX_KEYS));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == BATCH_GET_ATTEMPTS) {
                    throw org.pressfacts.http.Problems.storeUnavailable(NewsTable.RETRY_AFTER_SECONDS);
                }
                if (attempt > 0) {
                    pause(attempt);
                }
                KeysAndAttributes request = KeysAndAttributes.builder().keys(pending)
                        .projectionExpression(projection).expressionAttributeNames(names).build();
                BatchGetItemResponse response = NewsTable.call(() -> dynamo.batchGetItem(BatchGetItemRequest.builder()
                        .requestItems(Map.of(tableName, request))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()));
                response.consumedCapacity().forEach(NewsQueries::meter);
                items.addAll(response.responses().getOrDefault(tableName, List.of()));
                KeysAndAttributes unprocessed = response.unprocessedKeys().get(tableName);
                pending = unprocessed == null ? List.of() : unprocessed.keys();
            }
        }
        return items;
    }

    /** Exponential backoff for keys DynamoDB left unprocessed (throttling), as its documentation advises. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(25L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw org.pressfacts.http.Problems.storeUnavailable(NewsTable.RETRY_AFTER_SECONDS);
        }
    }

    private static Map<String, AttributeValue> lastKey(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    }

    private static <A, B> Page<B> map(Page<A> page, Function<A, B> mapper) {
        return new Page<>(page.items().stream().map(mapper).toList(), page.position());
    }

    /** Sort keys are "date#…": an inclusive date range is ["from", "to~"]. */
    private static String lower(LocalDate from) {
        return from == null ? LOWEST : from.toString();
    }

    private static String upper(LocalDate to) {
        return to == null ? AFTER_DATE : to + AFTER_DATE;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void putIfSet(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static JsonNode readJson(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
