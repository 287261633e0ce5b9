package org.pressfacts.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.tagging.Mention;
import org.pressfacts.tagging.TaggedEntity;

import java.util.List;
import java.util.Locale;

/**
 * The JSON an API client sees for an article; {@code outcome} only on submission responses, {@code entities} and
 * {@code facts} only on reads (empty while the revision is PENDING).
 */
public record ArticleView(String id, String url, int revision, String outcome, String title, String source,
                          String language, String byline, String externalId, String publishedAt, String tagStatus,
                          String newsText, List<String> credits, String createdAt, String updatedAt,
                          List<EntityView> entities, List<JsonNode> facts) {

    /** An entity of the article; {@code country} is a person's or place's country, {@code iso2} a country's own. */
    public record EntityView(String id, String type, String name, String country, String iso2, String role,
                             List<MentionView> mentions) {

        static EntityView of(TaggedEntity e) {
            return new EntityView(e.id(), e.type().name(), e.name(), e.country(), e.iso2(), e.role(),
                    e.mentions().stream().map(MentionView::of).toList());
        }
    }

    /** One mention: [start, end) offsets into {@code newsText}. */
    public record MentionView(int start, int end, String text, String kind) {

        static MentionView of(Mention m) {
            return new MentionView(m.span().start(), m.span().end(), m.text(), m.kind().name());
        }
    }

    public static ArticleView of(ArticleService.Submission submission) {
        return of(submission.article(), submission.outcome().name().toLowerCase(Locale.ROOT), null, null);
    }

    public static ArticleView of(Article a) {
        return of(a, List.of(), List.of());
    }

    public static ArticleView of(Article a, List<TaggedEntity> entities, List<JsonNode> facts) {
        return of(a, null, entities.stream().map(EntityView::of).toList(), facts);
    }

    private static ArticleView of(Article a, String outcome, List<EntityView> entities, List<JsonNode> facts) {
        return new ArticleView(a.id(), a.url(), a.revision(), outcome, a.title(), a.source(), a.language(), a.byline(),
                a.externalId(), a.publishedAt(), a.tagStatus().name(), a.newsText(), a.credits(),
                a.createdAt().toString(), a.updatedAt().toString(), entities, facts);
    }
}
