package org.pressfacts.store;

import org.pressfacts.feed.Feed;
import org.pressfacts.feed.FeedStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.pressfacts.store.Keys.s;

/** Maps a {@link Feed} to and from its item; attribute names live here and nowhere else. */
final class FeedItem {

    static final String TYPE = "type";
    static final String ID = "id";
    static final String URL = "url";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String ENABLED = "enabled";
    static final String CREATED_AT = "createdAt";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "lastModified";
    static final String FETCHED_AT = "fetchedAt";
    static final String OUTCOME = "fetchOutcome";
    static final String HTTP_STATUS = "httpStatus";
    static final String DETAIL = "fetchDetail";
    static final String ITEMS_FOUND = "itemsFound";
    static final String ITEMS_CREATED = "itemsCreated";
    static final String ITEMS_KNOWN = "itemsKnown";
    static final String ITEMS_REJECTED = "itemsRejected";
    static final String CONSECUTIVE_FAILURES = "consecutiveFailures";
    static final String NEXT_FETCH_AFTER = "nextFetchAfter";

    /** What a fetch rewrites; the registration attributes (url, source, enabled, …) are never touched by a fetch. */
    static final List<String> FETCH_ATTRIBUTES = List.of(ETAG, LAST_MODIFIED, FETCHED_AT, OUTCOME, HTTP_STATUS, DETAIL,
            ITEMS_FOUND, ITEMS_CREATED, ITEMS_KNOWN, ITEMS_REJECTED, CONSECUTIVE_FAILURES, NEXT_FETCH_AFTER);

    private FeedItem() {}

    static Map<String, AttributeValue> toItem(Feed feed) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.feed(feed.id()));
        item.put(TYPE, s("FEED"));
        item.put(ID, s(feed.id()));
        item.put(URL, s(feed.url()));
        item.put(SOURCE, s(feed.source()));
        item.put(LANGUAGE, s(feed.language()));
        item.put(ENABLED, AttributeValue.fromBool(feed.enabled()));
        item.put(CREATED_AT, s(feed.createdAt().toString()));
        item.put(Keys.GSI2_PK, s(Keys.FEEDS_PARTITION));
        item.put(Keys.GSI2_SK, s(feed.createdAt() + "#" + feed.id()));
        fetchAttributes(feed.validators(), feed.status()).forEach((name, value) -> {
            if (value != null) {
                item.put(name, value);
            }
        });
        return item;
    }

    /** Every fetch attribute by name, null for those to remove (an ETag the server no longer sends). */
    static Map<String, AttributeValue> fetchAttributes(Feed.Validators validators, FeedStatus status) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        FETCH_ATTRIBUTES.forEach(name -> values.put(name, null));
        values.put(ETAG, string(validators.etag()));
        values.put(LAST_MODIFIED, string(validators.lastModified()));
        if (status != null) {
            values.put(FETCHED_AT, s(status.fetchedAt().toString()));
            values.put(OUTCOME, s(status.outcome().name()));
            values.put(HTTP_STATUS, number(status.httpStatus()));
            values.put(DETAIL, string(status.detail()));
            values.put(ITEMS_FOUND, number(status.itemsFound()));
            values.put(ITEMS_CREATED, number(status.itemsCreated()));
            values.put(ITEMS_KNOWN, number(status.itemsKnown()));
            values.put(ITEMS_REJECTED, number(status.itemsRejected()));
            values.put(CONSECUTIVE_FAILURES, number(status.consecutiveFailures()));
            values.put(NEXT_FETCH_AFTER, status.nextFetchAfter() == null ? null : s(status.nextFetchAfter().toString()));
        }
        return values;
    }

    static Feed fromItem(Map<String, AttributeValue> item) {
        FeedStatus status = item.containsKey(FETCHED_AT) ? new FeedStatus(
                Instant.parse(str(item, FETCHED_AT)), FeedStatus.Outcome.valueOf(str(item, OUTCOME)),
                integer(item, HTTP_STATUS), str(item, DETAIL), integer(item, ITEMS_FOUND), integer(item, ITEMS_CREATED),
                integer(item, ITEMS_KNOWN), integer(item, ITEMS_REJECTED), integer(item, CONSECUTIVE_FAILURES),
                item.containsKey(NEXT_FETCH_AFTER) ? Instant.parse(str(item, NEXT_FETCH_AFTER)) : null)
                : null;
        return new Feed(str(item, ID), str(item, URL), str(item, SOURCE), str(item, LANGUAGE),
                item.get(ENABLED).bool(), Instant.parse(str(item, CREATED_AT)),
                new Feed.Validators(str(item, ETAG), str(item, LAST_MODIFIED)), status);
    }

    private static AttributeValue string(String value) {
        return value == null ? null : s(value);
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    private static int integer(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
