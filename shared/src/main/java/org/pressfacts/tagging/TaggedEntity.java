package org.pressfacts.tagging;

import java.util.List;

/**
 * An entity found in an article with every mention of it. {@code id} is the knowledge-base id
 * ({@code person:vladimir-putin}), or {@code new:person:<name>} for one found from context only.
 * {@code country} is the ISO2 of a person's or place's country, {@code iso2} a country's own code.
 */
public record TaggedEntity(String id, EntityType type, String name, String country, String iso2, String role,
                           List<Mention> mentions) {

    public TaggedEntity {
        mentions = List.copyOf(mentions);
    }

    public boolean inKnowledgeBase() {
        return !id.startsWith("new:");
    }
}
