package org.pressfacts.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.article.Article;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.tagging.ArticleEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.Span;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.TaggingResult;
import org.pressfacts.testing.TestTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mention storage and the TAGGED flip against a real dynalite table created from template.yaml. */
class NewsTableTaggingIT {

    private static final Instant NOW = Instant.parse("2023-10-12T09:00:00Z");
    private static final String KB = "2026.11.1";

    private TestTable testTable;
    private NewsTable table;
    private ArticleService articles;

    @BeforeEach
    void freshTable() {
        testTable = TestTable.create();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        table = new NewsTable(testTable.client(), testTable.name(), clock);
        articles = new ArticleService(table, new ArticleCleaner(), clock);
    }

    @Test
    void replayingTheSameRevisionLeavesExactlyTheSameItems() {
        Article article = submit("https://wire.example/t/1", "2023-10-12", "Macron met Scholz in Paris.");
        TaggingResult result = result(entity("person:emmanuel-macron", 0, "Macron"), entity("person:olaf-scholz", 11, "Scholz"));

        assertEquals(NewsTable.SaveOutcome.SAVED, table.saveTagging(article, result));
        var first = allItems();
        assertEquals(NewsTable.SaveOutcome.SAVED, table.saveTagging(article, result));

        assertEquals(first, allItems());
        assertEquals(3, first.size(), "META and one mention item per entity: " + first);
    }

    @Test
    void taggingFlipsTheArticleToTaggedAndRecordsWhatTaggedIt() {
        Article article = submit("https://wire.example/t/2", "2023-10-12", "Macron spoke.");
        table.saveTagging(article, result(entity("person:emmanuel-macron", 0, "Macron")));

        Map<String, AttributeValue> meta = item(Keys.article(article.id()));
        assertEquals("TAGGED", meta.get(ArticleItem.TAG_STATUS).s());
        assertEquals("1", meta.get(ArticleItem.TAGGED_REVISION).n());
        assertEquals(KB, meta.get(ArticleItem.KB_VERSION).s());
        assertEquals(NOW.toString(), meta.get(ArticleItem.TAGGED_AT).s());
        assertNull(meta.get(Keys.PENDING_PK));
        assertNull(meta.get(Keys.PENDING_SK));
        assertEquals(Article.TagStatus.TAGGED, table.findArticle(article.id()).orElseThrow().tagStatus());
    }

    @Test
    void aMentionItemKeepsEveryFieldOfTheEntity() {
        Article article = submit("https://wire.example/t/3", "2023-10-12", "President Macron spoke in Paris.");
        TaggedEntity macron = new TaggedEntity("person:emmanuel-macron", EntityType.PERSON, "Emmanuel Macron", "FR",
                null, "HEAD_OF_STATE", List.of(new Mention(new Span(0, 16), "President Macron", Mention.Kind.TITLE)));
        TaggedEntity france = new TaggedEntity("country:fr", EntityType.COUNTRY, "France", null, "FR", null,
                List.of(new Mention(new Span(27, 32), "Paris", Mention.Kind.CAPITAL)));
        table.saveTagging(article, result(france, macron));

        List<ArticleEntity> found = table.findMentions(article.id());
        assertEquals(List.of(macron, france), found.stream().map(ArticleEntity::entity).toList(), "reading order");
        assertEquals(article.id(), found.getFirst().articleId());
        assertEquals(1, found.getFirst().revision());
        assertEquals(article.publishedDate(), found.getFirst().publishedDate());
        assertEquals(KB, found.getFirst().kbVersion());
    }

    @Test
    void aNewRevisionRetaggedReplacesTheOldRevisionsMentionItems() {
        Article first = submit("https://wire.example/t/4", "2023-10-12", "Macron met Scholz.");
        table.saveTagging(first, result(entity("person:emmanuel-macron", 0, "Macron"), entity("person:olaf-scholz", 11, "Scholz")));
        Article second = submit("https://wire.example/t/4", "2023-10-12", "Scholz met Meloni.");
        assertEquals(2, second.revision());

        assertEquals(NewsTable.SaveOutcome.SAVED,
                table.saveTagging(second, result(entity("person:olaf-scholz", 0, "Scholz"), entity("person:giorgia-meloni", 11, "Meloni"))));

        var mentionItems = mentionItems(second.id());
        assertEquals(2, mentionItems.size(), mentionItems.toString());
        assertTrue(mentionItems.stream().allMatch(i -> i.get(MentionItem.REVISION).n().equals("2")));
        assertEquals(List.of("person:olaf-scholz", "person:giorgia-meloni"),
                table.findMentions(second.id()).stream().map(e -> e.entity().id()).toList());
        assertTrue(table.findArticlesMentioning("person:emmanuel-macron", 10).isEmpty());
    }

    @Test
    void retaggingTheSameRevisionWithFewerEntitiesDropsTheOnesNoLongerFound() {
        Article article = submit("https://wire.example/t/5", "2023-10-12", "Macron met Scholz.");
        table.saveTagging(article, result(entity("person:emmanuel-macron", 0, "Macron"), entity("person:olaf-scholz", 11, "Scholz")));

        table.saveTagging(article, result(entity("person:emmanuel-macron", 0, "Macron")));

        assertEquals(List.of("person:emmanuel-macron"),
                table.findMentions(article.id()).stream().map(e -> e.entity().id()).toList());
        assertEquals(1, mentionItems(article.id()).size());
    }

