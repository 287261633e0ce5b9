package org.pressfacts.local.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

/** One annotated article of the corpus (see corpus SCHEMA.md): raw text as delivered, and what should be found. */
@JsonIgnoreProperties({"source", "url"})
record CorpusArticle(String id, String published, String title, String text, Gold gold) {

    CorpusArticle {
        if (text == null) {
            throw new IllegalArgumentException("text is missing");
        }
        gold = gold != null ? gold : new Gold(null, null, null, null, null);
    }

    /**
     * Reads one corpus file. A field this reader does not know is skipped and reported to {@code warnings} with its
     * JSON pointer: refusing it would stop a whole run for one new annotation, ignoring it silently would hide a
     * misspelt gold field that then never counts.
     */
    static CorpusArticle read(Path file, Consumer<String> warnings) throws IOException {
        ObjectReader reader = Json.MAPPER.readerFor(CorpusArticle.class).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 JsonDeserializer<?> deserializer, Object bean, String property)
                    throws IOException {
                warnings.accept(file.getFileName() + ": unknown field " + parser.getParsingContext().pathAsPointer()
                        + " ignored");
                parser.skipChildren();
                return true;
            }
        });
        try {
            return reader.readValue(file.toFile());
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

    record Gold(List<GoldEntity> entities,
                @JsonProperty("optional_entities") List<GoldEntity> optionalEntities,
                @JsonProperty("not_entities") List<String> notEntities,
                List<GoldFact> facts,
                @JsonProperty("optional_facts") List<GoldFact> optionalFacts) {
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
