package org.pressfacts.store;

import org.pressfacts.feed.Feed;
import org.pressfacts.feed.FeedStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The feed registry: one item per feed ({@code FEED#id}/META), all listed under one ByKindDate partition. */
public final class FeedTable {

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final Function<QueryRequest, List<Map<String, AttributeValue>>> queryAll;

    FeedTable(DynamoDbClient dynamo, String tableName,
              Function<QueryRequest, List<Map<String, AttributeValue>>> queryAll) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        this.queryAll = queryAll;
    }

    /** @return false when a feed with this id (the same canonical URL) is already registered */
    public boolean createFeed(Feed feed) {
        return NewsTable.putIfAbsent(dynamo, tableName, FeedItem.toItem(feed));
    }

    public Optional<Feed> findFeed(String id) {
        Map<String, AttributeValue> item = NewsTable.call(() -> dynamo.getItem(GetItemRequest.builder()
                .tableName(tableName).key(Keys.feed(id)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(FeedItem.fromItem(item));
    }

    /** Every registered feed, oldest registration first (eventually consistent: a GSI). */
    public List<Feed> listFeeds() {
        return queryAll.apply(QueryRequest.builder().tableName(tableName)
                        .indexName(Keys.INDEX_BY_KIND_DATE)
                        .keyConditionExpression("#pk = :feeds")
                        .expressionAttributeNames(Map.of("#pk", Keys.GSI2_PK))
                        .expressionAttributeValues(Map.of(":feeds", Keys.s(Keys.FEEDS_PARTITION)))
                        .build())
                .stream().map(FeedItem::fromItem).toList();
    }

    /** @return false when there was no such feed */
    public boolean deleteFeed(String id) {
        try {
            NewsTable.call(() -> dynamo.deleteItem(DeleteItemRequest.builder().tableName(tableName)
                    .key(Keys.feed(id))
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Records a fetch: validators and status, and nothing else, so that a concurrent change of the registration is
     * kept. A feed deleted during the run stays deleted.
     *
     * @return false when the feed was deleted meanwhile
     */
    public boolean saveFetch(String id, Feed.Validators validators, FeedStatus status) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK));
        Map<String, AttributeValue> values = new HashMap<>();
        FeedItem.fetchAttributes(validators, status).forEach((name, value) -> {
            String placeholder = "#" + name;
            names.put(placeholder, name);
            if (value == null) {
                remove.add(placeholder);
            } else {
                values.put(":" + name, value);
                set.add(placeholder + " = :" + name);
            }
        });
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set))
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        try {
            NewsTable.call(() -> dynamo.updateItem(UpdateItemRequest.builder().tableName(tableName)
                    .key(Keys.feed(id))
                    .updateExpression(update.strip())
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