    @Test
    void aStaleRevisionWritesNothingAndIsReportedAsStale() {
        Article first = submit("https://wire.example/t/6", "2023-10-12", "Macron met Scholz.");
        submit("https://wire.example/t/6", "2023-10-12", "Scholz met Meloni.");
        var before = allItems();

        assertEquals(NewsTable.SaveOutcome.STALE, table.saveTagging(first, result(entity("person:emmanuel-macron", 0, "Macron"))));

        assertEquals(before, allItems());
        Map<String, AttributeValue> meta = item(Keys.article(first.id()));
        assertEquals("2", meta.get(ArticleItem.REVISION).n());
        assertEquals("PENDING", meta.get(ArticleItem.TAG_STATUS).s());
    }

    @Test
    void anEntitysArticlesComeNewestFirstFromOneQueryOnByEntity() {
        Article older = submit("https://wire.example/t/7", "2023-09-01", "Macron spoke.");
        Article newest = submit("https://wire.example/t/8", "2023-10-12", "Macron spoke again.");
        Article middle = submit("https://wire.example/t/9", "2023-10-01", "Macron spoke once more.");
        Article unrelated = submit("https://wire.example/t/10", "2023-10-13", "Scholz spoke.");
        for (Article a : List.of(older, newest, middle)) {
            table.saveTagging(a, result(entity("person:emmanuel-macron", 0, "Macron")));
        }
        table.saveTagging(unrelated, result(entity("person:olaf-scholz", 0, "Scholz")));

        List<ArticleEntity> found = table.findArticlesMentioning("person:emmanuel-macron", 10);

        assertEquals(List.of(newest.id(), middle.id(), older.id()), found.stream().map(ArticleEntity::articleId).toList());
        assertEquals(List.of(newest.id(), middle.id()),
                table.findArticlesMentioning("person:emmanuel-macron", 2).stream().map(ArticleEntity::articleId).toList());
    }

    @Test
    void thePendingIndexListsOnlyArticlesWaitingLongerThanAskedAndEmptiesOnceTagged() {
        Article article = submit("https://wire.example/t/11", "2023-10-12", "Macron spoke.");
        Article other = submit("https://wire.example/t/12", "2023-10-12", "Scholz spoke.");

        assertTrue(table.pendingRevisions(NOW.minus(5, ChronoUnit.MINUTES), 10).isEmpty(), "just submitted");
        var pending = table.pendingRevisions(NOW.plus(6, ChronoUnit.MINUTES), 10);
        assertEquals(List.of(article.id(), other.id()).stream().sorted().toList(),
                pending.stream().map(NewsTable.PendingArticle::articleId).sorted().toList());
        assertEquals(NOW, pending.getFirst().pendingSince());
        assertEquals(1, table.pendingRevisions(NOW.plus(6, ChronoUnit.MINUTES), 1).size(), "bounded by the limit");

        table.saveTagging(article, result(entity("person:emmanuel-macron", 0, "Macron")));
        table.saveTagging(other, result());

        assertTrue(table.pendingRevisions(NOW.plus(6, ChronoUnit.MINUTES), 10).isEmpty());
    }

    @Test
    void moreEntitiesThanOneBatchHoldsAreAllWrittenAndAllReplaced() {
        Article article = submit("https://wire.example/t/13", "2023-10-12", "A long list of people.");
        TaggedEntity[] many = IntStream.range(0, 60)
                .mapToObj(i -> entity("person:someone-" + i, i, "P")).toArray(TaggedEntity[]::new);
        table.saveTagging(article, result(many));
        assertEquals(60, mentionItems(article.id()).size());

        Article revised = submit("https://wire.example/t/13", "2023-10-12", "A shorter list.");
        table.saveTagging(revised, result(entity("person:someone-1", 0, "P")));

        assertEquals(1, mentionItems(article.id()).size());
    }

    private Article submit(String url, String publishedAt, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("url", url).put("text", text).put("publishedAt", publishedAt).put("source", "Fixture Wire");
        return articles.submit(ArticleDraft.from(body, Clock.fixed(NOW, ZoneOffset.UTC))).article();
    }

    private static TaggedEntity entity(String id, int start, String text) {
        return new TaggedEntity(id, EntityType.PERSON, text, "FR", null, null,
                List.of(new Mention(new Span(start, start + text.length()), text, Mention.Kind.SURNAME)));
    }

    private static TaggingResult result(TaggedEntity... entities) {
        return new TaggingResult(KB, List.of(entities), List.of(), List.of());
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return testTable.client().getItem(b -> b.tableName(testTable.name()).key(key).consistentRead(true)).item();
    }

    private List<Map<String, AttributeValue>> mentionItems(String articleId) {
        return allItems().stream()
                .filter(i -> i.get(Keys.PK).s().equals(Keys.articlePartition(articleId)))
                .filter(i -> i.get(Keys.SK).s().startsWith(Keys.MENTION_PREFIX))
                .toList();
    }

    private List<Map<String, AttributeValue>> allItems() {
        return testTable.client().scan(b -> b.tableName(testTable.name()).consistentRead(true)).items().stream()
                .sorted(Comparator.comparing((Map<String, AttributeValue> i) -> i.get(Keys.PK).s())
                        .thenComparing(i -> i.get(Keys.SK).s()))
                .toList();
    }
}
