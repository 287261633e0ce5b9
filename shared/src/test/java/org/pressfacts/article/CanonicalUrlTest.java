package org.pressfacts.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanonicalUrlTest {

    @Test
    void dropsTrackingFragmentTrailingSlashAndCaseOfHost() {
        assertEquals("https://news.example.org/world/story?id=7",
                CanonicalUrl.of("HTTPS://News.Example.ORG:443/world/story/?utm_source=x&id=7&fbclid=abc#comments").value());
    }

    @Test
    void sortsTheRemainingParametersSoTheirOrderDoesNotMatter() {
        assertEquals(CanonicalUrl.of("https://a.example/s?b=2&a=1").articleId(),
                CanonicalUrl.of("https://a.example/s?a=1&b=2").articleId());
    }

    @Test
    void keepsPathCaseAndNonDefaultPorts() {
        assertEquals("http://a.example:8080/Story/A", CanonicalUrl.of("http://a.example:8080/Story/A").value());
        assertNotEquals(CanonicalUrl.of("https://a.example/Story").articleId(), CanonicalUrl.of("https://a.example/story").articleId());
    }

    @Test
    void idIsTwentyHexDigits() {
        assertEquals(20, CanonicalUrl.of("https://a.example/x").articleId().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://a.example/x", "/relative/path", "https://", "not a url", "https://user:pw@a.example/x"})
    void rejectsWhatIsNotAnAbsoluteWebUrl(String raw) {
        assertThrows(IllegalArgumentException.class, () -> CanonicalUrl.of(raw));
    }
}
