package org.pressfacts.tagging.dates;

import java.util.Arrays;

/**
 * Every token string kb/date-words.tsv uses, each with a small int id. Lookups hash a character range of the text in
 * place, case-folded, so tokenising allocates no strings (the tagger must run at several MB/s).
 */
final class Vocabulary {

    static final int UNKNOWN = -1;

    private String[] keys = new String[1024];
    private int[] ids = new int[1024];
    private int size;

    /** Folds case and typographic variants the way the press mixes them: curly apostrophes are straight ones. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    int size() {
        return size;
    }

    /** The id of a token string, adding it if new. */
    int add(String token) {
        int found = lookup(token, 0, token.length());
        if (found != UNKNOWN) {
            return found;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        StringBuilder folded = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            folded.append(fold(token.charAt(i)));
        }
        insert(folded.toString(), size);
        return size++;
    }

    int lookup(CharSequence text, int start, int end) {
        int mask = keys.length - 1;
        int slot = hash(text, start, end) & mask;
        while (keys[slot] != null) {
            if (matches(keys[slot], text, start, end)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private void insert(String key, int id) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length()) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new String[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "Vocabulary" + Arrays.stream(keys).filter(k -> k != null).sorted().toList();
    }
}
