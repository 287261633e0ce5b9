package org.pressfacts.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressfacts.http.Json;
import org.pressfacts.http.ProblemException;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Submission against a real dynalite table created from template.yaml. */
class ArticleServiceIT {

    private TestTable table;
    private ArticleService service;

    @BeforeEach
    void freshTable() {
        table = TestTable.create();
        service = new ArticleService(table.newsTable(), new ArticleCleaner(), Clock.systemUTC());
    }

    private static ArticleDraft draft(String url, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode()
                .put("url", url).put("text", text).put("publishedAt", "2023-10-12").put("source", "Fixture Wire");
        return ArticleDraft.from(body, Clock.systemUTC());
    }

    @Test
    void storesANewArticleOnceAndAnswersUnchangedForTheSameContent() {
        var first = service.submit(draft("https://wire.example/a/1", "The ministers met on Tuesday."));
        var again = service.submit(draft("https://WIRE.example/a/1/?utm_source=feed", "The ministers met on Tuesday."));
        assertEquals(ArticleService.Outcome.CREATED, first.outcome());
        assertEquals(ArticleService.Outcome.UNCHANGED, again.outcome());
        assertEquals(first.article().id(), again.article().id());
        assertEquals(1, again.article().revision());
    }

    @Test
    void changedContentAtTheSameUrlBecomesTheNextRevisionAndGoesBackToPending() {
        service.submit(draft("https://wire.example/a/2", "The ministers met on Tuesday."));
        var revised = service.submit(draft("https://wire.example/a/2", "The ministers met on Tuesday and Wednesday."));
        assertEquals(ArticleService.Outcome.REVISED, revised.outcome());
        assertEquals(2, revised.article().revision());
        Article stored = service.get(revised.article().id());
        assertEquals(2, stored.revision());
        assertEquals(Article.TagStatus.PENDING, stored.tagStatus());
        assertEquals("The ministers met on Tuesday and Wednesday.", stored.newsText());
    }

    @Test
    void concurrentDuplicateSubmissionsYieldExactlyOneArticle() throws Exception {
        List<ArticleService.Submission> results = runConcurrently(16,
                () -> service.submit(draft("https://wire.example/a/3", "The summit opened in Lakeport.")));
        long created = results.stream().filter(r -> r.outcome() == ArticleService.Outcome.CREATED).count();
        assertEquals(1, created);
        assertEquals(1, service.get(results.getFirst().article().id()).revision());
    }

    @Test
    void concurrentDifferentRevisionsAreNumberedWithoutGapsOrLosses() throws Exception {
        service.submit(draft("https://wire.example/a/4", "Version zero."));
        List<Integer> counter = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            counter.add(i);
        }
        List<ArticleService.Submission> results = runConcurrently(counter.size(), new Callable<>() {
            private int next;

            @Override
            public synchronized ArticleService.Submission call() {
                return service.submit(draft("https://wire.example/a/4", "Version " + (++next) + "."));
            }
        });
        var revisions = results.stream().map(r -> r.article().revision()).sorted().toList();
        assertEquals(List.of(2, 3, 4, 5, 6, 7), revisions);
        assertEquals(7, service.get(results.getFirst().article().id()).revision());
    }

    @Test
    void anUnknownIdIsA404Problem() {
        ProblemException e = assertThrows(ProblemException.class, () -> service.get("00000000000000000000"));
        assertEquals(404, e.problem().status());
    }

    private static <T> List<T> runConcurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
