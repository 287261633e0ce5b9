package org.pressfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.http.Json;
import org.pressfacts.store.NewsQueries;
import org.pressfacts.store.NewsTable;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;
import org.pressfacts.tagging.pipeline.TaggingService;
import org.pressfacts.testing.TestTable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query route on a dynalite table holding tagged fixture articles (written for these tests), through the real
 * API Gateway event of events/list-facts.json. Each response is checked against openapi.yaml, and the DynamoDB
 * client refuses Scans.
 */
class QueryRoutesTest {

    private static final ScanGuard GUARD = new ScanGuard();
    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final Map<String, String> ARTICLE_IDS = new LinkedHashMap<>();
    private static QueryHandler handler;

    @BeforeAll
    static void storeAndTagFixtures() {
        TestTable table = TestTable.create();
        NewsTable news = new NewsTable(GUARD.wrap(table.client()), table.name());
        ArticleService articles = new ArticleService(news, new ArticleCleaner(), Clock.systemUTC());
        TaggingService tagging = new TaggingService(news, Tagger.shared());
        fixture(articles, tagging, "bishkek", "wire-a", "2023-10-12",
                "Russian President Vladimir Putin arrived in Bishkek on Thursday for a two-day visit to Kyrgyzstan,"
                        + " where he met his counterpart Sadyr Japarov.");
        fixture(articles, tagging, "summit", "wire-b", "2023-10-12",
                "Vladimir Putin will take part in a summit of CIS leaders in Bishkek on Friday, in the presence of"
                        + " Alexander Lukashenko and Kassym-Jomart Tokayev.");
        fixture(articles, tagging, "berlin", "wire-a", "2023-10-02",
                "The leaders of the Central Asian states committed at the end of September in Berlin to make"
                        + " additional efforts to prevent Russia from circumventing sanctions.");
        fixture(articles, tagging, "beijing", "wire-b", "2023-10-17",
                "Kazakh President Kassym-Jomart Tokayev arrived in Beijing on Tuesday for a state visit to China,"
                        + " where he met Xi Jinping.");
        fixture(articles, tagging, "brics", "wire-c", "2023-10-12",
                "Mr. Putin has since been careful to avoid trips abroad, skipping the BRICS summit in South Africa"
                        + " in August.");
        handler = new QueryHandler(QueryServices.of(news, new NewsQueries(GUARD.wrap(table.client()), table.name()),
                KnowledgeBaseLoader.shared(), new Cursors("query-routes-test-secret")));
    }

    private static void fixture(ArticleService articles, TaggingService tagging, String slug, String source,
                                String date, String text) {
        var draft = ArticleDraft.from(Json.MAPPER.createObjectNode().put("url", "https://wire.example/" + slug)
                .put("text", text).put("publishedAt", date).put("source", source), Clock.systemUTC());
        var article = articles.submit(draft).article();
        tagging.tagRevision(article.id(), article.revision());
        ARTICLE_IDS.put(slug, article.id());
    }

    @ParameterizedTest
    @Event(value = "list-facts.json", type = APIGatewayProxyRequestEvent.class)
    void answersTheTripsAbroadOfAPersonSinceADate(APIGatewayProxyRequestEvent event) {
        JsonNode page = ok(event);
        List<String> destinations = new ArrayList<>();
        for (JsonNode fact : page.get("facts")) {
            assertEquals("VISIT", fact.get("type").asText());
            assertEquals("person:vladimir-putin", fact.get("traveler").get("id").asText());
            assertTrue(fact.get("date").get("start").asText().compareTo("2023-10-01") >= 0, fact.toString());
            assertFalse(fact.has("sources"), "listings leave the sources to GET /facts/{id}");
            destinations.add(fact.get("destination").get("id").asText());
        }
        assertEquals(List.of("country:kg"), destinations);
    }

