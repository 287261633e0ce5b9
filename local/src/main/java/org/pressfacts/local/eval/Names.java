package org.pressfacts.local.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Names compared as the corpus means them: case, accents, punctuation and spacing folded. */
final class Names {

    private Names() {}

    /** "Łukašenka", "LUKASENKA" and "Lukasenka" fold alike; "U.S." and "US" too. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // letters that NFKD does not decompose into a base letter and a mark
        s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
                .replace("Đ", "D").replace("ß", "ss").replace("ı", "i").replace("æ", "ae").replace("œ", "oe");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[.'’`]", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean same(String a, String b) {
        String folded = fold(a);
        return !folded.isEmpty() && folded.equals(fold(b));
    }

    static boolean anySame(Collection<String> these, Collection<String> those) {
        return these.stream().anyMatch(a -> those.stream().anyMatch(b -> same(a, b)));
    }

    /** Whole-word containment, so "UN" is not found in "Tunisia". */
    static boolean containsWords(String text, String part) {
        String needle = fold(part);
        return !needle.isEmpty() && (" " + fold(text) + " ").contains(" " + needle + " ");
    }
}
