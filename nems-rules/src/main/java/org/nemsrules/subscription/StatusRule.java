package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A create whose Subscription {@code status} is not {@code requested}. */
public final class StatusRule extends SubscriptionRule {
    public static final String ID = "subscription.status";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("status is not 'requested' on create")
            .description("status is 1..1, and a new subscription is always 'requested': NEMS reviews it and sets "
                    + "'active' itself. The profile allows every subscription-status code, so 'active', 'error' or "
                    + "'off' pass a profile check but not the create page. A code outside the value set is "
                    + "subscription.unparseable's to report.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-04")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Send status 'requested' (XML <status value=\"requested\"/>, JSON \"status\": \"requested\").")
            .build();

    public StatusRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        String status = subscription.getStatusElement().getValueAsString();
        if (status == null || status.isEmpty()) {
            report(
                    sink,
                    body,
                    "Subscription.status",
                    "status is missing; expected 'requested' (status is 1..1, and "
                            + "a new subscription is requested: NEMS activates it)");
        } else if (!status.equals("requested")) {
            report(
                    sink,
                    body,
                    "Subscription.status",
                    "status is '" + Echo.of(status)
                            + "'; expected 'requested' on create: "
                            + "NEMS reviews a new subscription and sets 'active' itself");
        }
    }
}
