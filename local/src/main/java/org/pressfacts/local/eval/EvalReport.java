package org.pressfacts.local.eval;

import org.pressfacts.local.eval.CorpusArticle.GoldEntity;
import org.pressfacts.tagging.EntityType;
import org.pressfacts.tagging.TaggedEntity;
import org.pressfacts.tagging.facts.Fact;
import org.pressfacts.tagging.facts.Fact.EntityRef;
import org.pressfacts.tagging.facts.Fact.FactDate;
import org.pressfacts.tagging.facts.Fact.FactType;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation as a person reads it: what each file missed or invented, then scores micro-averaged over all files.
 * The last four lines are a fixed-shape summary that hooks read with {@code tail -n 4}; undefined scores print there
 * as 0.000, and as n/a in the tables above.
 */
record EvalReport(List<ArticleEvaluation> articles, String kbVersion, Duration elapsed) {

    EvalReport {
        articles = List.copyOf(articles);
    }

    Counts entityCounts(EntityType type) {
        return sum(a -> a.entities().counts(type));
    }

    Counts entityCounts() {
        return Arrays.stream(EntityType.values()).map(this::entityCounts).reduce(Counts.ZERO, Counts::plus);
    }

    Counts factCounts(FactType type) {
        return sum(a -> a.facts().counts(type));
    }

    Counts factCounts() {
        return Arrays.stream(FactType.values()).map(this::factCounts).reduce(Counts.ZERO, Counts::plus);
    }

    int notEntityHits() {
        return articles.stream().mapToInt(a -> a.entities().notEntityHits().size()).sum();
    }

    List<FactMatcher.Match> matchedFacts() {
        return articles.stream().flatMap(a -> a.facts().matched().stream()).toList();
    }

    void print(PrintStream out) {
        articles.forEach(a -> printArticle(a, out));
        out.println();
        out.printf(Locale.ROOT, "Entities, micro-averaged over %d files%n", articles.size());
        printHeader(out);
        for (EntityType type : EntityType.values()) {
            printRow(type.name(), entityCounts(type), out);
        }
        printRow("overall", entityCounts(), out);
        out.printf(Locale.ROOT, "  not_entities hits %d%n", notEntityHits());
        out.println();
        out.println("Facts");
        printHeader(out);
        for (FactType type : FactType.values()) {
            printRow(type.name(), factCounts(type), out);
        }
        printRow("overall", factCounts(), out);
        List<FactMatcher.Match> matched = matchedFacts();
        out.printf(Locale.ROOT, "  over %d matched facts: date accuracy %s, status accuracy %s%n", matched.size(),
                table(dateAccuracy(matched)), table(statusAccuracy(matched)));
        out.println();
        printSummary(out);
    }

    /** Exactly four lines, always the same shape. */
    void printSummary(PrintStream out) {
        Counts e = entityCounts();
        Counts f = factCounts();
        List<FactMatcher.Match> matched = matchedFacts();
        out.printf(Locale.ROOT, "entities  P %s R %s F1 %s  (tp %d fp %d fn %d)  not_entities hits %d%n",
                summary(e.precision()), summary(e.recall()), summary(e.f1()), e.tp(), e.fp(), e.fn(), notEntityHits());
        out.printf(Locale.ROOT, "facts     P %s R %s F1 %s  (tp %d fp %d fn %d)%n",
                summary(f.precision()), summary(f.recall()), summary(f.f1()), f.tp(), f.fp(), f.fn());
        out.printf(Locale.ROOT, "dates     accuracy %s over %d matched facts; status accuracy %s%n",
                summary(dateAccuracy(matched)), matched.size(), summary(statusAccuracy(matched)));
        long failures = articles.stream().filter(a -> a.taggerError() != null).count();
        out.printf(Locale.ROOT, "corpus    %d files, kb %s, %.1f s%s%n", articles.size(), kbVersion,
                elapsed.toMillis() / 1000.0, failures == 0 ? "" : ", " + failures + " tagger failure" + (failures > 1 ? "s" : ""));
    }

    private static void printArticle(ArticleEvaluation a, PrintStream out) {
        Counts e = Arrays.stream(EntityType.values()).map(t -> a.entities().counts(t)).reduce(Counts.ZERO, Counts::plus);
        Counts f = Arrays.stream(FactType.values()).map(t -> a.facts().counts(t)).reduce(Counts.ZERO, Counts::plus);
        out.printf(Locale.ROOT, "== %s  entities tp %d fp %d fn %d; facts tp %d fp %d fn %d%n",
                a.file(), e.tp(), e.fp(), e.fn(), f.tp(), f.fp(), f.fn());
        if (a.taggerError() != null) {
            out.println("  TAGGER FAILED    " + a.taggerError() + "  (everything in this file counts as missed)");
        }
        a.entities().missed().forEach(g -> out.println("  missed entity    " + describe(g)));
        a.entities().spurious().forEach(p -> out.println("  spurious entity  " + describe(p)));
        a.entities().notEntityHits().forEach(h ->
                out.println("  not_entity hit   \"" + h.notEntity() + "\" in " + describe(h.predicted())));
        a.facts().missed().forEach(g -> out.println("  missed fact      " + describe(g)));
        a.facts().spurious().forEach(p -> out.println("  spurious fact    " + describe(p)));
        for (FactMatcher.Match m : a.facts().matched()) {
            if (!m.dateAccurate()) {
                out.println("  wrong date       " + describe(m.gold()) + "  predicted " + describe(m.predicted().date()));
            }
            if (!m.statusAccurate()) {
                out.println("  wrong status     " + describe(m.gold()) + "  predicted " + m.predicted().status());
            }
        }
    }

