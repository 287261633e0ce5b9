package org.pressfacts.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table key design; README.md ("Table design") lists every item type and the access pattern it serves.
 * Key attributes are generic (PK/SK, GSI1PK/GSI1SK, …) so one table and three indexes serve every item type.
 */
final class Keys {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String GSI1_PK = "GSI1PK";
    static final String GSI1_SK = "GSI1SK";
    static final String GSI2_PK = "GSI2PK";
    static final String GSI2_SK = "GSI2SK";
    /** Present only on article revisions waiting for tagging: a sparse index the sweeper reads. */
    static final String PENDING_PK = "PendingPK";
    static final String PENDING_SK = "PendingSK";

    static final String INDEX_BY_ENTITY = "ByEntity";
    static final String INDEX_BY_KIND_DATE = "ByKindDate";
    static final String INDEX_PENDING = "Pending";

    static final String META = "META";
    /** Spreads pending revisions over a few partitions so a burst of submissions has no hot key. */
    static final int PENDING_SHARDS = 4;

    private Keys() {}

    static final String ARTICLE_PREFIX = "ARTICLE#";
    static final String MENTION_PREFIX = "MENTION#";
    static final String FACT_PREFIX = "FACT#";
    static final String FACT_REF_PREFIX = "FACTREF#";
    static final String CANONICAL_PREFIX = "CFACT#";

    static Map<String, AttributeValue> article(String articleId) {
        return Map.of(PK, s(articlePartition(articleId)), SK, s(META));
    }

    static Map<String, AttributeValue> articleRevision(String articleId, int revision) {
        return Map.of(PK, s(articlePartition(articleId)), SK, s(revisionSortKey(revision)));
    }

    static String articlePartition(String articleId) {
        return ARTICLE_PREFIX + articleId;
    }

    /**
     * One entity's mentions in one revision. The revision is part of the key (zero-padded so that sort order is
     * revision order) so that a slow tagger of an old revision can never overwrite a newer revision's items.
     */
    static Map<String, AttributeValue> mention(String articleId, int revision, String entityId) {
        return Map.of(PK, s(articlePartition(articleId)), SK, s(mentionSortKeyPrefix(revision) + entityId));
    }

    static String mentionSortKeyPrefix(int revision) {
        return MENTION_PREFIX + "%06d#".formatted(revision);
    }

    /** One fact as one article revision reports it: a contribution, replaced when the article is re-tagged. */
    static Map<String, AttributeValue> articleFact(String articleId, int revision, String factId) {
        return Map.of(PK, s(articlePartition(articleId)), SK, s(FACT_PREFIX + "%06d#".formatted(revision) + factId));
    }

    /** The article's membership in a canonical fact: what to withdraw when a re-tag no longer reports it. */
    static Map<String, AttributeValue> articleFactRef(String articleId, String canonicalId) {
        return Map.of(PK, s(articlePartition(articleId)), SK, s(FACT_REF_PREFIX + canonicalId));
    }

    static Map<String, AttributeValue> canonicalFact(String canonicalId) {
        return Map.of(PK, s(CANONICAL_PREFIX + canonicalId), SK, s(META));
    }

    /** Where the canonical fact is listed under one of its entities (ByEntity: FACTS_OF#entity, by date). */
    static Map<String, AttributeValue> canonicalFactEntry(String canonicalId, String entityId) {
        return Map.of(PK, s(CANONICAL_PREFIX + canonicalId), SK, s("ENTITY#" + entityId));
    }

    static String canonicalPartition(String canonicalId) {
        return CANONICAL_PREFIX + canonicalId;
    }

    /** Canonical facts that may be the same event share this partition: same type and principal actors. */
    static String factKeyPartition(String principalKey) {
        return "FACTKEY#" + principalKey;
    }

    static String factsOfEntity(String entityId) {
        return "FACTS_OF#" + entityId;
    }

    /** Facts by type and date, one partition a type and year so that no partition takes every write. */
    static String factsByTypeAndYear(String type, String year) {
        return "FACTS#" + type + "#" + year;
    }

    static String entityPartition(String entityId) {
        return "ENTITY#" + entityId;
    }

    /** Sorts an entity's articles by publication date, so "newest first" is a backwards Query on ByEntity. */
    static String entityArticleSortKey(LocalDate publishedDate, String articleId) {
        return publishedDate + "#" + ARTICLE_PREFIX + articleId;
    }

    static String revisionSortKey(int revision) {
        return "REV#%06d".formatted(revision);
    }

    static String pendingPartition(String articleId) {
        return pendingPartition(Math.floorMod(articleId.hashCode(), PENDING_SHARDS));
    }

    static String pendingPartition(int shard) {
        return "PENDING#" + shard;
    }

    /** PendingSK is {@code <updatedAt>#<articleId>}: ISO-8601 first, so the sort key orders by waiting time. */
    static Instant pendingSince(String pendingSortKey) {
        return Instant.parse(pendingSortKey.substring(0, pendingSortKey.indexOf('#')));
    }

    static String articlesBySource(String source) {
        return "SOURCE#" + source;
    }

    /**
     * Every article by publication date, on ByEntity: a partition per year, so an open-ended listing is a few
     * Queries, while one partition's writes (articles of a year) stay far below an index partition's limit.
     */
    static String articlesByYear(int year) {
        return "ARTICLES#" + year;
    }

    static final String FEED_PREFIX = "FEED#";
    /** Every feed is listed in this one ByKindDate partition: a newsroom follows hundreds of feeds, not millions. */
    static final String FEEDS_PARTITION = "FEEDS";

    static Map<String, AttributeValue> feed(String feedId) {
        return Map.of(PK, s(FEED_PREFIX + feedId), SK, s(META));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
