package org.nemsrules.assertions;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Objects;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ValidationReport;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;
import org.nemsrules.model.LineEnds;
import org.nemsrules.model.Origin;
import org.nemsrules.report.PrintableText;
import org.nemsrules.report.Redactor;

/**
 * Assertions for a supplier's own tests: that the requests its client builds are what the NEMS Subscription API
 * accepts. A failure throws {@link AssertionError}, which JUnit 5 (and TestNG, and JUnit 4) reports as a failed
 * test, so this library needs no test framework; the message lists every finding as the text report does, then
 * the request as validated, so the line numbers can be followed.
 *
 * <pre>{@code
 * import static org.nemsrules.assertions.NemsAssertions.assertConformant;
 *
 * @Test
 * void createRequestIsWhatNemsAccepts() {
 *     HttpRequest request = client.createSubscriptionRequest(patient);   // the supplier's own code
 *     assertConformant(request);                                         // reads the body publisher
 * }
 * }</pre>
 *
 * <p>Without a validator the default one is used: every rule on by default, no supplier configuration, no judging
 * instant (so token expiry is not judged). Pass one from {@link NemsValidator#builder()} to change that. Every
 * method returns the report, for further checks on warnings. Thread-safe.
 */
public final class NemsAssertions {
    /** Body lines shown in a failure message; a Subscription is a few dozen. */
    private static final int MAX_BODY_LINES = 200;

    private NemsAssertions() {}

    /** Built on first use, then shared: a validator is immutable and thread-safe. */
    private static final class DefaultValidator {
        static final NemsValidator INSTANCE = NemsValidator.builder().threads(1).build();
    }

    /** Fails when NEMS would refuse the request (any error), its body read from its body publisher. */
    public static ValidationReport assertConformant(HttpRequest request) {
        return assertConformant(DefaultValidator.INSTANCE, request);
    }

    /** Fails when NEMS would refuse the request, with its body given as the text handed to its body publisher. */
    public static ValidationReport assertConformant(HttpRequest request, String body) {
        return assertConformant(DefaultValidator.INSTANCE, request, body);
    }

    /** Fails when NEMS would refuse the request, with its body given as bytes. */
    public static ValidationReport assertConformant(HttpRequest request, byte[] body) {
        return assertConformant(Interactions.from(request, body));
    }

    /** Fails when NEMS would refuse the request (see {@link Interactions} for building one). */
    public static ValidationReport assertConformant(Interaction request) {
        return assertConformant(DefaultValidator.INSTANCE, request);
    }

    /** Fails when this validator finds an error in the request, its body read from its body publisher. */
    public static ValidationReport assertConformant(NemsValidator validator, HttpRequest request) {
        return assertConformant(validator, Interactions.from(request));
    }

    /** Fails when this validator finds an error in the request, with its body given as text. */
    public static ValidationReport assertConformant(NemsValidator validator, HttpRequest request, String body) {
        return assertConformant(validator, Interactions.from(request, body));
    }

    /** Fails when this validator finds an error in the request. */
    public static ValidationReport assertConformant(NemsValidator validator, Interaction request) {
        ValidationReport report = Objects.requireNonNull(validator, "validator").validateRequest(request);
        assertConformant(report);
        return report;
    }

    /** Fails when the report holds an error. */
    public static void assertConformant(ValidationReport report) {
        assertConformant(report, Severity.ERROR);
    }

    /**
     * Fails when the report holds a finding at least as serious as {@code failAt}: {@code WARNING} fails on
     * warnings too, as {@code nems-check --fail-on warning} does.
     */
    public static void assertConformant(ValidationReport report, Severity failAt) {
        Objects.requireNonNull(failAt, "failAt");
        if (report.hasFindingsAtLeast(failAt)) {
            throw new AssertionError(failureMessage(report, failAt));
        }
    }

    /**
     * What a failure says: how many findings broke the threshold, every finding as the text report writes it, and
     * each request built in code laid out as validated, with line numbers. Tokens in the layout are cut to their
     * first characters, as reports cut them: test logs are kept and shared. Public so that other test helpers (the
     * simulator's JUnit extension) fail with the same message as these assertions.
     */
    public static String failureMessage(ValidationReport report, Severity failAt) {
        long failing = report.atLeast(failAt).findings().size();
        StringBuilder out =
                new StringBuilder("expected a request the NEMS Subscription API accepts, but NEMS Rules found ");
        if (failAt == Severity.ERROR) {
            out.append(failing).append(failing == 1 ? " error" : " errors");
        } else {
            out.append(failing)
                    .append(failing == 1 ? " finding" : " findings")
                    .append(" at ")
                    .append(failAt.label())
                    .append(" or above");
        }
        out.append(":\n");
        out.append(report.describe());
        List<Interaction> shown = report.requests().stream()
                .filter(r -> r.origin() == Origin.PROGRAMMATIC)
                .toList();
        for (Interaction request : shown) {
            out.append("\n")
                    .append(PrintableText.escape(request.file()))
                    .append(", as validated (the lines findings point at):\n");
            out.append(numbered(Interactions.toHttpText(request)));
        }
        return out.toString();
    }

    /**
     * The request laid out as a {@code .http} file, numbered, each header that carries a credential cut whole and any
     * token cut, as reports cut them ({@link Redactor#redactRecording}); control characters shown as escapes.
     */
    private static String numbered(String text) {
        // Numbered as the validator numbers them: a CR alone in a body ends a line too.
        List<String> lines = LineEnds.split(text);
        int count = lines.size();
        List<String> shown = Redactor.KEEP_NHS_NUMBERS.redactRecording(
                Interactions.DEFAULT_NAME + ".http", lines.subList(0, Math.min(count, MAX_BODY_LINES)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            out.append(String.format("%5d  %s", i + 1, PrintableText.escape(shown.get(i))))
                    .append('\n');
        }
        if (count > MAX_BODY_LINES) {
            out.append("       … ").append(count - MAX_BODY_LINES).append(" more lines\n");
        }
        return out.toString();
    }
}
