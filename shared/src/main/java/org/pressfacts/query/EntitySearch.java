package org.pressfacts.query;

import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KnowledgeBase;
import org.pressfacts.tagging.linking.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds knowledge-base entities by any spelling: exact names and aliases first, then transliteration variants
 * ("Tokaiev", "Chavkat Mirzioïev"), then typos (an edit or two, by length), then prefixes. Linear over every name:
 * the knowledge base has a few thousand entities and about twenty thousand names, a few milliseconds a search.
 */
public final class EntitySearch {

    /** A match: the entity, the name or alias that matched, and how well (1 = exact name). */
    public record Match(KbEntity entity, String matched, double score) {}

    private record Name(KbEntity entity, String surface, String folded, String key, List<String> wordKeys) {}

    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐–'’.,]+");
    /** Spelling families of the press's transliterations, most specific first: each maps to one key spelling. */
    private static final String[][] VARIANTS = {
            {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"zh", "j"}, {"dj", "j"}, {"ch", "sh"},
            {"kh", "h"}, {"ph", "f"}, {"th", "t"}, {"gh", "g"}, {"ck", "k"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"},
            {"w", "v"}, {"q", "k"}, {"c", "k"}, {"x", "ks"}, {"j", "i"}, {"y", "i"}, {"ie", "e"}, {"ye", "e"}};

    private final List<Name> names;

    public EntitySearch(KnowledgeBase kb) {
        List<Name> all = new ArrayList<>();
        for (KbEntity entity : kb.entities()) {
            List<String> surfaces = new ArrayList<>();
            surfaces.add(entity.name());
            surfaces.addAll(entity.aliases());
            if (entity instanceof KbEntity.Country c) {
                surfaces.add(c.officialName());
            }
            for (String surface : surfaces) {
                if (surface != null && !surface.isBlank()) {
                    String folded = normalize(surface);
                    all.add(new Name(entity, surface, folded, key(folded),
                            List.of(folded.split(" ")).stream().map(EntitySearch::key).toList()));
                }
            }
        }
        this.names = List.copyOf(all);
    }

    /** Best match per entity, best first; ties go to the shorter name, then the id. */
    public List<Match> search(String query, EntityType type, int limit) {
        String folded = normalize(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        String key = key(folded);
        List<String> queryWords = List.of(folded.split(" ")).stream().map(EntitySearch::key).toList();
        Map<String, Match> best = new HashMap<>();
        for (Name name : names) {
            if (type != null && name.entity().type() != type) {
                continue;
            }
            double score = score(folded, key, queryWords, name);
            if (score > 0) {
                best.merge(name.entity().id(), new Match(name.entity(), name.surface(), score),
                        (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparingInt(m -> m.entity().name().length())
                        .thenComparing(m -> m.entity().id()))
                .limit(limit).toList();
    }

    private static double score(String folded, String key, List<String> queryWords, Name name) {
        if (name.folded().equals(folded)) {
            return 1.0;
        }
        if (name.key().equals(key)) {
            return 0.95;
        }
        double best = 0;
        int edits = distance(key, name.key(), allowedEdits(key));
        if (edits >= 0) {
            best = 0.85 - 0.1 * edits;
        }
        double words = wordScore(queryWords, name.wordKeys());
        best = Math.max(best, words);
        if (folded.length() >= 3 && name.folded().startsWith(folded)) {
            best = Math.max(best, 0.6);
        }
        return best;
    }

    /** Every query word matches a word of the name (a surname alone, given name and surname in any order). */
    private static double wordScore(List<String> queryWords, List<String> nameWords) {
        double total = 0;
        for (String q : queryWords) {
            double wordBest = 0;
            for (String w : nameWords) {
                if (w.equals(q)) {
                    wordBest = 1;
                    break;
                }
                int edits = distance(q, w, allowedEdits(q));
                if (edits >= 0) {
                    wordBest = Math.max(wordBest, 0.9 - 0.1 * edits);
                } else if (q.length() >= 3 && w.startsWith(q)) {
                    wordBest = Math.max(wordBest, 0.7);
                }
            }
            if (wordBest == 0) {
                return 0;
            }
            total += wordBest;
        }
        // a surname alone ("putin") ranks just below the full name, and more so when the name has more words
        return 0.8 * total / Math.max(queryWords.size(), nameWords.size()) + 0.1 * total / queryWords.size();
    }

    /** Short words tolerate no typo ("Iran" is not "Oman"), long ones two. */
    private static int allowedEdits(String word) {
        return word.length() < 5 ? 0 : word.length() < 9 ? 1 : 2;
    }

    static String normalize(String text) {
        return SPACES.matcher(Fold.fold(text)).replaceAll(" ").trim();
    }

    /** The transliteration key: spelling families mapped to one spelling, doubled letters single. */
    static String key(String folded) {
        String s = folded;
        for (String[] variant : VARIANTS) {
            s = s.replace(variant[0], variant[1]);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Levenshtein distance if at most {@code max}, else -1; stops as soon as a row exceeds max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return -1;
        }
        if (max == 0) {
            return a.equals(b) ? 0 : -1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return -1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= max ? previous[b.length()] : -1;
    }
}
