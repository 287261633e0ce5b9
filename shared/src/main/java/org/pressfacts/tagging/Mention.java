package org.pressfacts.tagging;

/**
 * One place in the news text that refers to an entity. {@code kind} says how it was recognised:
 * NAME (a name or alias), SURNAME, TITLE ("Mr. Putin"), ROLE ("the Russian president"), DEMONYM ("Kyrgyz"),
 * CAPITAL (a capital standing for its government), CONTEXT (not in the knowledge base, found from context).
 */
public record Mention(Span span, String text, Kind kind) {

    public enum Kind { NAME, SURNAME, TITLE, ROLE, DEMONYM, CAPITAL, CONTEXT }
}
