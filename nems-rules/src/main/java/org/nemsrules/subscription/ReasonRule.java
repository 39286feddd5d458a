package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A Subscription without a readable {@code reason}. */
public final class ReasonRule extends SubscriptionRule {
    public static final String ID = "subscription.reason";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("reason is missing or blank")
            .description("reason is 1..1 and holds a human-readable reason for the subscription, which NEMS uses "
                    + "when reviewing and activating it, so a reason of only spaces counts as missing. In XML the "
                    + "reason goes in the value attribute: text between <reason> and </reason> is not a value.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-07")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Say why the organisation subscribes, e.g. <reason value=\"Child health record updates for "
                    + "children registered at practice B86011\"/>.")
            .build();

    public ReasonRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        String reason = subscription.getReason();
        if (reason == null || reason.isEmpty()) {
            report(
                    sink,
                    body,
                    "Subscription.reason",
                    "reason is missing; expected a human-readable reason for the "
                            + "subscription (reason is 1..1, and NEMS reads it when reviewing the subscription)");
        } else if (reason.isBlank()) {
            report(
                    sink,
                    body,
                    "Subscription.reason",
                    "reason is blank (only white space); expected a " + "human-readable reason for the subscription");
        }
    }
}
