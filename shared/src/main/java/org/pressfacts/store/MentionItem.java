package org.pressfacts.store;

import org.pressfacts.article.Article;
import org.pressfacts.tagging.ArticleEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.pressfacts.store.Keys.s;

/**
 * Maps one entity of one tagged article revision to and from its item; attribute names live here and nowhere else.
 * The item is indexed on ByEntity (GSI1PK = ENTITY#id, GSI1SK = publishedDate#ARTICLE#id): an entity's articles,
 * newest first, are one Query.
 */
final class MentionItem {

    static final String TYPE_VALUE = "MENTION";
    static final String ARTICLE_ID = "articleId";
    static final String REVISION = "revision";
    static final String ENTITY_ID = "entityId";
    static final String ENTITY_TYPE = "entityType";
    static final String NAME = "name";
    static final String COUNTRY = "country";
    static final String ISO2 = "iso2";
    static final String ROLE = "role";
    static final String MENTIONS = "mentions";
    static final String KB_VERSION = "kbVersion";
    static final String PUBLISHED_DATE = "publishedDate";
    /** Fields of each element of {@link #MENTIONS}. */
    static final String START = "start";
    static final String END = "end";
    static final String TEXT = "text";
    static final String KIND = "kind";

    private MentionItem() {}

    static Map<String, AttributeValue> toItem(Article article, String kbVersion, TaggedEntity entity) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.mention(article.id(), article.revision(), entity.id()));
        item.put(ArticleItem.TYPE, s(TYPE_VALUE));
        item.put(Keys.GSI1_PK, s(Keys.entityPartition(entity.id())));
        item.put(Keys.GSI1_SK, s(Keys.entityArticleSortKey(article.publishedDate(), article.id())));
        item.put(ARTICLE_ID, s(article.id()));
        item.put(REVISION, AttributeValue.fromN(Integer.toString(article.revision())));
        item.put(ENTITY_ID, s(entity.id()));
        item.put(ENTITY_TYPE, s(entity.type().name()));
        item.put(NAME, s(entity.name()));
        Keys.putIfPresent(item, COUNTRY, entity.country());
        Keys.putIfPresent(item, ISO2, entity.iso2());
        Keys.putIfPresent(item, ROLE, entity.role());
        item.put(MENTIONS, AttributeValue.fromL(entity.mentions().stream().map(MentionItem::mention).toList()));
        item.put(KB_VERSION, s(kbVersion));
        item.put(PUBLISHED_DATE, s(article.publishedDate().toString()));
        return item;
    }

    static ArticleEntity fromItem(Map<String, AttributeValue> item) {
        List<Mention> mentions = item.get(MENTIONS).l().stream().map(v -> mention(v.m())).toList();
        TaggedEntity entity = new TaggedEntity(Keys.string(item, ENTITY_ID), EntityType.valueOf(Keys.string(item, ENTITY_TYPE)),
                Keys.string(item, NAME), Keys.string(item, COUNTRY), Keys.string(item, ISO2), Keys.string(item, ROLE), mentions);
        return new ArticleEntity(Keys.string(item, ARTICLE_ID), revision(item), LocalDate.parse(Keys.string(item, PUBLISHED_DATE)),
                Keys.string(item, KB_VERSION), entity);
    }

    static int revision(Map<String, AttributeValue> item) {
        return Integer.parseInt(item.get(REVISION).n());
    }

    private static AttributeValue mention(Mention m) {
        return AttributeValue.fromM(Map.of(
                START, AttributeValue.fromN(Integer.toString(m.span().start())),
                END, AttributeValue.fromN(Integer.toString(m.span().end())),
                TEXT, s(m.text()),
                KIND, s(m.kind().name())));
    }

    private static Mention mention(Map<String, AttributeValue> m) {
        return new Mention(new Span(Integer.parseInt(m.get(START).n()), Integer.parseInt(m.get(END).n())),
                m.get(TEXT).s(), Mention.Kind.valueOf(m.get(KIND).s()));
    }
}
