package org.pressfacts.tagging.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into words, numbers and single punctuation marks in one pass, each with its vocabulary id and
 * sentence number. Kept as parallel int arrays: the tokeniser runs over every byte the tagger sees.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte PUNCT = 2;

    private final String text;
    private int size;
    private int[] start;
    private int[] end;
    private int[] id;
    private int[] sentence;
    private byte[] kind;

    private Tokens(String text) {
        this.text = text;
        int capacity = text.length() / 4 + 16;
        start = new int[capacity];
        end = new int[capacity];
        id = new int[capacity];
        sentence = new int[capacity];
        kind = new byte[capacity];
    }

    static Tokens of(String text, DateWords words) {
        Tokens tokens = new Tokens(text);
        tokens.scan(words);
        return tokens;
    }

    /** The token strings of a phrase from the data file, cut exactly as a text would be. */
    static List<String> split(String phrase) {
        Tokens tokens = new Tokens(phrase);
        tokens.scan(null);
        List<String> result = new ArrayList<>(tokens.size);
        for (int i = 0; i < tokens.size; i++) {
            result.add(phrase.substring(tokens.start[i], tokens.end[i]));
        }
        return result;
    }

    private void scan(DateWords words) {
        int n = text.length();
        int sentenceNumber = 0;
        boolean newSentence = false;    // a newline was seen: headlines and paragraphs end without a full stop
        boolean maybeNewSentence = false; // after . ! ? unless the next token shows the sentence goes on
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newSentence = true;
                }
                i++;
                continue;
            }
            int j = i + 1;
            byte tokenKind;
            if (Character.isLetter(c)) {
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                tokenKind = WORD;
            } else if (c >= '0' && c <= '9') {
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                j = ordinalEnd(j);
                tokenKind = NUMBER;
            } else {
                tokenKind = PUNCT;
            }
            if (maybeNewSentence && !(Character.isLowerCase(c) || tokenKind == NUMBER)) {
                newSentence = true;
            }
            if (newSentence && size > 0) {
                sentenceNumber++;
            }
            newSentence = false;
            maybeNewSentence = false;
            add(i, j, tokenKind, sentenceNumber, words);
            if (tokenKind == PUNCT && (c == '.' || c == '!' || c == '?') && !afterAbbreviation(words)) {
                maybeNewSentence = true;
            }
            i = j;
        }
    }

    /** "12th", "1st": the suffix stays with the number. */
    private int ordinalEnd(int digitsEnd) {
        if (digitsEnd + 2 > text.length()) {
            return digitsEnd;
        }
        char a = Vocabulary.fold(text.charAt(digitsEnd));
        char b = Vocabulary.fold(text.charAt(digitsEnd + 1));
        boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        boolean alone = digitsEnd + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(digitsEnd + 2));
        return suffix && alone ? digitsEnd + 2 : digitsEnd;
    }

    /** "Mr." and "U.S." do not end a sentence. */
    private boolean afterAbbreviation(DateWords words) {
        if (size < 2 || kind[size - 2] != WORD) {
            return false;
        }
        int word = size - 2;
        return end[word] - start[word] == 1 || (words != null && words.isAbbreviation(id[word]));
    }

    private void add(int from, int to, byte tokenKind, int sentenceNumber, DateWords words) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            id = Arrays.copyOf(id, capacity);
            sentence = Arrays.copyOf(sentence, capacity);
            kind = Arrays.copyOf(kind, capacity);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = tokenKind;
        sentence[size] = sentenceNumber;
        id[size] = words == null ? Vocabulary.UNKNOWN : words.vocabulary().lookup(text, from, to);
        size++;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int token) {
        return start[token];
    }

    int end(int token) {
        return end[token];
    }

    int id(int token) {
        return id[token];
    }

    int sentence(int token) {
        return sentence[token];
    }

    boolean isWord(int token) {
        return token < size && kind[token] == WORD;
    }

    boolean isNumber(int token) {
        return token < size && kind[token] == NUMBER;
    }

    boolean isPunct(int token, char c) {
        return token < size && kind[token] == PUNCT && text.charAt(start[token]) == c;
    }

    /** True for a hyphen or a dash used as one, as in "12-13 October" or "Monday–Wednesday". */
    boolean isHyphen(int token) {
        return isPunct(token, '-') || isPunct(token, '\u2013');
    }

    boolean isCapitalized(int token) {
        return Character.isUpperCase(text.charAt(start[token]));
    }

    boolean isLowerCase(int token) {
        return Character.isLowerCase(text.charAt(start[token]));
    }

    /** Number of digits of a number token, not counting an ordinal suffix. */
    int digits(int token) {
        int count = 0;
        for (int i = start[token]; i < end[token] && Character.isDigit(text.charAt(i)); i++) {
            count++;
        }
        return count;
    }

    /** Value of a number token; callers check {@link #digits} first so it fits an int. */
    int number(int token) {
        int value = 0;
        for (int i = start[token]; i < end[token] && Character.isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** True when nothing, not even a space, separates two tokens. */
    boolean touching(int left, int right) {
        return right < size && end[left] == start[right];
    }

    boolean endsWith(int token, String suffix) {
        int length = end[token] - start[token];
        if (length < suffix.length()) {
            return false;
        }
        int offset = end[token] - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (Vocabulary.fold(text.charAt(offset + i)) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int length(int token) {
        return end[token] - start[token];
    }
}
