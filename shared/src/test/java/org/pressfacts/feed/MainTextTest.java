package org.pressfacts.feed;

import org.junit.jupiter.api.Test;
import org.pressfacts.article.HtmlText;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The readability-style choice of a page's main text. */
class MainTextTest {

    private static String mainText(String html) {
        return HtmlText.extract(MainText.extract(html, "https://news.example/")).text();
    }

    @Test
    void prefersTheContainerWithProseOverALinkList() {
        String html = """
                <body><div id="links"><p><a href="/a">A long list of links to other stories, one, two, three</a></p>
                <p><a href="/b">Another long link to yet another story, four, five, six</a></p></div>
                <div class="entry"><p>The minister arrived in Lima on Monday, officials said, for talks on trade.</p>
                <p>She will meet the president on Tuesday, according to the schedule, and leave on Wednesday.</p></div>
                </body>""";
        assertEquals("The minister arrived in Lima on Monday, officials said, for talks on trade.\n"
                + "She will meet the president on Tuesday, according to the schedule, and leave on Wednesday.",
                mainText(html));
    }

    @Test
    void fallsBackToTheArticleElementWhenNoParagraphIsLongEnough() {
        assertEquals("Short note.", mainText("<body><nav>Menu</nav><article><p>Short note.</p></article></body>"));
    }
}
