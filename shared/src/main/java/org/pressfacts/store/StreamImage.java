package org.pressfacts.store;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import org.pressfacts.article.Article;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the table's stream images (the Lambda event's own AttributeValue type, not the SDK's): the one place that
 * knows which attributes of a streamed article item name the revision to tag.
 */
public final class StreamImage {

    /** An article revision that a stream record announces as waiting for tagging. */
    public record PendingRevision(String articleId, int revision) {}

    private StreamImage() {}

    /**
     * @return the revision when the image is an article's META item in state PENDING; empty for any other item
     * (mentions, facts, frozen revisions, or an article just marked TAGGED)
     * @throws IllegalArgumentException when a pending article image lacks its id or revision
     */
    public static Optional<PendingRevision> pendingRevision(Map<String, AttributeValue> newImage) {
        if (newImage == null || !Keys.META.equals(string(newImage, Keys.SK))
                || !Article.TagStatus.PENDING.name().equals(string(newImage, ArticleItem.TAG_STATUS))) {
            return Optional.empty();
        }
        String id = string(newImage, ArticleItem.ID);
        AttributeValue revision = newImage.get(ArticleItem.REVISION);
        if (id == null || revision == null || revision.getN() == null) {
            throw new IllegalArgumentException("pending article image " + string(newImage, Keys.PK)
                    + " lacks " + (id == null ? ArticleItem.ID : ArticleItem.REVISION));
        }
        try {
            return Optional.of(new PendingRevision(id, Integer.parseInt(revision.getN())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("article " + id + " has revision " + revision.getN()
                    + ", not a whole number", e);
        }
    }

    private static String string(Map<String, AttributeValue> image, String name) {
        AttributeValue value = image.get(name);
        return value == null ? null : value.getS();
    }
}
