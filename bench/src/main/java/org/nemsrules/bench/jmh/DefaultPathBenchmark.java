package org.nemsrules.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.FileResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steady-state cost of one recording on the default path: one shared {@link NemsValidator} (default rules,
 * no configuration) reads a {@code .http} recording from bytes already in memory and checks it, exactly what
 * {@link NemsValidator#validateFile} does after reading the file. At one thread and at two threads sharing the
 * validator. The warm-up (30 s, over 100,000 recordings once compiled) covers the ~40,000 recordings the JIT needs
 * with room for a loaded machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
public class DefaultPathBenchmark {
    /** Recordings in the corpus before {@link #recordings} selects from it. */
    public static final int CORPUS_SIZE = 1_000;

    private static final RecordingReader READER = new RecordingReader();

    @Param
    public InMemoryCorpus.Selection recordings;

    InMemoryCorpus corpus;
    NemsValidator validator;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = InMemoryCorpus.generate(CORPUS_SIZE, recordings);
        validator = NemsValidator.builder().build();
    }

    @Benchmark
    @Threads(1)
    public FileResult oneThread(Cursor cursor) {
        return check(validator, cursor.next(corpus));
    }

    @Benchmark
    @Threads(2)
    public FileResult twoThreads(Cursor cursor) {
        return check(validator, cursor.next(corpus));
    }

    /** Reads one recording from memory and validates it. */
    static FileResult check(NemsValidator validator, InMemoryCorpus.Entry entry) {
        return validator.validate(READER.read(entry.name(), entry.bytes(), RecordingReader.Format.HTTP));
    }
}
