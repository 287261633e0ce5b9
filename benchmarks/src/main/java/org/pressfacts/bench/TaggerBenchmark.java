package org.pressfacts.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.TaggingResult;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;

import java.util.concurrent.TimeUnit;

/**
 * {@code Tagger.tag} (entities, dates and facts) on the cleaned 5 KB story, one thread: articles per second on one
 * core; {@link JmhReport} turns that into MB/s. The knowledge base is loaded once, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@Threads(1)
public class TaggerBenchmark {

    private Tagger tagger;
    private String newsText;

    @Setup
    public void loadKnowledgeBase() {
        tagger = new Tagger(KnowledgeBaseLoader.load());
        newsText = BenchArticle.newsText();
        if (tagger.tag(newsText, BenchArticle.PUBLISHED).facts().isEmpty()) {
            throw new IllegalStateException("the bench article yields no facts: the benchmark would not measure them");
        }
    }

    @Benchmark
    public TaggingResult tag() {
        return tagger.tag(newsText, BenchArticle.PUBLISHED);
    }
}
