package org.pressfacts.query;

import org.pressfacts.article.ArticleService;
import org.pressfacts.store.NewsQueries;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.kb.KnowledgeBase;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;

import java.time.Clock;

/** Everything the read API calls, built once per container over one table. */
public record QueryServices(ArticleService articles, ArticleListing listing, FactService facts,
                            EntityService entities) {

    public static QueryServices fromEnvironment() {
        return of(NewsTable.fromEnvironment(), NewsQueries.fromEnvironment(), KnowledgeBaseLoader.shared(),
                Cursors.fromEnvironment());
    }

    public static QueryServices of(NewsTable table, NewsQueries queries, KnowledgeBase kb, Cursors cursors) {
        EntityIds ids = new EntityIds(kb);
        EntityService entities = new EntityService(kb, queries, cursors);
        return new QueryServices(new ArticleService(table, new org.pressfacts.article.ArticleCleaner(), Clock.systemUTC()),
                new ArticleListing(queries, ids, entities, cursors), new FactService(queries, ids, cursors), entities);
    }
}
