package org.pressfacts.bench;

import org.pressfacts.article.ArticleCleaner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The benchmark's input: a 5 KB wire story written for it (summits, visits, sanctions, 99 linked entities). */
final class BenchArticle {

    static final String RESOURCE = "/bench/summit-week.txt";
    /** The dateline's date: every relative date in the story resolves against it. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 10);

    private BenchArticle() {}

    /** The story as the tagger sees it in production: cleaned by the same cleaner as a submission. */
    static String newsText() {
        try (InputStream in = BenchArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ArticleCleaner().clean(raw, null, null).newsText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
