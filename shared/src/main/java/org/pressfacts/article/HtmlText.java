package org.pressfacts.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Turns article HTML into plain text with one paragraph a line; scripts, styles and embeds never survive.
 * The page's h1 is its headline, not news text: it is returned apart.
 */
public final class HtmlText {

    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, head";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table",
            "tr", "dd", "dt", "br", "hr", "main", "address");

    private HtmlText() {}

    public record Extracted(String text, String headline) {}

    public static Extracted extract(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Element h1 = document.body().selectFirst("h1");
        String headline = h1 == null ? null : h1.text().strip();
        if (h1 != null) {
            h1.remove();
        }
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        return new Extracted(text.toString().replaceAll("[ \\t\\u00A0]*\\n[ \\t\\u00A0\\n]*", "\n").strip(),
                headline == null || headline.isEmpty() ? null : headline);
    }
}
