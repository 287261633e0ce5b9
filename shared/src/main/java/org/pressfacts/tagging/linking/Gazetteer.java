package org.pressfacts.tagging.linking;

import org.pressfacts.tagging.kb.KbEntity;
import org.pressfacts.tagging.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name, alias, demonym and surname of the knowledge base in one trie over folded tokens: matching walks
 * the trie once from each token (an automaton over words, not a loop of regexes), keeping the longest match.
 * Acronyms (all capitals, up to six letters) match only in capitals: "US" is the country, "us" is not.
 */
public final class Gazetteer {

    /** How an entry names its entity. */
    public enum EntryKind { NAME, DEMONYM, SURNAME }

    /** One way to write one entity. */
    public record Entry(KbEntity entity, EntryKind kind, boolean acronym, boolean endsLowercase, String surface) {}

    /** A run of tokens [first, last] that spells one or more entries. */
    public record Match(int first, int last, List<Entry> entries) {
        public int length() {
            return last - first + 1;
        }
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private List<Entry> entries;
    }

    private final Node root = new Node();
    private final Map<String, List<KbEntity.Person>> surnames = new HashMap<>();
    /** Countries whose press writes the family name first (cues.tsv, SURNAME_FIRST). */
    private final java.util.Set<String> surnameFirst;
    private int size;

    public Gazetteer(KnowledgeBase kb) {
        this.surnameFirst = java.util.Set.copyOf(kb.cues("SURNAME_FIRST"));
        for (KbEntity e : kb.entities()) {
            add(e.name(), e, EntryKind.NAME);
            for (String alias : e.aliases()) {
                add(alias, e, e instanceof KbEntity.Person && Tokenizer.tokenize(alias).size() == 1
                        ? EntryKind.SURNAME : EntryKind.NAME);
            }
            switch (e) {
                case KbEntity.Country c -> {
                    if (c.officialName() != null) {
                        add(c.officialName(), e, EntryKind.NAME);
                    }
                    c.demonyms().forEach(d -> add(d, e, EntryKind.DEMONYM));
                }
                case KbEntity.Person p -> {
                    addSurname(p.name(), p);
                    p.aliases().forEach(alias -> addSurname(alias, p));
                }
                case KbEntity.Place ignored -> { }
                case KbEntity.Organization ignored -> { }
            }
        }
    }

    public int size() {
        return size;
    }

    /** People whose surname (folded) is {@code folded}. */
    public List<KbEntity.Person> peopleWithSurname(String folded) {
        return surnames.getOrDefault(folded, List.of());
    }

    public boolean isKnownSurname(String folded) {
        return surnames.containsKey(folded);
    }

    /** The family name of one spelling: the last word, or the first for names written family name first (Xi Jinping). */
    private Token surnameToken(String name, KbEntity.Person p) {
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.size() < 2) {
            return null;
        }
        return surnameFirst.contains(p.country()) ? tokens.getFirst() : tokens.getLast();
    }

    /** The folded family name of a person's canonical name. */
    public String surname(KbEntity.Person p) {
        Token token = surnameToken(p.name(), p);
        return token == null ? Fold.fold(p.name()) : token.folded();
    }

    private void addSurname(String name, KbEntity.Person p) {
        Token last = surnameToken(name, p);
        // two-letter family names (Xi, Li) only ever link back to a full mention; the linker sees to that
        if (last == null || last.folded().length() < (surnameFirst.contains(p.country()) ? 2 : 3)) {
            return;
        }
        add(last.text(), p, EntryKind.SURNAME);
        List<KbEntity.Person> people = surnames.computeIfAbsent(last.folded(), k -> new ArrayList<>(1));
        if (!people.contains(p)) {
            people.add(p);
        }
    }

    private void add(String surface, KbEntity entity, EntryKind kind) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.folded(), k -> new Node());
        }
        boolean acronym = tokens.size() == 1 && surface.length() <= 6 && surface.chars().allMatch(ch ->
                Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '.' || ch == '+' || ch == '-');
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        for (Entry existing : node.entries) {
            if (existing.entity() == entity && existing.kind() == kind) {
                return;
            }
        }
        boolean endsLowercase = Character.isLowerCase(tokens.getLast().text().charAt(0));
        node.entries.add(new Entry(entity, kind, acronym, endsLowercase, surface));
        size++;
    }

    /** The longest match starting at each token; overlapping matches are all returned, the linker chooses. */
    public List<Match> match(String text, List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.capitalized()) {
                continue;
            }
            Node node = root;
            Match best = null;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !Tokenizer.joinable(text, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
                node = node.next.get(tokens.get(j).folded());
                if (node == null) {
                    break;
                }
                if (node.entries != null) {
                    List<Entry> valid = valid(node.entries, tokens, i, j);
                    if (!valid.isEmpty()) {
                        best = new Match(i, j, valid);
                    }
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        return matches;
    }

    private static List<Entry> valid(List<Entry> entries, List<Token> tokens, int first, int last) {
        List<Entry> valid = new ArrayList<>(entries.size());
        Token lastToken = tokens.get(last);
        for (Entry e : entries) {
            if (e.acronym()) {
                // acronyms only in the exact case they are written: "US", never "Us" or "us"
                if (first == last && tokens.get(first).text().equals(e.surface())) {
                    valid.add(e);
                }
            } else if (lastToken.capitalized() || e.endsLowercase()) {
                valid.add(e);
            }
        }
        return valid;
    }
}
