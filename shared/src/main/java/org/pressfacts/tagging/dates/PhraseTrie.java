package org.pressfacts.tagging.dates;

import java.util.Arrays;

/** Phrases as sequences of vocabulary ids, matched longest first at a token position. */
final class PhraseTrie {

    record Match(WordRule rule, int end) {}

    private static final class Node {
        int[] keys = new int[0];
        Node[] next = new Node[0];
        WordRule rule;

        Node child(int id) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == id) {
                    return next[i];
                }
            }
            return null;
        }

        Node addChild(int id) {
            Node existing = child(id);
            if (existing != null) {
                return existing;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            next = Arrays.copyOf(next, next.length + 1);
            keys[keys.length - 1] = id;
            return next[next.length - 1] = new Node();
        }
    }

    // The root is indexed by id: it has a child for most of the vocabulary.
    private Node[] roots = new Node[256];

    /** Adds a phrase; returns the rule already stored for it, or null. */
    WordRule add(int[] ids, WordRule rule) {
        if (ids[0] >= roots.length) {
            roots = Arrays.copyOf(roots, Math.max(roots.length * 2, ids[0] + 1));
        }
        Node node = roots[ids[0]] == null ? roots[ids[0]] = new Node() : roots[ids[0]];
        for (int i = 1; i < ids.length; i++) {
            node = node.addChild(ids[i]);
        }
        WordRule previous = node.rule;
        node.rule = rule;
        return previous;
    }

    /** The longest phrase starting at token {@code from}, or null. */
    Match longest(Tokens tokens, int from) {
        int id = from < tokens.size() ? tokens.id(from) : Vocabulary.UNKNOWN;
        if (id < 0 || id >= roots.length || roots[id] == null) {
            return null;
        }
        Node node = roots[id];
        WordRule best = node.rule;
        int bestEnd = from + 1;
        for (int i = from + 1; i < tokens.size(); i++) {
            int nextId = tokens.id(i);
            node = nextId < 0 ? null : node.child(nextId);
            if (node == null) {
                break;
            }
            if (node.rule != null) {
                best = node.rule;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Match(best, bestEnd);
    }
}
