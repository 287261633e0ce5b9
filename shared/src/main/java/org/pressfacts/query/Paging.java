package org.pressfacts.query;

import org.pressfacts.http.QueryParameters;
import org.pressfacts.store.NewsQueries;

import java.util.List;
import java.util.function.Function;

/** Turns a signed cursor into the store's position and the next position into a signed cursor. */
final class Paging {

    /** Items of one page and the cursor of the next, null on the last page. */
    record Result<T>(List<T> items, String nextCursor) {}

    private final Cursors cursors;

    Paging(Cursors cursors) {
        this.cursors = cursors;
    }

    <T> Result<T> page(String route, QueryParameters parameters, Function<String, NewsQueries.Page<T>> read) {
        String scope = route + "?" + parameters.filters();
        String position = parameters.cursor().map(cursor -> cursors.open(scope, cursor)).orElse(null);
        NewsQueries.Page<T> page;
        try {
            page = read.apply(position);
        } catch (IllegalArgumentException doesNotFit) {
            if (position == null) {
                throw doesNotFit;
            }
            // signed by us for this query, yet no longer fits it (its year partitions moved on): start again
            throw Cursors.invalid();
        }
        return new Result<>(page.items(), cursors.sign(scope, page.position()));
    }
}
