package org.pressfacts.local.eval;

import org.pressfacts.article.ArticleCleaner;
import org.pressfacts.article.CleanedText;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.TaggingResult;

import java.time.LocalDate;

/** Cleans a raw article exactly as submission does, then tags its news text: offsets point into that text. */
final class RawArticleTagger {

    /** What tags news text; {@link Tagger#tag} in production, a stand-in in tests. */
    @FunctionalInterface
    interface NewsTagger {
        TaggingResult tag(String newsText, LocalDate published);
    }

    record Tagged(String newsText, String title, TaggingResult result) {}

    private final ArticleCleaner cleaner;
    private final NewsTagger tagger;

    RawArticleTagger(ArticleCleaner cleaner, NewsTagger tagger) {
        this.cleaner = cleaner;
        this.tagger = tagger;
    }

    static RawArticleTagger shared() {
        return new RawArticleTagger(new ArticleCleaner(), Tagger.shared()::tag);
    }

    Tagged tag(String rawText, String title, LocalDate published) {
        // corpus files carry no byline field: like a client that sends none, cleaning finds it in the text
        CleanedText cleaned = cleaner.clean(rawText, title, null);
        return new Tagged(cleaned.newsText(), cleaned.title(), tagger.tag(cleaned.newsText(), published));
    }
}
