package org.pressfacts.local.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.pressfacts.http.Json;
import org.pressfacts.tagging.EntityType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One annotated article of the corpus (see corpus SCHEMA.md): raw text as delivered, and what should be found. */
record CorpusArticle(String id, String published, String title, String text, Gold gold) {

    /** Fields we do not evaluate (source, url, a visit's host, a summit's organization…) are skipped, not refused. */
    private static final ObjectReader READER = Json.MAPPER.readerFor(CorpusArticle.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    CorpusArticle {
        if (text == null) {
            throw new IllegalArgumentException("text is missing");
        }
        gold = gold != null ? gold : new Gold(null, null, null, null, null);
    }

    static CorpusArticle read(Path file) throws IOException {
        try {
            return READER.readValue(file.toFile());
        } catch (JsonMappingException e) {
            throw new CorpusException(file.getFileName() + ": " + e.getOriginalMessage() + " at " + e.getPathReference());
        } catch (JsonProcessingException e) {
            throw new CorpusException(file.getFileName() + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The dateline date, or empty when the file has none. */
    Optional<LocalDate> publishedDate() {
        if (published == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published));
        } catch (DateTimeParseException e) {
            throw new CorpusException("published is not YYYY-MM-DD: " + published);
        }
    }

    record Gold(List<GoldEntity> entities, List<GoldEntity> optionalEntities, List<String> notEntities,
                List<GoldFact> facts, List<GoldFact> optionalFacts) {
        Gold {
            entities = copy(entities);
            optionalEntities = copy(optionalEntities);
            notEntities = copy(notEntities);
            facts = copy(facts);
            optionalFacts = copy(optionalFacts);
        }
    }

    /** An entity the tagger should find; {@code surface} lists other spellings the text uses. */
    record GoldEntity(EntityType type, String name, String iso2, String country, List<String> surface) {
        GoldEntity {
            if (type == null || name == null || name.isBlank()) {
                throw new IllegalArgumentException("an entity needs a type and a name");
            }
            if (type == EntityType.COUNTRY && (iso2 == null || iso2.isBlank())) {
                throw new IllegalArgumentException("country " + name + " needs an iso2");
            }
            surface = copy(surface);
        }

        /** The canonical name and every surface spelling. */
        List<String> spellings() {
            return Stream.concat(Stream.of(name), surface.stream()).toList();
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A corpus file that cannot be read, with the file and the place in it. */
    static final class CorpusException extends RuntimeException {
        CorpusException(String message) {
            super(message);
        }
    }
}
