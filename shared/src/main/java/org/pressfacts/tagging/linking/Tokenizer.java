package org.pressfacts.tagging.linking;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits. Hyphens and apostrophes separate words, so
 * "Kassym-Jomart" is two tokens and matches "Kassym Jomart"; {@link #joinable} says whether two neighbouring
 * tokens may belong to one name (nothing but a space, hyphen, apostrophe or abbreviation dot between them).
 */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int i = 0;
        int n = text.length();
        StringBuilder folded = new StringBuilder(24);
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean allCaps = true;
            folded.setLength(0);
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                char ch = text.charAt(i);
                if (Character.isLowerCase(ch)) {
                    allCaps = false;
                }
                Fold.appendFolded(ch, folded);
                i++;
            }
            boolean capitalized = Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start));
            tokens.add(new Token(tokens.size(), start, i, text.substring(start, i), folded.toString(), capitalized,
                    allCaps && Character.isLetter(text.charAt(start))));
        }
        return tokens;
    }

    /** True when the folded words of {@code phrase} stand in {@code tokens} from index {@code i} on. */
    public static boolean wordsAt(List<Token> tokens, int i, List<String> phrase) {
        if (i < 0 || i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).folded().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when only a space, a hyphen, an apostrophe or a dot-and-space separates the two tokens. */
    public static boolean joinable(String text, Token left, Token right) {
        int gap = right.start() - left.end();
        if (gap <= 0 || gap > 2) {
            return gap == 0;
        }
        for (int i = left.end(); i < right.start(); i++) {
            char c = text.charAt(i);
            boolean ok = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '\u2011' || c == '\u00A0'
                    || (c == '.' && left.text().length() <= 3 && i == left.end());
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
