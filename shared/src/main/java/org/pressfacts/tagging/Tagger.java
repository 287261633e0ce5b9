package org.pressfacts.tagging;

import org.pressfacts.tagging.dates.DateNormalizer;
import org.pressfacts.tagging.dates.TimeExpression;
import org.pressfacts.tagging.facts.FactExtractor;
import org.pressfacts.tagging.kb.KnowledgeBase;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;
import org.pressfacts.tagging.linking.EntityLinker;

import java.time.LocalDate;
import java.util.List;

/** Tags cleaned news text: linked entities, normalised dates and facts. Thread-safe; build once per container. */
public final class Tagger {

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final DateNormalizer dates;
    private final FactExtractor facts;

    public Tagger(KnowledgeBase kb) {
        this.kb = kb;
        this.linker = new EntityLinker(kb);
        this.dates = new DateNormalizer();
        this.facts = new FactExtractor(kb);
    }

    /** The tagger of this container, built on first use (the gazetteer and rule indexes take tens of ms). */
    public static Tagger shared() {
        return Shared.TAGGER;
    }

    /** Lazy holder: the class loads, and the tagger is built, only when {@link #shared()} is first called. */
    private static final class Shared {
        private static final Tagger TAGGER = new Tagger(KnowledgeBaseLoader.shared());
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** @param published the dateline date, anchor of every relative date */
    public TaggingResult tag(String newsText, LocalDate published) {
        List<TaggedEntity> entities = linker.link(newsText, published);
        List<TimeExpression> times = dates.normalize(newsText, published);
        List<TaggingResult.DateTag> dateTags = times.stream()
                .map(t -> new TaggingResult.DateTag(t.span(), t.text(), t.value(), t.precision().name()))
                .toList();
        return new TaggingResult(kb.version(), entities, dateTags, facts.extract(newsText, published, entities, times));
    }
}
