package org.pressfacts.query;

import org.pressfacts.http.Problems;
import org.pressfacts.tagging.kb.KnowledgeBase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

/** Entity ids as filters take them: knowledge-base ids, or ids of entities the tagger found from context. */
final class EntityIds {

    static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_.:-]{1,199}");
    static final String EXPECTED = "an entity id such as person:vladimir-putin (find ids with GET /entities?q=)";
    static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    /** Ids of entities found from context only (TaggedEntity): not in the knowledge base, known from mentions. */
    static final String FROM_CONTEXT = "new:";

    private final KnowledgeBase kb;

    EntityIds(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The id, if the knowledge base has it or it names an entity found from context. */
    String known(String id) {
        if (!id.startsWith(FROM_CONTEXT) && kb.entity(id).isEmpty()) {
            throw Problems.invalidParameter("?entity", "no entity " + id + " in the knowledge base (find ids with"
                    + " GET /entities?q=)");
        }
        return id;
    }

    /** The country entity of an ISO2 code. */
    String country(String iso2) {
        return kb.country(iso2).map(c -> c.id())
                .orElseThrow(() -> Problems.invalidParameter("?country", "no country with code " + iso2))
                .toLowerCase(Locale.ROOT);
    }

    /** The newest day an open-ended listing reads: planned events are reported up to a year ahead. */
    static LocalDate lastListedDay() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(1).withDayOfYear(1).plusYears(1).minusDays(1);
    }
}
