package org.pressfacts.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.CanonicalUrl;
import org.pressfacts.http.BodyFields;
import org.pressfacts.http.Problem.FieldError;
import org.pressfacts.http.Problems;

import java.util.List;
import java.util.Set;

/** A feed as a client registers it with POST /feeds, checked field by field; every problem names its JSON pointer. */
public record FeedDraft(CanonicalUrl url, String source, String language, boolean enabled) {

    static final Set<String> FIELDS = Set.of("url", "source", "language", "enabled");

    /** @throws org.pressfacts.http.ProblemException 422 listing every invalid field */
    public static FeedDraft from(JsonNode body) {
        var fields = BodyFields.of(body, FIELDS, "invalid-feed", "Invalid feed");
        List<FieldError> errors = fields.errors();
        String rawUrl = fields.string("url", true, 2048);
        String source = fields.string("source", true, 200);
        String language = fields.string("language", false, 35);
        boolean enabled = fields.bool("enabled", true);
        // the same canonical form as article URLs: two spellings of one feed are one registration
        CanonicalUrl url = CanonicalUrl.ofField(rawUrl, errors);
        if (url != null && AddressPolicy.isAmbiguousIpv4(java.net.URI.create(url.value()).getHost())) {
            errors.add(new FieldError("/url", "an IPv4 host must be written as four decimals (127.0.0.1)"));
            url = null;
        }
        if (language == null) {
            language = "en";
        } else if (!ArticleDraft.LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("/language", "must be a language tag such as en or fr-CA"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-feed", "Invalid feed", errors);
        }
        return new FeedDraft(url, source.strip(), language, enabled);
    }
}
