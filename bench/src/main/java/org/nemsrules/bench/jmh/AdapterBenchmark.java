package org.nemsrules.bench.jmh;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nemsrules.client.CheckedRequest;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.NemsRequestRejectedException;
import org.nemsrules.client.SentRequest;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.ValidationReport;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;
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
 * What an adapter adds to the validator (issue 22's goal: at most 0.3 ms a request, warm): the same valid requests
 * checked by {@link NemsValidator#validateRequest} alone, and by {@link NemsRequestCheck#check} in reject mode from
 * the {@link SentRequest} an adapter captures (the request laid out as an interaction, judged, its findings kept).
 * Both share one validator; the difference is the adapter's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 3)
public class AdapterBenchmark {
    List<Interaction> interactions;
    List<SentRequest> sent;
    NemsValidator validator;
    NemsRequestCheck check;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        InMemoryCorpus corpus =
                InMemoryCorpus.generate(DefaultPathBenchmark.CORPUS_SIZE, InMemoryCorpus.Selection.VALID);
        interactions = new ArrayList<>();
        sent = new ArrayList<>();
        RecordingReader reader = new RecordingReader();
        for (int i = 0; i < corpus.size(); i++) {
            InMemoryCorpus.Entry entry = corpus.get(i);
            Interaction request = reader.read(entry.name(), entry.bytes(), RecordingReader.Format.HTTP)
                    .interactions()
                    .get(0);
            interactions.add(request);
            sent.add(new SentRequest(
                    request.method(),
                    URI.create(request.target()),
                    request.headers().all().stream()
                            .map(h -> new SentRequest.Field(h.name(), h.value()))
                            .toList(),
                    request.body().bytes()));
        }
        validator = NemsValidator.builder().build();
        check = NemsRequestCheck.builder().validator(validator).reject().build();
    }

    @Benchmark
    @Threads(1)
    public ValidationReport validatorAlone(Cursor cursor) {
        return validator.validateRequest(interactions.get(cursor.index(interactions.size())));
    }

    @Benchmark
    @Threads(1)
    public CheckedRequest throughTheAdapter(Cursor cursor) throws NemsRequestRejectedException {
        return check.check(sent.get(cursor.index(sent.size())));
    }
}
