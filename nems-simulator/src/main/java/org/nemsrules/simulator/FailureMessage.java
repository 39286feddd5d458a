package org.nemsrules.simulator;

import java.util.List;
import org.nemsrules.assertions.NemsAssertions;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ValidationReport;

/**
 * Why a test failed, for the simulator's test extensions (JUnit 5, WireMock): each request with errors, its status,
 * and its findings as {@link NemsAssertions} describes a request that fails, so that a test fails alike whether it
 * asserts on a request itself or lets the simulator judge it.
 */
public final class FailureMessage {
    private FailureMessage() {}

    public static String of(List<Exchange> withErrors) {
        StringBuilder out = new StringBuilder("the NEMS simulator received ")
                .append(withErrors.size())
                .append(withErrors.size() == 1 ? " request" : " requests")
                .append(" with errors during this test\n");
        for (Exchange exchange : withErrors) {
            SimulatedRequest request = exchange.request();
            out.append("\nrequest #")
                    .append(exchange.sequence())
                    .append(": ")
                    .append(request.method())
                    .append(' ')
                    .append(request.uri())
                    .append(", answered ")
                    .append(exchange.response().status())
                    .append('\n');
            // The request as the simulator judged it, which the message shows with its lines numbered.
            ValidationReport report =
                    new ValidationReport(List.of(NemsSimulator.interaction(request)), exchange.findings(), List.of());
            out.append(NemsAssertions.failureMessage(report, Severity.ERROR));
        }
        return out.toString();
    }
}
