package org.pressfacts.tagging.dates;

import org.pressfacts.tagging.dates.PhraseTrie.Match;

import java.util.Arrays;

/**
 * Reads the tense of the clause around a time expression from its verbs: auxiliaries and past forms listed in
 * kb/date-words.tsv, plus regular "-ed" forms. The nearest verb group before the expression wins, because in
 * news English the adverbial usually follows its verb ("met on Thursday", "will travel on Monday"); a relative
 * clause ("who skipped the summit in August") is read on its own.
 */
final class TenseReader {

    private final Tokens tokens;
    private final DateWords words;
    private final Tense[] tenseAt;   // tense of a marker, at its first token
    private final int[] markerOf;    // first token of the marker covering a token, or -1
    private final boolean[] infinitive;

    TenseReader(Tokens tokens, DateWords words) {
        this.tokens = tokens;
        this.words = words;
        int n = tokens.size();
        tenseAt = new Tense[n];
        markerOf = new int[n];
        infinitive = new boolean[n];
        Arrays.fill(markerOf, -1);
        int i = 0;
        while (i < n) {
            if (tokens.isWord(i) && !tokens.isLowerCase(i)) {
                i++;    // "Will", "Ahmed", "United": capitalised words are names far more often than verbs
                continue;
            }
            Match m = tokens.id(i) >= 0 ? words.tenseWords().longest(tokens, i) : null;
            if (m != null && m.rule() instanceof WordRule.TenseMarker marker) {
                tenseAt[i] = marker.tense();
                for (int k = i; k < m.end(); k++) {
                    markerOf[k] = i;
                }
                i = m.end();
                continue;
            }
            if (isRegularPast(i)) {
                tenseAt[i] = Tense.PAST;
                markerOf[i] = i;
            } else if (tokens.id(i) == words.to() && i + 1 < n && tokens.isWord(i + 1) && tokens.isLowerCase(i + 1)
                    && !words.isDeterminer(tokens.id(i + 1))) {
                infinitive[i] = true;
            }
            i++;
        }
    }

    private boolean isRegularPast(int i) {
        return tokens.isWord(i) && tokens.length(i) >= 4 && tokens.endsWith(i, "ed")
                && !words.isNotPast(tokens.id(i))
                // "the planned visit", "so-called talks": an adjective, not a verb
                && !(i > 0 && (words.isDeterminer(tokens.id(i - 1)) || tokens.isHyphen(i - 1) && tokens.touching(i - 1, i)));
    }

    /** Tense of the clause around the expression made of tokens [first, end). */
    Tense read(int first, int end) {
        int n = tokens.size();
        int sentence = tokens.sentence(first);
        for (int k = first - 1; k >= 0 && tokens.sentence(k) == sentence && !isClauseBreak(k); k--) {
            if (markerOf[k] >= 0) {
                Tense tense = tenseAt[headOfGroup(markerOf[k], sentence)];
                // "agreed to meet on Friday": the meeting is not as past as the agreement
                return tense == Tense.PAST && hasInfinitive(k + 1, first) ? Tense.PRESENT : tense;
            }
        }
        for (int k = end; k < n && tokens.sentence(k) == sentence && !isClauseBreak(k); k++) {
            if (markerOf[k] >= 0) {
                return tenseAt[markerOf[k]];
            }
        }
        // A fronted adverbial ("On Monday, the minister arrived") takes the nearest verb of its sentence.
        for (int distance = 1; ; distance++) {
            int before = first - distance;
            int after = end - 1 + distance;
            boolean inBefore = before >= 0 && tokens.sentence(before) == sentence;
            boolean inAfter = after < n && tokens.sentence(after) == sentence;
            if (!inBefore && !inAfter) {
                break;
            }
            if (inBefore && markerOf[before] >= 0) {
                return tenseAt[headOfGroup(markerOf[before], sentence)];
            }
            if (inAfter && markerOf[after] >= 0) {
                return tenseAt[markerOf[after]];
            }
        }
        // A headline with no finite verb: "Putin to visit China on Monday".
        return hasInfinitive(sentenceStart(first), sentenceEnd(first)) ? Tense.FUTURE : Tense.PRESENT;
    }

    /** "will not be held": the first auxiliary of a verb group carries its tense. */
    private int headOfGroup(int marker, int sentence) {
        int j = marker - 1;
        while (j >= 0 && tokens.sentence(j) == sentence) {
            if (markerOf[j] >= 0) {
                marker = markerOf[j];
                j = marker - 1;
            } else if (words.isConnector(tokens.id(j))) {
                j--;
            } else {
                break;
            }
        }
        return marker;
    }

    private boolean hasInfinitive(int from, int to) {
        for (int k = from; k < to; k++) {
            if (infinitive[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean isClauseBreak(int k) {
        return words.isClauseBreak(tokens.id(k));
    }

    private int sentenceStart(int token) {
        int k = token;
        while (k > 0 && tokens.sentence(k - 1) == tokens.sentence(token)) {
            k--;
        }
        return k;
    }

    private int sentenceEnd(int token) {
        int k = token;
        while (k < tokens.size() && tokens.sentence(k) == tokens.sentence(token)) {
            k++;
        }
        return k;
    }
}
