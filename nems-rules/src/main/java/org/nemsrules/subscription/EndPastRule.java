package org.nemsrules.subscription;

import java.time.Instant;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An {@code end} at or before the instant the user asked to judge against. */
public final class EndPastRule extends SubscriptionRule {
    public static final String ID = "subscription.end-past";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("end is not in the future at the judging instant")
            .description("A subscription whose end has passed delivers nothing. Whether an end is past depends on "
                    + "when the request is sent, which a recording cannot say, so this rule judges only against an "
                    + "instant the user supplies (nems-check --now, or NemsValidator.Builder.judgingInstant) and "
                    + "is silent otherwise. It is a warning: the pages do not say NEMS rejects it.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-SUB-09")
            .specPage(SpecPages.CREATE)
            .fix("Set end in the future, or leave it out for a subscription that does not expire.")
            .build();

    public EndPastRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (context.judgingInstant().isEmpty() || subscription.getEnd() == null) {
            return;
        }
        sink.examined();
        Instant now = context.judgingInstant().get();
        Instant end = subscription.getEnd().toInstant();
        if (!end.isAfter(now)) {
            report(
                    sink,
                    body,
                    "Subscription.end",
                    "end is " + Echo.of(subscription.getEndElement().getValueAsString()) + " (" + end
                            + "), at or before the judging instant " + now + "; expected an end after it");
        }
    }
}
