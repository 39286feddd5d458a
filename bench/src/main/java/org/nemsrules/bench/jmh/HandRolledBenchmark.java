package org.nemsrules.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nemsrules.bench.HandRolledBaseline;
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
 * The steady-state cost of what a user would write instead: {@link HandRolledBaseline}'s {@code FhirContext} and
 * {@code FhirInstanceValidator} with the EMS-Subscription-1 profile, validating the body of the same in-memory
 * recordings as {@link DefaultPathBenchmark} (the body is cut out of the recording during setup, not timed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 6, time = 5)
public class HandRolledBenchmark {
    InMemoryCorpus corpus;
    HandRolledBaseline baseline;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = InMemoryCorpus.generate(DefaultPathBenchmark.CORPUS_SIZE, InMemoryCorpus.Selection.ALL);
        baseline = new HandRolledBaseline();
        // The first validation builds the profile's snapshot (seconds): keep it out of the first iteration.
        baseline.errors(corpus.get(0).body());
    }

    /** Returns how many errors HAPI reported. */
    @Benchmark
    @Threads(1)
    public int validate(Cursor cursor) {
        return baseline.errors(cursor.next(corpus).body());
    }
}
