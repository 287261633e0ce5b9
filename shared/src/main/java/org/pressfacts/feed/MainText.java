package org.pressfacts.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the main text of an article page, readability-style: paragraphs score their parent (and half their
 * grandparent) by length and commas; class and id names that say "article" or "comment" weigh for or against;
 * the best container, discounted by how much of its text is links, wins. Returns that container's HTML, which
 * then takes the same cleaning path as a submitted article's html.
 */
public final class MainText {

    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, "
            + "button, nav, header, footer, aside, head";
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|disqus|footer|sidebar|share|social|related|promo|newsletter|subscribe|cookie|banner|"
                    + "menu|breadcrumb|masthead|advert|\\bad-|sponsor|popup|outbrain|taboola");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text");
    /** A paragraph shorter than this is a label or a caption, not prose. */
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private MainText() {}

    /** The HTML of the page's main text, or of its whole body when no container has prose. */
    public static String extract(String pageHtml, String baseUri) {
        return extract(Jsoup.parse(pageHtml, baseUri));
    }

    /** @param charset from the response's Content-Type, or null to let jsoup read the page's meta charset */
    static String extract(byte[] page, String charset, String baseUri) {
        try {
            return extract(Jsoup.parse(new java.io.ByteArrayInputStream(page), charset, baseUri));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a page held in memory", e);
        }
    }

    private static String extract(Document document) {
        document.select(DROPPED).remove();
        for (Element element : document.body().select("[class], [id]")) {
            String names = element.className() + " " + element.id();
            if (UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find() && element.parent() != null
                    && !element.normalName().equals("body") && !element.normalName().equals("article")) {
                element.remove();
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : document.body().select("p, pre, td, blockquote")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + text.split(",").length + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score + initialScore(parent), (a, b) -> a + score);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2 + initialScore(grandparent), (a, b) -> a + score / 2);
                }
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (var candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        Element article = document.body().selectFirst("article, main, [role=main]");
        Element chosen = best != null ? best : article != null ? article : document.body();
        return chosen.outerHtml();
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "li", "form", "dl", "dd", "dt" -> -3;
            default -> 0;
        };
        String names = element.className() + " " + element.id();
        if (LIKELY.matcher(names).find()) {
            score += 25;
        }
        if (UNLIKELY.matcher(names).find()) {
            score -= 25;
        }
        return score;
    }

    /** The share of the element's text that sits inside links: high for menus and link lists. */
    private static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 1;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) linked / total);
    }
}
