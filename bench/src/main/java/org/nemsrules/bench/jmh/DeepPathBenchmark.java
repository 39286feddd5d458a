package org.nemsrules.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.FileResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steady-state cost of one recording with deep validation: the default path plus HAPI's profile validation of
 * the body, on the same in-memory recordings as {@link DefaultPathBenchmark}. Tens of milliseconds an operation,
 * so fewer, longer iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 6, time = 5)
public class DeepPathBenchmark {
    InMemoryCorpus corpus;
    NemsValidator validator;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = InMemoryCorpus.generate(DefaultPathBenchmark.CORPUS_SIZE, InMemoryCorpus.Selection.ALL);
        validator = NemsValidator.builder().deepValidation(true).build();
        // The validation support chain is built on first use (seconds): keep that out of the first iteration.
        DefaultPathBenchmark.check(validator, corpus.get(0));
    }

    @Benchmark
    @Threads(1)
    public FileResult validate(Cursor cursor) {
        return DefaultPathBenchmark.check(validator, cursor.next(corpus));
    }
}
