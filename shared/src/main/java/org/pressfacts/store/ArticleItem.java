package org.pressfacts.store;

import org.pressfacts.article.Article;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.pressfacts.store.Keys.s;

/** Maps an {@link Article} to and from its item; attribute names live here and nowhere else. */
final class ArticleItem {

    static final String TYPE = "type";
    static final String ID = "id";
    static final String URL = "url";
    static final String REVISION = "revision";
    static final String CONTENT_HASH = "contentHash";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String BYLINE = "byline";
    static final String EXTERNAL_ID = "externalId";
    static final String PUBLISHED_AT = "publishedAt";
    static final String PUBLISHED_DATE = "publishedDate";
    static final String RAW_TEXT = "rawText";
    static final String NEWS_TEXT = "newsText";
    static final String CREDITS = "credits";
    static final String TAG_STATUS = "tagStatus";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    /** Set only once tagged (NewsTable.saveTagging); a new revision's PutItem drops them with the rest. */
    static final String TAGGED_REVISION = "taggedRevision";
    static final String KB_VERSION = "kbVersion";
    static final String TAGGED_AT = "taggedAt";

    private ArticleItem() {}

    static Map<String, AttributeValue> toItem(Article a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.article(a.id()));
        item.put(TYPE, s("ARTICLE"));
        put(item, a);
        if (a.tagStatus() == Article.TagStatus.PENDING) {
            item.put(Keys.PENDING_PK, s(Keys.pendingPartition(a.id())));
            item.put(Keys.PENDING_SK, s(a.updatedAt() + "#" + a.id()));
        }
        item.put(Keys.GSI1_PK, s(Keys.articlesByYear(a.publishedDate().getYear())));
        item.put(Keys.GSI1_SK, s(a.publishedDate() + "#" + a.id()));
        if (a.source() != null) {
            item.put(Keys.GSI2_PK, s(Keys.articlesBySource(a.source())));
            item.put(Keys.GSI2_SK, s(a.publishedDate() + "#" + a.id()));
        }
        return item;
    }

    /** The frozen copy of a superseded revision; never indexed. */
    static Map<String, AttributeValue> toRevisionItem(Article a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.articleRevision(a.id(), a.revision()));
        item.put(TYPE, s("ARTICLE_REVISION"));
        put(item, a);
        return item;
    }

    private static void put(Map<String, AttributeValue> item, Article a) {
        item.put(ID, s(a.id()));
        item.put(URL, s(a.url()));
        item.put(REVISION, AttributeValue.fromN(Integer.toString(a.revision())));
        item.put(CONTENT_HASH, s(a.contentHash()));
        Keys.putIfPresent(item, TITLE, a.title());
        Keys.putIfPresent(item, SOURCE, a.source());
        item.put(LANGUAGE, s(a.language()));
        Keys.putIfPresent(item, BYLINE, a.byline());
        Keys.putIfPresent(item, EXTERNAL_ID, a.externalId());
        item.put(PUBLISHED_AT, s(a.publishedAt()));
        item.put(PUBLISHED_DATE, s(a.publishedDate().toString()));
        item.put(RAW_TEXT, s(a.rawText()));
        item.put(NEWS_TEXT, s(a.newsText()));
        if (!a.credits().isEmpty()) {
            item.put(CREDITS, AttributeValue.fromL(a.credits().stream().map(Keys::s).toList()));
        }
        item.put(TAG_STATUS, s(a.tagStatus().name()));
        item.put(CREATED_AT, s(a.createdAt().toString()));
        item.put(UPDATED_AT, s(a.updatedAt().toString()));
    }

    static Article fromItem(Map<String, AttributeValue> item) {
        return new Article(
                Keys.string(item, ID), Keys.string(item, URL), Integer.parseInt(item.get(REVISION).n()), Keys.string(item, CONTENT_HASH),
                Keys.string(item, TITLE), Keys.string(item, SOURCE), Keys.string(item, LANGUAGE), Keys.string(item, BYLINE), Keys.string(item, EXTERNAL_ID),
                Keys.string(item, PUBLISHED_AT), LocalDate.parse(Keys.string(item, PUBLISHED_DATE)), Keys.string(item, RAW_TEXT),
                Keys.string(item, NEWS_TEXT),
                item.containsKey(CREDITS) ? item.get(CREDITS).l().stream().map(AttributeValue::s).toList() : List.of(),
                Article.TagStatus.valueOf(Keys.string(item, TAG_STATUS)),
                Instant.parse(Keys.string(item, CREATED_AT)), Instant.parse(Keys.string(item, UPDATED_AT)));
    }
}
