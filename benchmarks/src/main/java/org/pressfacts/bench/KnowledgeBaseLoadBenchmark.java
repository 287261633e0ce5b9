package org.pressfacts.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.pressfacts.tagging.Tagger;
import org.pressfacts.tagging.kb.KnowledgeBaseLoader;

import java.util.concurrent.TimeUnit;

/**
 * What a tagging function pays once per cold start: reading and checking the knowledge base, then building the
 * tagger's indexes. Single shots with no warm-up, so the first shot of each fork is as cold as a Lambda init
 * (later shots in a fork find the classes loaded).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(3)
public class KnowledgeBaseLoadBenchmark {

    @Benchmark
    public Tagger loadAndBuildTagger() {
        return new Tagger(KnowledgeBaseLoader.load());
    }
}
