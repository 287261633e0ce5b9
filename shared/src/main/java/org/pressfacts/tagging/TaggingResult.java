package org.pressfacts.tagging;

import org.pressfacts.tagging.facts.Fact;

import java.util.List;

/** Everything tagging found in one article revision, with the knowledge-base version that found it. */
public record TaggingResult(String kbVersion, List<TaggedEntity> entities, List<DateTag> dates, List<Fact> facts) {

    public TaggingResult {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        facts = List.copyOf(facts);
    }

    /** A normalised time expression: value is YYYY, YYYY-MM, YYYY-MM-DD or start/end. */
    public record DateTag(Span span, String text, String value, String precision) {}
}
