package org.pressfacts.article;

import org.pressfacts.config.DataFile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives news text from a raw article, paragraph by paragraph: share bars, newsletter prompts, related links,
 * repeated headlines, bylines, author bios, crossheads and copyright lines are set aside; photo credits are cut
 * from their captions and kept as metadata. Rules live in article/noise.tsv.
 */
public final class ArticleCleaner {

    private static final Pattern BYLINE = Pattern.compile(
            "(?:by|par|von|por|di)\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|da|van|von|al|el|bin)){0,4})"
                    + "(?:\\s*(?:,|and|\\||–|—|-)\\s*.{0,80})?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”»:]\\s*$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([,.;:!?])(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BIO_VERBS = Pattern.compile(
            "(is|was|has|had|covers|covered|writes|wrote|reports|reported|joined|previously|worked|edits|edited|leads|"
                    + "contributed|,)\\b");
    /** A paragraph that introduces someone by name and career, with words only a bio uses. */
    private static final Pattern UNATTRIBUTED_BIO = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}\\s+(?:is|was|has|covers|writes|reports|reported|joined)\\b"
                    + ".{0,300}\\b(?:previously|before joining|correspondent|editor|reporter|contributed to|work has (?:also )?appeared"
                    + "|has covered|covers .{0,60} for|reported from .{0,60} for)\\b.*");
    /** Some pages run byline, bio and share bar on one line, separated by bars. */
    private static final Pattern BAR = Pattern.compile("\\s+[|]\\s+");
    /** Credit rules are bounded at 120 to 130 characters; the tail searched leaves room for the spaces before. */
    private static final int CREDIT_TAIL_CHARS = 200;
    /** Longer than any share bar, credit, copyright line or bio seen in the wild (bios run to about 700). */
    private static final int MAX_NOISE_CHARS = 1_200;
    /** Headlines and affiliations are short; news paragraphs rarely are. */
    private static final int SHORT_LINE = 140;

    private final List<Rule> paragraphRules;
    private final List<Rule> creditRules;

    record Rule(String kind, Pattern pattern) {}

    public ArticleCleaner() {
        List<Rule> rules = loadRules();
        this.paragraphRules = rules.stream().filter(r -> !r.kind().equals("CREDIT")).toList();
        this.creditRules = rules.stream().filter(r -> r.kind().equals("CREDIT")).toList();
    }

    public CleanedText clean(String rawText, String title, String byline) {
        Set<String> barred = new java.util.HashSet<>();
        List<String> paragraphs = paragraphs(rawText, barred);
        List<String> credits = new ArrayList<>();
        List<CleanedText.SetAside> setAside = new ArrayList<>();
        Set<String> headlines = headlineKeys(paragraphs, title);
        String foundTitle = title;
        String foundByline = byline != null ? byline : findByline(paragraphs);
        // the author's name may stand alone before the "By" line: know it before classifying anything
        String author = foundByline == null ? null : authorName(foundByline);
        List<String> kept = new ArrayList<>();
        boolean afterByline = false;

        for (String paragraph : paragraphs) {
            String key = key(paragraph);
            String kind = paragraphKind(paragraph);
            if (kind == null && barred.contains(paragraph) && paragraph.length() <= 80
                    && !SENTENCE_END.matcher(paragraph).find()) {
                kind = "META"; // "Jane Roe | Example News | June 23, 2023": a page's bar of labels, never news
            }
            if (kind == null && headlines.contains(key)) {
                kind = "HEADLINE";
                if (foundTitle == null) {
                    foundTitle = paragraph;
                }
            }
            if (kind == null) {
                Matcher by = BYLINE.matcher(paragraph);
                if (isBylineParagraph(paragraph, by)) {
                    kind = "BYLINE";
                } else if (author != null && key.equals(key(author))) {
                    kind = "BYLINE";
                } else if (author != null && key.startsWith(key(author) + " ") && isBio(paragraph, author)) {
                    kind = "BIO";
                } else if (UNATTRIBUTED_BIO.matcher(paragraph).matches()) {
                    kind = "BIO";
                } else if (afterByline && isAffiliation(paragraph)) {
                    kind = "BYLINE";
                }
            }
            afterByline = "BYLINE".equals(kind) && BYLINE.matcher(paragraph).matches();
            if (kind != null) {
                setAside.add(new CleanedText.SetAside(kind, paragraph));
                continue;
            }
            kept.add(cutCredits(paragraph, credits));
        }
        String newsText = String.join("\n\n", kept.stream().filter(p -> !p.isBlank()).toList());
        return new CleanedText(newsText, foundTitle, foundByline, credits, setAside);
    }

    private static String findByline(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            if (isBylineParagraph(paragraph, BYLINE.matcher(paragraph))) {
                return paragraph.replaceFirst("(?i)^(by|par|von|por|di)\\s+", "");
            }
        }
        return null;
    }

    private static boolean isBylineParagraph(String paragraph, Matcher by) {
        return paragraph.length() <= SHORT_LINE && by.matches() && !SENTENCE_END.matcher(paragraph).find();
    }

    private String paragraphKind(String paragraph) {
        if (paragraph.length() > MAX_NOISE_CHARS) {
            return null; // boilerplate is short; a long paragraph is news, and need not run every rule
        }
        for (Rule rule : paragraphRules) {
            if (rule.pattern().matcher(paragraph).matches()) {
                return rule.kind();
            }
        }
        return null;
    }

    private String cutCredits(String paragraph, List<String> credits) {
        // credits close a caption: search only its tail, or every rule would scan every paragraph from each position
        int tail = Math.max(0, paragraph.length() - CREDIT_TAIL_CHARS);
        for (Rule rule : creditRules) {
            Matcher m = rule.pattern().matcher(paragraph).region(tail, paragraph.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (m.find() && m.start() > 0) {
                credits.add(m.group().strip());
                return paragraph.substring(0, m.start()).strip();
            }
        }
        return paragraph;
    }

    /** The given title, and any short unpunctuated paragraph that the text repeats: a headline echoed by the page. */
    private static Set<String> headlineKeys(List<String> paragraphs, String title) {
        Set<String> keys = new LinkedHashSet<>();
        if (title != null) {
            keys.add(key(title));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String p : paragraphs) {
            if (p.length() <= 200 && !p.strip().endsWith(".")) {
                counts.merge(key(p), 1, Integer::sum);
            }
        }
        counts.forEach((k, n) -> {
            if (n > 1 && k.length() > 12) {
                keys.add(k);
            }
        });
        return keys;
    }

    private static boolean isBio(String paragraph, String author) {
        String rest = paragraph.substring(author.length()).strip().toLowerCase(Locale.ROOT);
        return BIO_VERBS.matcher(rest).lookingAt();
    }

    private static boolean isAffiliation(String paragraph) {
        return paragraph.length() <= 80 && !SENTENCE_END.matcher(paragraph).find()
                && paragraph.split("\\s+").length <= 6 && Character.isUpperCase(paragraph.codePointAt(0));
    }

    private static String authorName(String byline) {
        Matcher by = BYLINE.matcher(byline);
        if (by.matches()) {
            return by.group(1);
        }
        return byline.split("[,|–—(]", 2)[0].strip();
    }

    /** Comparison key: case, accents, punctuation and spacing folded. */
    static String key(String s) {
        // the tokenizer's folding, words joined by single spaces: one pass, no regex
        StringBuilder key = new StringBuilder(s.length());
        for (var token : org.pressfacts.tagging.linking.Tokenizer.tokenize(s)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.folded());
        }
        return key.toString();
    }

    /** @param barred collects the parts of lines that bars split: labels, when short */
    private static List<String> paragraphs(String rawText, Set<String> barred) {
        List<String> result = new ArrayList<>();
        for (String line : rawText.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String p = SPACES.matcher(line).replaceAll(" ").strip();
            p = SPACE_BEFORE_PUNCTUATION.matcher(p).replaceAll("$1");
            String[] parts = BAR.split(p);
            for (String part : parts) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                    if (parts.length > 1) {
                        barred.add(part.strip());
                    }
                }
            }
        }
        return result;
    }

    private static List<Rule> loadRules() {
        return DataFile.rows("article/noise.tsv", 3).stream()
                .map(row -> new Rule(row.columns()[0],
                        Pattern.compile(row.columns()[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    /** Rules with their examples, for the test that runs every example. */
    static List<String[]> examples() {
        return DataFile.rows("article/noise.tsv", 3).stream().map(DataFile.Row::columns).toList();
    }
}