    @Test
    void answersWhoSkippedASummitAndWhichCountriesCommittedOnSanctions() {
        JsonNode skipped = ok(facts(Map.of("type", "SUMMIT", "entity", "org:brics")));
        assertEquals("person:vladimir-putin", skipped.get("facts").get(0).get("absentees").get(0).get("id").asText());

        JsonNode commitments = ok(facts(Map.of("type", "SANCTIONS_COMMITMENT", "entity", "country:ru",
                "role", "TARGET")));
        Set<String> parties = new HashSet<>();
        commitments.get("facts").get(0).get("parties").forEach(p -> parties.add(p.get("iso2").asText()));
        assertEquals(Set.of("KZ", "KG", "TJ", "TM", "UZ"), parties);
        assertEquals("PREVENT_CIRCUMVENTION", commitments.get("facts").get(0).get("action").asText());
    }

    @Test
    void countryFilterListsTheFactsNamingThatCountry() {
        JsonNode page = ok(facts(Map.of("country", "CN")));
        assertFalse(page.get("facts").isEmpty());
        for (JsonNode fact : page.get("facts")) {
            assertTrue(fact.toString().contains("\"country:cn\""), fact.toString());
        }
    }

    @Test
    void pagesOfOneAddUpToTheWholeListingNewestFirstWithoutRepeats() {
        for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("type", "SUMMIT"),
                Map.of("entity", "person:vladimir-putin"), Map.of("status", "OCCURRED"))) {
            List<String> whole = ids(ok(facts(filters)).get("facts"));
            assertTrue(whole.size() >= 2, filters + " lists " + whole);
            List<String> paged = new ArrayList<>();
            List<String> starts = new ArrayList<>();
            String cursor = null;
            do {
                Map<String, String> query = new HashMap<>(filters);
                query.put("limit", "1");
                if (cursor != null) {
                    query.put("cursor", cursor);
                }
                JsonNode page = ok(facts(query));
                page.get("facts").forEach(f -> starts.add(f.get("date").get("start").asText()));
                paged.addAll(ids(page.get("facts")));
                cursor = page.path("nextCursor").asText(null);
            } while (cursor != null);
            assertEquals(whole, paged, filters.toString());
            List<String> sorted = new ArrayList<>(starts);
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, starts, "newest first for " + filters);
        }
    }

    @Test
    void showsOneFactWithEverySourceAndItsEvidence() {
        String id = ok(facts(Map.of("entity", "org:brics"))).get("facts").get(0).get("id").asText();
        JsonNode fact = ok(event("/facts/{id}", Map.of("id", id), Map.of()));
        assertEquals(id, fact.get("id").asText());
        JsonNode source = fact.get("sources").get(0);
        assertEquals(ARTICLE_IDS.get("brics"), source.get("articleId").asText());
        assertTrue(source.get("evidence").get("sentence").asText().contains("BRICS"));
        assertEquals(404, call(event("/facts/{id}", Map.of("id", "0000000000"), Map.of())).getStatusCode());
    }

    @ParameterizedTest
    @CsvSource({"tokaiev, person:kassym-jomart-tokayev", "Mirzioïev, person:shavkat-mirziyoyev",
            "Chavkat Mirzioyev, person:shavkat-mirziyoyev", "Lukashenka, person:alexander-lukashenko",
            "kyrgyzstan, country:kg", "Kirghizstan, country:kg", "Vladimir Poutine, person:vladimir-putin",
            "Pashinian, person:nikol-pashinyan"})
    void findsAnEntityByAnySpellingTransliterationOrTypo(String q, String expected) {
        JsonNode found = ok(event("/entities", null, Map.of("q", q)));
        assertEquals(expected, found.get("entities").get(0).get("id").asText(), found.toString());
    }

    @Test
    void profilesAnEntityWithOfficesAndCounts() {
        JsonNode putin = ok(event("/entities/{id}", Map.of("id", "person:vladimir-putin"), Map.of()));
        assertTrue(putin.get("aliases").size() > 0);
        boolean president = false;
        for (JsonNode office : putin.get("offices")) {
            president |= office.get("role").asText().equals("HEAD_OF_STATE") && office.get("scope").asText().equals("RU");
        }
        assertTrue(president, putin.get("offices").toString());
        assertEquals(3, putin.get("mentionCount").asLong(), "three fixture articles name Putin");
        assertEquals(ok(facts(Map.of("entity", "person:vladimir-putin"))).get("facts").size(),
                putin.get("factCount").asLong());
        assertEquals(404, call(event("/entities/{id}", Map.of("id", "person:nobody-at-all"), Map.of())).getStatusCode());
    }

    @Test
    void timelineListsVisitsSummitsAndCommitmentsInDateOrderWithThePartPlayed() {
        JsonNode timeline = ok(event("/entities/{id}/timeline", Map.of("id", "person:vladimir-putin"), Map.of()));
        List<String> dates = new ArrayList<>();
        Set<String> roles = new HashSet<>();
        for (JsonNode entry : timeline.get("entries")) {
            dates.add(entry.get("date").asText());
            roles.add(entry.get("role").asText());
        }
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates);
        assertTrue(roles.containsAll(Set.of("TRAVELER", "PARTICIPANT", "ABSENTEE")), roles.toString());
        JsonNode october = ok(event("/entities/{id}/timeline", Map.of("id", "person:vladimir-putin"),
                Map.of("from", "2023-10-01", "to", "2023-10-31")));
        assertEquals(dates.stream().filter(d -> d.startsWith("2023-10")).count(), october.get("entries").size());
    }

    @Test
    void listsArticlesByEntitySourceAndDateNewestFirst() {
        List<String> putin = articleIds(ok(event("/entities/{id}/articles", Map.of("id", "person:vladimir-putin"),
                Map.of())));
        assertEquals(Set.of(ARTICLE_IDS.get("bishkek"), ARTICLE_IDS.get("summit"), ARTICLE_IDS.get("brics")),
                Set.copyOf(putin));
        assertEquals(putin, articleIds(ok(event("/articles", null, Map.of("entity", "person:vladimir-putin")))));
        assertEquals(List.of(ARTICLE_IDS.get("bishkek")), articleIds(ok(event("/articles", null,
                Map.of("entity", "person:vladimir-putin", "source", "wire-a")))));
        assertEquals(List.of(ARTICLE_IDS.get("bishkek"), ARTICLE_IDS.get("berlin")),
                articleIds(ok(event("/articles", null, Map.of("source", "wire-a")))));
        JsonNode all = ok(event("/articles", null, Map.of("from", "2023-10-12", "to", "2023-10-17")));
        List<String> dates = new ArrayList<>();
        all.get("articles").forEach(a -> dates.add(a.get("publishedDate").asText()));
        assertEquals(List.of("2023-10-17", "2023-10-12", "2023-10-12", "2023-10-12"), dates);
        JsonNode second = ok(event("/articles", null, Map.of("limit", "2")));
        assertNotNull(second.get("nextCursor"));
        JsonNode rest = ok(event("/articles", null, Map.of("limit", "100", "cursor", second.get("nextCursor").asText())));
        assertEquals(ARTICLE_IDS.size(), second.get("articles").size() + rest.get("articles").size());
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentETag() {
        APIGatewayProxyRequestEvent first = facts(Map.of("type", "VISIT"));
        APIGatewayProxyResponseEvent response = call(first);
        String etag = response.getHeaders().get("ETag");
        assertTrue(response.getHeaders().get("Cache-Control").contains("max-age"));
        APIGatewayProxyRequestEvent again = facts(Map.of("type", "VISIT"));
        again.getHeaders().put("If-None-Match", etag);
        APIGatewayProxyResponseEvent notModified = call(again);
        assertEquals(304, notModified.getStatusCode());
        assertEquals(etag, notModified.getHeaders().get("ETag"));
        APIGatewayProxyRequestEvent other = facts(Map.of("type", "SUMMIT"));
        other.getHeaders().put("If-None-Match", etag);
        assertEquals(200, call(other).getStatusCode());
        APIGatewayProxyResponseEvent yaml = call(event("/openapi.yaml", null, Map.of()));
        assertEquals("application/yaml", yaml.getHeaders().get("Content-Type"));
        assertTrue(yaml.getBody().startsWith("openapi: 3"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/facts|colour=red|?colour", "/facts|from=2023-13-01|?from", "/facts|from=yesterday|?from",
            "/facts|from=2023-10-02&to=2023-10-01|?from", "/facts|limit=0|?limit", "/facts|limit=101|?limit",
            "/facts|limit=ten|?limit", "/facts|type=TRIP|?type", "/facts|status=done|?status",
            "/facts|role=TARGET|?role", "/facts|entity=person:nobody-at-all|?entity", "/facts|entity=Putin|?entity",
            "/facts|country=XX|?country", "/facts|country=kz|?country", "/facts|cursor=abc|?cursor",
            "/facts|cursor=eyJ4IjoxfQ.AAAAAAAAAAAAAAAAAAAAAA|?cursor", "/entities|type=PERSON|?q",
            "/entities|q=putin&limit=500|?limit", "/articles|to=2023-02-30|?to", "/articles|entity=|?entity"})
    void rejectsABadParameterNamingIt(String resource, String query, String named) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv[1]);
        }
        APIGatewayProxyResponseEvent response = call(event(resource, null, parameters));
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        JsonNode problem = read(response.getBody());
        assertEquals(named, problem.get("errors").get(0).get("pointer").asText(), problem.toString());
    }

    @Test
    void refusesACursorOfAnotherQueryOrWithAChangedByte() {
        String cursor = ok(facts(Map.of("type", "SUMMIT", "limit", "1"))).get("nextCursor").asText();
        assertEquals(400, call(facts(Map.of("type", "VISIT", "limit", "1", "cursor", cursor))).getStatusCode());
        char last = cursor.charAt(0);
        String forged = (last == 'A' ? 'B' : 'A') + cursor.substring(1);
        assertEquals(400, call(facts(Map.of("type", "SUMMIT", "cursor", forged))).getStatusCode());
        String timeline = ok(event("/entities/{id}/timeline", Map.of("id", "person:vladimir-putin"),
                Map.of("limit", "1"))).get("nextCursor").asText();
        assertEquals(400, call(event("/entities/{id}/timeline", Map.of("id", "person:kassym-jomart-tokayev"),
                Map.of("limit", "1", "cursor", timeline))).getStatusCode());
        APIGatewayProxyRequestEvent repeated = facts(Map.of("type", "SUMMIT"));
        repeated.setMultiValueQueryStringParameters(Map.of("type", List.of("SUMMIT", "VISIT")));
        assertEquals(400, call(repeated).getStatusCode());
    }

    @Test
    void readsOnlyByKeyOrIndexAndTheGuardWouldCatchAScan() {
        ok(facts(Map.of()));
        ok(event("/entities/{id}", Map.of("id", "person:vladimir-putin"), Map.of()));
        assertFalse(GUARD.calls().isEmpty());
        Set<String> used = new HashSet<>(GUARD.calls());
        used.removeAll(Set.of("putItem", "deleteItem", "batchWriteItem", "updateItem"));  // the fixtures' writes
        assertTrue(ScanGuard.READS_BY_KEY.containsAll(used), used.toString());
        var client = GUARD.wrap(TestTable.create().client());
        assertThrows(AssertionError.class, () -> client.scan(b -> b.tableName("any")));
    }

    // ---- helpers ----

    private static APIGatewayProxyRequestEvent facts(Map<String, String> query) {
        return event("/facts", null, query);
    }

    private static APIGatewayProxyRequestEvent event(String resource, Map<String, String> pathParameters,
                                                     Map<String, String> query) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("list-facts.json");
        String path = resource;
        if (pathParameters != null) {
            for (var e : pathParameters.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
        }
        event.setResource(resource);
        event.setPath(path);
        event.setPathParameters(pathParameters);
        event.setQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query));
        Map<String, List<String>> multi = new HashMap<>();
        query.forEach((k, v) -> multi.put(k, List.of(v)));
        event.setMultiValueQueryStringParameters(query.isEmpty() ? null : multi);
        event.setHeaders(new HashMap<>(event.getHeaders()));
        return event;
    }

    private static APIGatewayProxyResponseEvent call(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        CONTRACT.check(event, response);
        assertNotNull(response.getHeaders().get(QueryHandler.READ_UNITS_HEADER));
        return response;
    }

    private static JsonNode ok(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = call(event);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertNotNull(response.getHeaders().get("ETag"));
        return read(response.getBody());
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static List<String> ids(JsonNode facts) {
        List<String> ids = new ArrayList<>();
        facts.forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private static List<String> articleIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }
}
