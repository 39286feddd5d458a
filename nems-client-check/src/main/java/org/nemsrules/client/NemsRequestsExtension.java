package org.nemsrules.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nemsrules.assertions.NemsAssertions;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ValidationReport;

/**
 * A JUnit 5 extension for tests of a NEMS client: its {@link #check()} reports every request the client sends (and,
 * when asked, records it under the test's name), and a test fails at its end when its client sent a request with an
 * error. The failure lists each such request with its findings, as {@code NemsAssertions} does.
 *
 * <pre>{@code
 * @RegisterExtension
 * static NemsRequestsExtension nems = NemsRequestsExtension.builder().record().build();
 *
 * HttpClient client = NemsHttpClient.wrap(HttpClient.newHttpClient(), nems.check());
 * }</pre>
 */
public final class NemsRequestsExtension implements BeforeEachCallback, AfterEachCallback {
    private final FindingSink sink = new FindingSink();
    private final NemsRequestCheck check;
    private final boolean failOnErrors;

    private NemsRequestsExtension(Builder options) {
        NemsRequestCheck.Builder check = NemsRequestCheck.builder().report(sink);
        if (options.validator != null) {
            check.validator(options.validator);
        }
        if (options.recordTo != null) {
            check.record(options.recordTo);
        }
        if (options.reject) {
            check.reject();
        }
        this.check = check.build();
        this.failOnErrors = options.failOnErrors;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The check to give the client's adapter. */
    public NemsRequestCheck check() {
        return check;
    }

    /** Every request checked so far, of every test. */
    public FindingSink sink() {
        return sink;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentTest.started(testName(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String test = testName(context);
        try {
            List<CheckedRequest> failing = sink.withErrors().stream()
                    .filter(c -> c.test().filter(test::equals).isPresent())
                    .toList();
            if (failOnErrors && !failing.isEmpty()) {
                ValidationReport report = new ValidationReport(
                        failing.stream().map(CheckedRequest::request).toList(),
                        failing.stream().flatMap(c -> c.findings().stream()).toList(),
                        List.of());
                throw new AssertionError("the client sent " + failing.size()
                        + (failing.size() == 1 ? " request" : " requests") + " NEMS would refuse: "
                        + NemsAssertions.failureMessage(report, Severity.ERROR));
            }
        } finally {
            CurrentTest.finished();
        }
    }

    /** {@code NemsClientTest.subscribes}: the recordings' names start with it. */
    static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "."
                + context.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    /** Sets up the extension; it reports always, and rejects or records when asked. */
    public static final class Builder {
        private NemsValidator validator;
        private Path recordTo;
        private boolean reject;
        private boolean failOnErrors = true;

        private Builder() {}

        /**
         * Whether a test fails at its end when its client sent a request with an error; {@code true} unless set. With
         * {@code false} the requests are still reported and recorded, for the test or {@code nems:check} to judge.
         */
        public Builder failOnErrors(boolean fail) {
            this.failOnErrors = fail;
            return this;
        }

        /** The validator that judges each request (default: the default rules, no configuration). */
        public Builder validator(NemsValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Also record each request in {@link NemsRequestCheck#DEFAULT_RECORDINGS}, named after its test. */
        public Builder record() {
            return record(NemsRequestCheck.DEFAULT_RECORDINGS);
        }

        /** Also record each request in {@code directory}, named after its test. */
        public Builder record(Path directory) {
            this.recordTo = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Also refuse to send a request with an error: the client's call fails at once. */
        public Builder reject() {
            this.reject = true;
            return this;
        }

        public NemsRequestsExtension build() {
            return new NemsRequestsExtension(this);
        }
    }
}
