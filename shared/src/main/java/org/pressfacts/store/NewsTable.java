package org.pressfacts.store;

import org.pressfacts.article.Article;
import org.pressfacts.config.Settings;
import org.pressfacts.http.Problems;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The news table: every read and write of articles, mentions and facts. Writes that must not race are
 * conditional puts (no transactions: dynalite has none, and none are needed for these invariants).
 */
public final class NewsTable {

    /** What a client is told to wait after DynamoDB stayed unavailable through the SDK's retries. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final DynamoDbClient dynamo;
    private final String tableName;

    public NewsTable(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
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

    public Optional<Article> findArticle(String id) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder()
                .tableName(tableName).key(Keys.article(id)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ArticleItem.fromItem(item));
    }

    /** @return false when an article with this id already exists (another writer got there first) */
    public boolean createArticle(Article article) {
        try {
            call(() -> dynamo.putItem(PutItemRequest.builder().tableName(tableName)
                    .item(ArticleItem.toItem(article))
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

    /** Runs one DynamoDB call; unreachable or still throttled after the SDK's retries becomes a 503 problem. */
    private static <T> T call(Supplier<T> request) {
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
