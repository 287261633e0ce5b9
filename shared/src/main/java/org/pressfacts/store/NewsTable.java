package org.pressfacts.store;

import org.pressfacts.article.Article;
import org.pressfacts.tagging.facts.Fact;
import org.pressfacts.config.Settings;
import org.pressfacts.http.Problems;
import org.pressfacts.tagging.ArticleEntity;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.TaggingResult;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The news table: every read and write of articles, mentions and facts. Writes that must not race are
 * conditional puts (no transactions: dynalite has none, and none are needed for these invariants).
 */
public final class NewsTable {

    /** What a client is told to wait after DynamoDB stayed unavailable through the SDK's retries. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Sort-key prefixes of the items that tagging contributes to an article's partition (and replaces on re-tag). */
    /** Article ids are hex digests: this one is never stored. */
    static final String PRIMING_ARTICLE_ID = "priming";

    private static final List<String> CONTRIBUTION_PREFIXES = List.of(Keys.MENTION_PREFIX, Keys.FACT_PREFIX);

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Clock clock;
    private final BatchWriter batchWriter;
    private final FactLedger ledger;

    public NewsTable(DynamoDbClient dynamo, String tableName) {
        this(dynamo, tableName, Clock.systemUTC());
    }

    public NewsTable(DynamoDbClient dynamo, String tableName, Clock clock) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.clock = clock;
        this.batchWriter = new BatchWriter(this::sendBatch, Thread::sleep);
        this.ledger = new FactLedger(dynamo, tableName, this::queryAll);
    }

    /** Built once per container; the endpoint comes from AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL when set. */
    public static NewsTable fromEnvironment() {
        return new NewsTable(defaultClient(), Settings.tableName());
    }

    public static DynamoDbClient defaultClient() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(12)))
                .build();
    }

    public String tableName() {
        return tableName;
    }

    /** The feed registry, in this same table. */
    public FeedTable feeds() {
        return new FeedTable(dynamo, tableName, this::queryAll);
    }

    /**
     * SnapStart priming: a DescribeTable and a GetItem of a key no article can have run the client's whole request
     * path (credentials, signing, HTTP, JSON protocol, item mapping) and write nothing.
     *
     * @return what was warmed
     */
    public List<String> prime() {
        String status = call(() -> dynamo.describeTable(b -> b.tableName(tableName))).table().tableStatusAsString();
        boolean found = findArticle(PRIMING_ARTICLE_ID).isPresent();
        return List.of("DynamoDB DescribeTable " + tableName + ": " + status,
                "DynamoDB GetItem " + Keys.article(PRIMING_ARTICLE_ID).get(Keys.PK).s() + (found ? ": found" : ": no item"));
    }

    public Optional<Article> findArticle(String id) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder()
                .tableName(tableName).key(Keys.article(id)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ArticleItem.fromItem(item));
    }

    /** @return false when an article with this id already exists (another writer got there first) */
    public boolean createArticle(Article article) {
        return putIfAbsent(dynamo, tableName, ArticleItem.toItem(article));
    }

    /** Writes the item only if no item has its key: @return false when one had (another writer got there first) */
    static boolean putIfAbsent(DynamoDbClient dynamo, String tableName, Map<String, AttributeValue> item) {
        try {
            call(() -> dynamo.putItem(PutItemRequest.builder().tableName(tableName)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Replaces the current revision with the next one, only if the stored revision is still {@code previous}
     * (optimistic locking). The superseded revision is frozen first under its own key; a crash between the two
     * writes leaves an exact copy of a revision that is still current, which the next attempt rewrites identically.
     *
     * @return false when another writer replaced the revision first
     */
    public boolean replaceArticle(Article previous, Article next) {
        call(() -> dynamo.putItem(PutItemRequest.builder().tableName(tableName)
                .item(ArticleItem.toRevisionItem(previous)).build()));
        try {
            call(() -> dynamo.putItem(PutItemRequest.builder().tableName(tableName)
                    .item(ArticleItem.toItem(next))
                    .conditionExpression("#rev = :expected")
                    .expressionAttributeNames(Map.of("#rev", ArticleItem.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Integer.toString(previous.revision()))))
                    .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** What {@link #saveTagging} did. */
    public enum SaveOutcome {
        /** The revision's contributions are stored and the article is TAGGED at that revision. */
        SAVED,
        /** A newer revision was stored meanwhile: nothing of this one is left behind; the newer one gets tagged. */
        STALE
    }

    /**
     * Stores what tagging found in one article revision, replacing that article's earlier contributions, and marks
     * the article TAGGED. No transactions (dynalite has none), so the writes are ordered for crash safety:
     * <ol>
     * <li>put this revision's items (their keys carry the revision, so they never overwrite a newer revision's);</li>
     * <li>delete the article's items from older revisions, and this revision's items that this result no longer
     *     has (a re-tag with another knowledge base may find fewer entities); never items of a newer revision;</li>
     * <li>flip META to TAGGED only if its revision is still this one.</li>
     * </ol>
     * Until step 3 the article stays PENDING, so a crash anywhere before it is repaired by the stream's retry or the
     * sweeper, and a replay rewrites identical items. Readers see old and new items side by side only between
     * steps 1 and 2; {@link #findMentions} answers one revision only.
     */
    public SaveOutcome saveTagging(Article revision, TaggingResult result) {
        OptionalInt stored = storedRevision(revision.id());
        if (stored.isEmpty()) {
            throw new IllegalArgumentException("no article " + revision.id() + " to save tagging for");
        }
        if (stored.getAsInt() > revision.revision()) {
            return SaveOutcome.STALE;
        }
        if (stored.getAsInt() < revision.revision()) {
            throw new IllegalArgumentException("article " + revision.id() + " has no revision " + revision.revision()
                    + " yet (stored: " + stored.getAsInt() + ")");
        }
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> contributions = contributionItems(revision, result);
        batchWriter.writeAll(contributions.values().stream().map(NewsTable::put).toList());
        batchWriter.writeAll(supersededContributions(revision, contributions.keySet()).stream()
                .map(NewsTable::delete).toList());
        // canonical facts before the flip: a crash here leaves the article PENDING, and a replay records again
        ledger.record(revision, result.facts());
        if (markTagged(revision, result.kbVersion())) {
            return SaveOutcome.SAVED;
        }
        // A newer revision arrived between the check and the flip: take back what step 1 wrote. Its own tagging
        // deletes older items too, so a crash right here leaves nothing that outlives the next tagging.
        batchWriter.writeAll(contributions.keySet().stream().map(NewsTable::delete).toList());
        return SaveOutcome.STALE;
    }

    /**
     * Every item one tagged revision contributes, by key: a mention item per entity, and the revision's facts.
     * A key appears once (BatchWriteItem rejects a batch that names a key twice).
     */
    private static Map<Map<String, AttributeValue>, Map<String, AttributeValue>> contributionItems(
            Article revision, TaggingResult result) {
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        for (TaggedEntity entity : result.entities()) {
            Map<String, AttributeValue> item = MentionItem.toItem(revision, result.kbVersion(), entity);
            if (items.put(keyOf(item), item) != null) {
                throw new IllegalArgumentException("tagging found entity " + entity.id() + " twice in article "
                        + revision.id() + "; the linker merges mentions of one entity");
            }
        }
        items.putAll(factItems(revision, result));
        return items;
    }

    /** The facts of this revision as the article reports them, keyed like its mention items. */
    private static Map<Map<String, AttributeValue>, Map<String, AttributeValue>> factItems(
            Article revision, TaggingResult result) {
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        for (Fact fact : result.facts()) {
            Map<String, AttributeValue> item = FactLedger.contributionItem(revision, fact);
            items.put(keyOf(item), item);
        }
        return items;
    }

    /** Keys of the article's contribution items that this revision's result replaces; never a newer revision's. */
    private List<Map<String, AttributeValue>> supersededContributions(Article revision,
                                                                      Set<Map<String, AttributeValue>> kept) {
        List<Map<String, AttributeValue>> superseded = new ArrayList<>();
        for (String prefix : CONTRIBUTION_PREFIXES) {
            for (Map<String, AttributeValue> item : queryAll(QueryRequest.builder().tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                    .projectionExpression("#pk, #sk, #rev")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#rev", MentionItem.REVISION))
                    .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.articlePartition(revision.id())),
                            ":prefix", Keys.s(prefix)))
                    .consistentRead(true)
                    .build())) {
                int itemRevision = MentionItem.revision(item);
                Map<String, AttributeValue> key = keyOf(item);
                if (itemRevision < revision.revision() || itemRevision == revision.revision() && !kept.contains(key)) {
                    superseded.add(key);
                }
            }
        }
        return superseded;
    }

    /** @return false when the stored revision is no longer this one */
    private boolean markTagged(Article revision, String kbVersion) {
        try {
            call(() -> dynamo.updateItem(UpdateItemRequest.builder().tableName(tableName)
                    .key(Keys.article(revision.id()))
                    .updateExpression("SET #status = :tagged, #taggedRevision = :rev, #kb = :kb, #taggedAt = :now"
                            + " REMOVE #pendingPk, #pendingSk")
                    .conditionExpression("#rev = :rev")
                    .expressionAttributeNames(Map.of("#status", ArticleItem.TAG_STATUS,
                            "#taggedRevision", ArticleItem.TAGGED_REVISION, "#kb", ArticleItem.KB_VERSION,
                            "#taggedAt", ArticleItem.TAGGED_AT, "#pendingPk", Keys.PENDING_PK,
                            "#pendingSk", Keys.PENDING_SK, "#rev", ArticleItem.REVISION))
                    .expressionAttributeValues(Map.of(":tagged", Keys.s(Article.TagStatus.TAGGED.name()),
                            ":rev", AttributeValue.fromN(Integer.toString(revision.revision())),
                            ":kb", Keys.s(kbVersion), ":now", Keys.s(clock.instant().toString())))
                    .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private OptionalInt storedRevision(String articleId) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder().tableName(tableName)
                .key(Keys.article(articleId)).consistentRead(true)
                .projectionExpression("#rev").expressionAttributeNames(Map.of("#rev", ArticleItem.REVISION))
                .build())).item();
        return item == null || item.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(item.get(ArticleItem.REVISION).n()));
    }

    /**
     * The entities of the article's newest tagged revision that has mention items, in reading order (by first
     * mention). Callers that know the article's revision should check {@link ArticleEntity#revision()}: the newest
     * items may belong to a revision still being tagged.
     */
    public List<ArticleEntity> findMentions(String articleId) {
        List<Map<String, AttributeValue>> items = queryAll(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.articlePartition(articleId)),
                        ":prefix", Keys.s(Keys.MENTION_PREFIX)))
                .scanIndexForward(false)  // the revision is in the sort key: the newest revision comes first
                .consistentRead(true)
                .build());
        if (items.isEmpty()) {
            return List.of();
        }
        int newest = MentionItem.revision(items.getFirst());
        return items.stream().filter(item -> MentionItem.revision(item) == newest).map(MentionItem::fromItem)
                .sorted(Comparator.comparing((ArticleEntity e) -> e.entity().mentions().isEmpty()
                        ? Integer.MAX_VALUE : e.entity().mentions().getFirst().span().start())
                        .thenComparing(e -> e.entity().id()))
                .toList();
    }

    /**
     * Articles mentioning an entity, newest publication date first: one Query on ByEntity. While an article is
     * being re-tagged two of its revisions may both be listed; only the newest is kept.
     */
    public List<ArticleEntity> findArticlesMentioning(String entityId, int limit) {
        QueryResponse page = call(() -> dynamo.query(QueryRequest.builder().tableName(tableName)
                .indexName(Keys.INDEX_BY_ENTITY)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.entityPartition(entityId))))
                .scanIndexForward(false)
                .limit(limit)
                .build()));
        Map<String, ArticleEntity> newestPerArticle = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : page.items()) {
            ArticleEntity found = MentionItem.fromItem(item);
            newestPerArticle.merge(found.articleId(), found, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        return List.copyOf(newestPerArticle.values());
    }

    /** An article whose current revision waits for tagging, and since when (its last update). */
    /** The facts one revision of an article reports, as tagging found them (evidence names the article). */
    public List<com.fasterxml.jackson.databind.JsonNode> findArticleFacts(String articleId, int revision) {
        return queryAll(QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.articlePartition(articleId)),
                        ":prefix", Keys.s(Keys.FACT_PREFIX + "%06d#".formatted(revision))))
                .build())
                .stream().map(item -> readJson(item.get(FactLedger.PAYLOAD).s())).toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            return org.pressfacts.http.Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored item holds no JSON", e);
        }
    }

    /** A canonical fact as the API shows it: the merged report with every source, or empty. */
    public Optional<com.fasterxml.jackson.databind.JsonNode> findFact(String canonicalId) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder().tableName(tableName)
                .key(Keys.canonicalFact(canonicalId)).build())).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(readJson(item.get(FactLedger.PAYLOAD).s()));
    }

    /** Ids of the canonical facts naming an entity (a person, country, place or organization), newest first. */
    public List<String> factIdsOf(String entityId, int limit) {
        return queryAll(QueryRequest.builder().tableName(tableName).indexName(Keys.INDEX_BY_ENTITY)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", Keys.s(Keys.factsOfEntity(entityId))))
                .scanIndexForward(false).limit(limit).build())
                .stream().map(item -> item.get(FactLedger.CANONICAL_ID).s()).distinct().limit(limit).toList();
    }

    public record PendingArticle(String articleId, Instant pendingSince) {}

    /**
     * Up to {@code limit} articles PENDING since before {@code olderThan}, oldest first: a Query per shard of the
     * sparse Pending index (never a Scan). The index is KEYS_ONLY, so the revision is read later, with the article.
     */
    public List<PendingArticle> pendingRevisions(Instant olderThan, int limit) {
        List<PendingArticle> found = new ArrayList<>();
        for (int shard = 0; shard < Keys.PENDING_SHARDS; shard++) {
            String partition = Keys.pendingPartition(shard);
            QueryResponse page = call(() -> dynamo.query(QueryRequest.builder().tableName(tableName)
                    .indexName(Keys.INDEX_PENDING)
                    .keyConditionExpression("#pk = :shard AND #sk < :before")
                    .expressionAttributeNames(Map.of("#pk", Keys.PENDING_PK, "#sk", Keys.PENDING_SK))
                    .expressionAttributeValues(Map.of(":shard", Keys.s(partition),
                            ":before", Keys.s(olderThan.toString())))
                    .limit(limit)
                    .build()));
            for (Map<String, AttributeValue> item : page.items()) {
                found.add(new PendingArticle(item.get(Keys.PK).s().substring(Keys.ARTICLE_PREFIX.length()),
                        Keys.pendingSince(item.get(Keys.PENDING_SK).s())));
            }
        }
        found.sort(Comparator.comparing(PendingArticle::pendingSince));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest pageRequest = request.toBuilder().exclusiveStartKey(start).build();
            QueryResponse page = call(() -> dynamo.query(pageRequest));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** One BatchWriteItem; answers what DynamoDB left unprocessed (throttling, or over a partition's limit). */
    private List<WriteRequest> sendBatch(List<WriteRequest> requests) {
        BatchWriteItemResponse response = call(() -> dynamo.batchWriteItem(BatchWriteItemRequest.builder()
                .requestItems(Map.of(tableName, requests)).build()));
        // hasUnprocessedItems() is true for an empty map too: the map's content is what counts
        List<WriteRequest> unprocessed = response.unprocessedItems().get(tableName);
        return unprocessed == null ? List.of() : unprocessed;
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK));
    }

    /** Runs one DynamoDB call; unreachable or still throttled after the SDK's retries becomes a 503 problem. */
    static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (SdkClientException e) {
            throw Problems.storeUnavailable(RETRY_AFTER_SECONDS);
        } catch (DynamoDbException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw Problems.storeUnavailable(RETRY_AFTER_SECONDS);
            }
            throw e;
        }
    }
}
