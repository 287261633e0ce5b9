package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.CorpusException;
import org.pressfacts.tagging.TaggingResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code eval DIR}: cleans and tags every {@code *.json} corpus file of DIR, in name order, and prints what was
 * missed and invented, then scores. Exits 0 whatever the scores: it measures, it does not judge.
 */
public final class EvalCommand {

    static final String USAGE = "usage: eval DIR   (a directory of annotated corpus *.json files, see corpus SCHEMA.md)";

    private EvalCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** @return 0 once measured, 1 when a corpus file cannot be read or the tagger cannot be built, 2 on a usage error */
    public static int run(List<String> args, PrintStream out) {
        return run(args, out, System.err, RawArticleTagger::shared);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Supplier<RawArticleTagger> taggers) {
        if (args.size() != 1 || args.getFirst().startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args.getFirst());
        if (!Files.isDirectory(dir)) {
            err.println("eval: " + dir + " is not a directory\n" + USAGE);
            return 2;
        }
        long startNanos = System.nanoTime();
        try {
            List<Path> files = corpusFiles(dir);
            if (files.isEmpty()) {
                err.println("eval: no *.json files in " + dir);
            }
            RawArticleTagger tagger = build(taggers, err);
            if (tagger == null) {
                return 1;
            }
            List<ArticleEvaluation> evaluations = new ArrayList<>();
            String kbVersion = "n/a";
            for (Path file : files) {
                CorpusArticle article = CorpusArticle.read(file, err::println);
                String name = file.getFileName().toString();
                try {
                    TaggingResult result = tag(tagger, article);
                    kbVersion = result.kbVersion();
                    evaluations.add(ArticleEvaluation.of(name, article.gold(), result));
                } catch (CorpusException e) {
                    throw new CorpusException(name + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    evaluations.add(ArticleEvaluation.taggerFailed(name, article.gold(), kbVersion, e));
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            new EvalReport(evaluations, kbVersion, elapsed).print(out);
            return 0;
        } catch (CorpusException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("eval: cannot read " + dir + ": " + e.getMessage());
            return 1;
        }
    }

    /** A knowledge base that fails to load is not a score of zero: say why, with the file and line it gives. */
    static RawArticleTagger build(Supplier<RawArticleTagger> taggers, PrintStream err) {
        try {
            return taggers.get();
        } catch (RuntimeException e) {
            err.println("cannot build the tagger: " + e.getMessage());
            return null;
        }
    }

    private static TaggingResult tag(RawArticleTagger tagger, CorpusArticle article) {
        LocalDate published = article.publishedDate()
                .orElseThrow(() -> new CorpusException("published is missing: relative dates need it"));
        return tagger.tag(article.text(), article.title(), published).result();
    }

    private static List<Path> corpusFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
