package org.pressfacts.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs both benchmarks under the JIT Lambda uses (C1 only, {@code -XX:TieredStopAtLevel=1}) and under the JVM's
 * default (C2), and prints a markdown table. JMH's own output goes to stderr.
 *
 * <p>Usage: {@code JmhReport [--forks N] [--iterations N]} (defaults: 3 forks, 5 warm-up and 5 measured iterations).
 */
public final class JmhReport {

    /** The JIT flags of template.yaml's JAVA_TOOL_OPTIONS, as Lambda runs our functions. */
    static final List<String> LAMBDA_JIT = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    private JmhReport() {}

    public static void main(String[] args) throws RunnerException {
        int forks = option(args, "--forks", 3);
        int iterations = option(args, "--iterations", 5);
        PrintStream table = System.out;
        System.setOut(System.err);  // JMH's progress goes with the logs; stdout carries only the table
        int bytes = BenchArticle.utf8Bytes(BenchArticle.newsText());

        List<String> rows = new ArrayList<>();
        for (boolean lambdaJit : new boolean[] {true, false}) {
            String jit = lambdaJit ? "C1 (Lambda flags)" : "C2 (JVM default)";
            Result tagger = run(TaggerBenchmark.class, forks, iterations, iterations, lambdaJit);
            double articlesPerSecond = tagger.getScore();
            rows.add(row("Tagger.tag, %d-byte article, 1 thread".formatted(bytes), jit,
                    "%.1f ± %.1f articles/s = **%.2f ± %.2f MB/s**".formatted(articlesPerSecond,
                            tagger.getScoreError(), articlesPerSecond * bytes / 1e6, tagger.getScoreError() * bytes / 1e6)));
            Result load = run(KnowledgeBaseLoadBenchmark.class, forks, 0, iterations, lambdaJit);
            rows.add(row("KnowledgeBaseLoader.load() + new Tagger(kb), single shot", jit,
                    "**%.1f ± %.1f ms**".formatted(load.getScore(), load.getScoreError())));
        }
        table.printf(Locale.ROOT, "| Benchmark (%d forks × %d iterations, ± 99.9%% CI) | JIT | Result |%n", forks, iterations);
        table.println("|---|---|---|");
        rows.forEach(table::println);
        table.flush();
    }

    private static Result run(Class<?> benchmark, int forks, int warmups, int iterations, boolean lambdaJit)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .forks(forks)
                .warmupIterations(warmups)
                .measurementIterations(iterations);
        List<String> jvmArgs = new ArrayList<>(List.of("-XX:+UseSerialGC"));  // Lambda's collector
        if (lambdaJit) {
            jvmArgs.addAll(LAMBDA_JIT);
        }
        options = options.jvmArgsAppend(jvmArgs.toArray(String[]::new));  // one call: a second would replace the first
        RunResult result = new Runner(options.build()).runSingle();
        return result.getPrimaryResult();
    }

    private static String row(String benchmark, String jit, String result) {
        return "| " + benchmark + " | " + jit + " | " + result + " |";
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
