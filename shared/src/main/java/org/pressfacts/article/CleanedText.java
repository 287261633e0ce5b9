package org.pressfacts.article;

import java.util.List;

/**
 * What cleaning derived from a raw article: the news text that tagging reads, and what was set aside.
 * {@code title} and {@code byline} are those found in the text when the client did not send them.
 */
public record CleanedText(String newsText, String title, String byline, List<String> credits,
                          List<SetAside> setAside) {

    public CleanedText {
        credits = List.copyOf(credits);
        setAside = List.copyOf(setAside);
    }

    /** A paragraph removed from the news text, with the rule kind that removed it (SHARE, BIO, CREDIT, …). */
    public record SetAside(String kind, String text) {}
}
