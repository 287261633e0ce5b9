package org.pressfacts.tagging.facts;

import org.pressfacts.tagging.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits news text into sentences: at . ! ? followed by a space and a capital, or a paragraph break. */
final class Sentences {

    /** Abbreviations whose dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen",
            "rep", "gov", "prof", "jr", "sr", "no", "vs", "u.s", "u.n", "u.k", "e.u", "jan", "feb", "aug", "sept", "sep",
            "oct", "nov", "dec", "inc", "corp", "co", "ltd", "approx", "est", "fig", "p");

    private Sentences() {}

    static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean paragraph = c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n';
            boolean end = false;
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == ')')) {
                    j++;
                }
                if (j >= n) {
                    end = true;
                } else if (text.charAt(j) == ' ' || text.charAt(j) == '\n') {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) {
                        k++;
                    }
                    end = k >= n || Character.isUpperCase(text.charAt(k)) || text.charAt(k) == '“' || text.charAt(k) == '"'
                            || Character.isDigit(text.charAt(k));
                    if (end && c == '.' && isAbbreviation(text, i)) {
                        end = false;
                    }
                    if (end) {
                        i = j - 1;
                    }
                }
            }
            if (end || paragraph) {
                add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(s));
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }
}