    private static void printHeader(PrintStream out) {
        out.printf(Locale.ROOT, "  %-22s %6s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
    }

    private static void printRow(String label, Counts c, PrintStream out) {
        out.printf(Locale.ROOT, "  %-22s %6s %6s %6s %6d %6d %6d%n", label,
                table(c.precision()), table(c.recall()), table(c.f1()), c.tp(), c.fp(), c.fn());
    }

    private static double dateAccuracy(List<FactMatcher.Match> matched) {
        return share(matched, FactMatcher.Match::dateAccurate);
    }

    private static double statusAccuracy(List<FactMatcher.Match> matched) {
        return share(matched, FactMatcher.Match::statusAccurate);
    }

    private static double share(List<FactMatcher.Match> matched, Function<FactMatcher.Match, Boolean> accurate) {
        return matched.isEmpty() ? Double.NaN : (double) matched.stream().filter(accurate::apply).count() / matched.size();
    }

    private Counts sum(Function<ArticleEvaluation, Counts> counts) {
        return articles.stream().map(counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static String table(double score) {
        return Double.isNaN(score) ? "n/a" : String.format(Locale.ROOT, "%.3f", score);
    }

    private static String summary(double score) {
        return String.format(Locale.ROOT, "%.3f", Double.isNaN(score) ? 0 : score);
    }

    static String describe(GoldEntity gold) {
        String key = gold.type() == EntityType.COUNTRY ? " [" + gold.iso2() + "]" : "";
        String surface = gold.surface().isEmpty() ? "" : " (also " + String.join(", ", gold.surface()) + ")";
        return String.format(Locale.ROOT, "%-12s %s%s%s", gold.type(), gold.name(), key, surface);
    }

    static String describe(TaggedEntity predicted) {
        String key = predicted.iso2() != null ? " [" + predicted.iso2() + "]" : "";
        String mentions = predicted.mentions().stream().map(m -> m.text() + "@" + m.span().start())
                .distinct().limit(5).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-12s %s%s  %s  mentions: %s", predicted.type(), predicted.name(), key,
                predicted.id(), mentions.isEmpty() ? "none" : mentions);
    }

    static String describe(GoldFact gold) {
        String what = switch (gold) {
            case GoldFact.Visit v -> v.traveler() + " -> " + v.destination() + (v.place() == null ? "" : " (" + v.place() + ")");
            case GoldFact.Summit s -> s.format() + (s.name() == null ? "" : " \"" + s.name() + "\"") + " in " + s.location()
                    + people(" with ", s.participants()) + people(", without ", s.absentees());
            case GoldFact.SanctionsCommitment c -> String.join(", ", c.parties()) + " " + c.action() + " on " + c.target();
        };
        String date = gold.start() == null ? "undated" : gold.start() + (gold.end() == null ? "" : ".." + gold.end());
        return gold.kind() + " " + what + "  " + date + " " + gold.status();
    }

    static String describe(Fact predicted) {
        String what = switch (predicted) {
            case Fact.Visit v -> ref(v.traveler()) + " -> " + ref(v.destination())
                    + (v.place() == null ? "" : " (" + ref(v.place()) + ")");
            case Fact.Summit s -> s.format() + (s.name() == null ? "" : " \"" + s.name() + "\"") + " in " + ref(s.location())
                    + people(" with ", s.participants().stream().map(EvalReport::ref).toList())
                    + people(", without ", s.absentees().stream().map(EvalReport::ref).toList());
            case Fact.SanctionsCommitment c -> c.parties().stream().map(EvalReport::ref).collect(Collectors.joining(", "))
                    + " " + c.action() + " on " + ref(c.target());
        };
        String rule = predicted.rule() == null ? "" : "  rule " + predicted.rule();
        String sentence = predicted.evidence() == null || predicted.evidence().sentence() == null ? ""
                : "  \"" + abbreviate(predicted.evidence().sentence(), 100) + "\"";
        return predicted.type() + " " + what + "  " + describe(predicted.date()) + " " + predicted.status() + rule + sentence;
    }

    private static String describe(FactDate date) {
        if (date == null || date.start() == null) {
            return "undated";
        }
        return date.start() + (date.end() == null ? "" : ".." + date.end());
    }

    private static String people(String prefix, List<String> names) {
        return names.isEmpty() ? "" : prefix + String.join(", ", names);
    }

    private static String ref(EntityRef ref) {
        if (ref == null) {
            return "?";
        }
        if (ref.iso2() != null) {
            return ref.iso2();
        }
        return ref.name() != null ? ref.name() : ref.id();
    }

    private static String abbreviate(String text, int maxChars) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= maxChars ? oneLine : oneLine.substring(0, maxChars - 1) + "…";
    }
}
