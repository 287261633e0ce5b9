package org.pressfacts.tagging.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The vocabulary and rules of kb/date-words.tsv, read once and then only looked up. */
final class DateWords {

    static final String FILE = "date-words.tsv";
    private static final String RESOURCE = "/kb/" + FILE;
    private static final String FORMAT =
            "# FORMAT: phrase\trule\texample sentence\tpublished\texpected value";

    /** One data line with the example that a test runs: the phrase in its sentence must resolve to the value. */
    record Example(int line, String phrase, WordRule rule, String sentence, LocalDate published, String expected) {
        /** Expected value "-" means the phrase must not be read as (part of) a time expression there. */
        boolean expectsNothing() {
            return expected.equals("-");
        }
    }

    private final Vocabulary vocabulary = new Vocabulary();
    private final PhraseTrie expressions = new PhraseTrie();
    private final PhraseTrie tenseWords = new PhraseTrie();
    private final BitSet notPast = new BitSet();
    private final BitSet determiners = new BitSet();
    private final BitSet connectors = new BitSet();
    private final BitSet clauseBreaks = new BitSet();
    private final BitSet abbreviations = new BitSet();
    private final List<Example> examples = new ArrayList<>();
    private int day;
    private int to;

    private DateWords() {}

    private static final class Shipped {
        static final DateWords INSTANCE = load();
    }

    /** The shipped knowledge base, loaded on first use. */
    static DateWords shipped() {
        return Shipped.INSTANCE;
    }

    static DateWords load() {
        var stream = DateWords.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new DateWordsException(FILE, 0, "missing from the classpath at " + RESOURCE);
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(FILE, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DateWords parse(String fileName, Reader source) throws IOException {
        DateWords words = new DateWords();
        BufferedReader reader = new BufferedReader(source);
        String line = reader.readLine();
        if (line == null || !line.startsWith("# FORMAT:")) {
            throw new DateWordsException(fileName, 1, "must start with '" + FORMAT + "'");
        }
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            words.addLine(fileName, number, line);
        }
        words.day = words.vocabulary.add("day");
        words.to = words.vocabulary.add("to");
        return words;
    }

    private void addLine(String fileName, int number, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 5) {
            throw new DateWordsException(fileName, number, "expected 5 tab-separated columns, found " + columns.length);
        }
        String phrase = columns[0].strip();
        if (phrase.isEmpty()) {
            throw new DateWordsException(fileName, number, "empty phrase");
        }
        WordRule rule;
        try {
            rule = WordRule.parse(columns[1].strip());
        } catch (IllegalArgumentException e) {
            throw new DateWordsException(fileName, number, e.getMessage());
        }
        LocalDate published;
        try {
            published = LocalDate.parse(columns[3].strip());
        } catch (DateTimeParseException e) {
            throw new DateWordsException(fileName, number, "published must be YYYY-MM-DD, not " + columns[3]);
        }
        if (columns[2].isBlank() || columns[4].isBlank()) {
            throw new DateWordsException(fileName, number, "every rule needs an example sentence and its expected value");
        }
        examples.add(new Example(number, phrase, rule, columns[2].strip(), published, columns[4].strip()));
        // "Oct." also matches "Oct": the press drops the full stop as often as it keeps it.
        // An abbreviation is stored without it: the tokeniser asks about the word before a full stop.
        boolean dotted = phrase.length() > 1 && phrase.endsWith(".");
        if (!(dotted && rule instanceof WordRule.Abbreviation)) {
            register(fileName, number, phrase, rule);
        }
        if (dotted) {
            register(fileName, number, phrase.substring(0, phrase.length() - 1), rule);
        }
    }

    private void register(String fileName, int number, String phrase, WordRule rule) {
        List<String> tokens = Tokens.split(phrase);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.add(tokens.get(i));
        }
        switch (rule) {
            case WordRule.NotPast n -> single(fileName, number, ids, notPast);
            case WordRule.Determiner d -> single(fileName, number, ids, determiners);
            case WordRule.Connector c -> single(fileName, number, ids, connectors);
            case WordRule.Abbreviation a -> single(fileName, number, ids, abbreviations);
            case WordRule.ClauseBreak c -> single(fileName, number, ids, clauseBreaks);
            default -> {
                PhraseTrie trie = rule.readsTense() ? tenseWords : expressions;
                WordRule previous = trie.add(ids, rule);
                if (previous != null && !previous.equals(rule)) {
                    throw new DateWordsException(fileName, number,
                            "'" + phrase + "' is already " + previous + "; one phrase, one meaning");
                }
            }
        }
    }

    private static void single(String fileName, int number, int[] ids, BitSet set) {
        if (ids.length != 1) {
            throw new DateWordsException(fileName, number, "this rule takes a single word");
        }
        set.set(ids[0]);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    PhraseTrie expressions() {
        return expressions;
    }

    PhraseTrie tenseWords() {
        return tenseWords;
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    boolean isNotPast(int id) {
        return id >= 0 && notPast.get(id);
    }

    boolean isDeterminer(int id) {
        return id >= 0 && determiners.get(id);
    }

    boolean isConnector(int id) {
        return id >= 0 && connectors.get(id);
    }

    boolean isClauseBreak(int id) {
        return id >= 0 && clauseBreaks.get(id);
    }

    boolean isAbbreviation(int id) {
        return id >= 0 && abbreviations.get(id);
    }

    /** Id of "day", the unit of "2-day visit" written with digits. */
    int day() {
        return day;
    }

    /** Id of "to", which marks an infinitive ("agreed to meet on Friday"). */
    int to() {
        return to;
    }
}
