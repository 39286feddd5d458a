package org.nemsrules.simulator;

import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * Why a test failed, for the simulator's test extensions: each request with errors, its status, and its error
 * findings one per line (rule id, requirement, message: what a report says of them).
 */
public final class FailureMessage {
    private FailureMessage() {}

    public static String of(List<Exchange> withErrors) {
        StringBuilder message = new StringBuilder()
                .append("the NEMS simulator saw ")
                .append(withErrors.size())
                .append(withErrors.size() == 1 ? " request" : " requests")
                .append(" with errors:");
        for (Exchange exchange : withErrors) {
            message.append("\n  ")
                    .append(exchange.request().method())
                    .append(' ')
                    .append(exchange.request().uri().getRawPath())
                    .append(" -> ")
                    .append(exchange.response().status());
            for (Finding finding : exchange.findings()) {
                if (finding.severity() == Severity.ERROR) {
                    message.append("\n    ")
                            .append(finding.ruleId())
                            .append(finding.requirement().isEmpty() ? "" : " (" + finding.requirement() + ")")
                            .append(": ")
                            .append(finding.message());
                }
            }
        }
        return message.toString();
    }
}
