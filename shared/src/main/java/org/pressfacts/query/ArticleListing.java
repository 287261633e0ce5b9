package org.pressfacts.query;

import org.pressfacts.article.ArticleSummary;
import org.pressfacts.http.QueryParameters;
import org.pressfacts.store.NewsQueries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** GET /articles and GET /entities/{id}/articles: article summaries, newest publication date first. */
public final class ArticleListing {

    static final Set<String> FILTERS = Set.of("entity", "source", "from", "to", "limit", "cursor");
    static final Set<String> ENTITY_FILTERS = Set.of("source", "from", "to", "limit", "cursor");
    private static final Pattern SOURCE = Pattern.compile("\\S.{0,199}");

    private final NewsQueries queries;
    private final EntityIds entities;
    private final EntityService entityService;
    private final Paging paging;

    ArticleListing(NewsQueries queries, EntityIds entities, EntityService entityService, Cursors cursors) {
        this.queries = queries;
        this.entities = entities;
        this.entityService = entityService;
        this.paging = new Paging(cursors);
    }

    public record ArticlePage(List<ArticleSummary> articles, String nextCursor) {}

    public ArticlePage list(QueryParameters query) {
        QueryParameters parameters = query.allowOnly(FILTERS);
        Optional<String> entity = parameters.text("entity", EntityIds.FORMAT, EntityIds.EXPECTED).map(entities::known);
        return list("/articles", entity, parameters);
    }

    public ArticlePage mentioning(String entityId, QueryParameters query) {
        QueryParameters parameters = query.allowOnly(ENTITY_FILTERS);
        entityService.requireKnown(entityId);
        return list("/entities/" + entityId + "/articles", Optional.of(entityId), parameters);
    }

    private ArticlePage list(String route, Optional<String> entity, QueryParameters parameters) {
        String source = parameters.text("source", SOURCE, "a source name of 1 to 200 characters").orElse(null);
        Optional<LocalDate> from = parameters.date("from");
        Optional<LocalDate> to = parameters.date("to");
        parameters.checkRange(from, to);
        int limit = parameters.limit(20);
        Paging.Result<ArticleSummary> page = paging.page(route, parameters, position -> entity.isPresent()
                ? queries.articlesMentioning(entity.get(), source, from.orElse(null), to.orElse(null), position, limit)
                : source != null ? queries.articlesFrom(source, from.orElse(null), to.orElse(null), position, limit)
                : queries.articlesPublished(from.orElse(LocalDate.of(NewsQueries.FIRST_YEAR, 1, 1)),
                        to.orElse(EntityIds.lastListedDay()), position, limit));
        return new ArticlePage(page.items(), page.nextCursor());
    }
}
