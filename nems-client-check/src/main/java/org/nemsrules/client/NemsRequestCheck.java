package org.nemsrules.client;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.nemsrules.assertions.NemsAssertions;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ValidationReport;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;

/**
 * What every client adapter does with a request it captured: judge it with a {@link NemsValidator}, then, by mode,
 * refuse to send it when it has an error ({@link Builder#reject()}), report it to a {@link FindingSink}
 * ({@link Builder#report}), record it as a {@code .http} file for {@code nems:check} ({@link Builder#record}). The
 * modes combine; with none set, a check rejects.
 *
 * <pre>{@code
 * NemsRequestCheck check = NemsRequestCheck.builder().reject().record().build();
 * HttpClient client = NemsHttpClient.wrap(HttpClient.newHttpClient(), check);   // or the OkHttp, Spring, ... adapter
 * }</pre>
 *
 * <p>Immutable and thread-safe: one check serves any number of clients and threads.
 */
public final class NemsRequestCheck {
    /** Where {@link Builder#record()} writes: the directory {@code nems:check} reads in the verify phase. */
    public static final Path DEFAULT_RECORDINGS = Path.of("target", "nems-recordings");

    private static final String UNNAMED = "request";

    private final NemsValidator validator;
    private final boolean reject;
    private final Optional<FindingSink> sink;
    private final Optional<RequestRecorder> recorder;

    private NemsRequestCheck(Builder b) {
        this.validator =
                b.validator != null ? b.validator : NemsValidator.builder().build();
        boolean anyMode = b.reject || b.sink != null || b.recordTo != null;
        this.reject = b.reject || !anyMode;
        this.sink = Optional.ofNullable(b.sink);
        this.recorder = Optional.ofNullable(b.recordTo).map(RequestRecorder::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges a request its client is about to send, reports and records it as the modes say.
     *
     * @throws NemsRequestRejectedException in reject mode, when the request has an error: it must not be sent
     */
    public CheckedRequest check(SentRequest sent) throws NemsRequestRejectedException {
        Optional<String> test = CurrentTest.name();
        String prefix = test.orElse(UNNAMED);
        Optional<Path> file = recorder.map(r -> r.next(prefix));
        Interactions.Builder builder = Interactions.request(sent.method(), sent.uri());
        sent.headers().forEach(h -> builder.header(h.name(), h.value()));
        Interaction request = builder.body(sent.body())
                .name(file.map(f -> f.getFileName().toString()).orElse(prefix))
                .build();
        ValidationReport report = validator.validateRequest(request);
        file.ifPresent(f -> recorder.get().write(f, request));
        CheckedRequest checked = new CheckedRequest(request, report.findings(), test, file);
        sink.ifPresent(s -> s.add(checked));
        if (reject && checked.hasErrors()) {
            throw new NemsRequestRejectedException(
                    "not sent: " + NemsAssertions.failureMessage(report, Severity.ERROR), checked);
        }
        return checked;
    }

    public boolean rejects() {
        return reject;
    }

    public Optional<FindingSink> sink() {
        return sink;
    }

    /** The directory requests are recorded in, in record mode. */
    public Optional<Path> recordingDirectory() {
        return recorder.map(RequestRecorder::directory);
    }

    /** Sets up a check; every mode is off until set, and a check with none rejects. */
    public static final class Builder {
        private NemsValidator validator;
        private boolean reject;
        private FindingSink sink;
        private Path recordTo;

        private Builder() {}

        /** The validator that judges each request (default: the default rules, no configuration). */
        public Builder validator(NemsValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Throw {@link NemsRequestRejectedException} instead of sending a request with an error. */
        public Builder reject() {
            this.reject = true;
            return this;
        }

        /** Report every request, with its findings, to {@code sink}. */
        public Builder report(FindingSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** Record every request as a {@code .http} file in {@link #DEFAULT_RECORDINGS}. */
        public Builder record() {
            return record(DEFAULT_RECORDINGS);
        }

        /** Record every request as a {@code .http} file in {@code directory}, created when missing. */
        public Builder record(Path directory) {
            this.recordTo = Objects.requireNonNull(directory, "directory");
            return this;
        }

        public NemsRequestCheck build() {
            return new NemsRequestCheck(this);
        }
    }
}
