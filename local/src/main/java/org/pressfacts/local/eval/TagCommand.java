package org.pressfacts.local.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.pressfacts.http.Json;
import org.pressfacts.local.eval.CorpusArticle.CorpusException;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.TaggingResult;
import org.pressfacts.tagging.TaggingResult.DateTag;
import org.pressfacts.tagging.facts.Fact;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code tag FILE [--published YYYY-MM-DD]}: cleans and tags one article and prints the result as pretty JSON.
 * FILE is a corpus {@code .json} (its text, title and published are used) or plain text, which needs --published.
 * Stores nothing.
 */
public final class TagCommand {

    static final String USAGE = "usage: tag FILE [--published YYYY-MM-DD]   (FILE: plain text, or a corpus .json)";

    /** Spans in entities, dates and facts are offsets into newsText, printed last because it is long. */
    record Output(String title, String published, String kbVersion, List<TaggedEntity> entities,
                  List<DateTag> dates, List<Fact> facts, String newsText) {}

    private record Arguments(Path file, LocalDate published) {}

    private TagCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** @return 0 when printed, 1 when FILE cannot be read or the tagger cannot be built, 2 on a usage error */
    public static int run(List<String> args, PrintStream out) {
        return run(args, out, System.err, RawArticleTagger::shared);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Supplier<RawArticleTagger> taggers) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tag: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Path file = arguments.file();
        try {
            String rawText;
            String title = null;
            LocalDate published = arguments.published();
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                CorpusArticle article = CorpusArticle.read(file, err::println);
                rawText = article.text();
                title = article.title();
                if (published == null) {
                    published = article.publishedDate().orElse(null);
                }
            } else {
                rawText = Files.readString(file, StandardCharsets.UTF_8);
            }
            if (published == null) {
                err.println("tag: " + file + " gives no publication date: add --published YYYY-MM-DD, the anchor of"
                        + " relative dates such as \"last Friday\"\n" + USAGE);
                return 2;
            }
            RawArticleTagger tagger = EvalCommand.build(taggers, err);
            if (tagger == null) {
                return 1;
            }
            RawArticleTagger.Tagged tagged = tagger.tag(rawText, title, published);
            TaggingResult result = tagged.result();
            Output output = new Output(tagged.title(), published.toString(), result.kbVersion(), result.entities(),
                    result.dates(), result.facts(), tagged.newsText());
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(output));
            return 0;
        } catch (CorpusException e) {
            err.println("tag: " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the tagging result", e);
        } catch (IOException e) {
            err.println("tag: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static Arguments parse(List<String> args) {
        Path file = null;
        LocalDate published = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--published") || arg.startsWith("--published=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.size() ? args.get(++i) : null;
                published = date(value);
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new IllegalArgumentException("one FILE only, got " + file + " and " + arg);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("FILE is missing");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        return new Arguments(file, published);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            throw new IllegalArgumentException("--published needs a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published is not a date YYYY-MM-DD: " + value);
        }
    }
}
