package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A create body that carries the logical {@code id} NEMS assigns. */
public final class ServerAssignedIdRule extends SubscriptionRule {
    public static final String ID = "subscription.server-assigned-id";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The create body carries an id")
            .description("NEMS assigns a new subscription's logical id and returns it in the Location header, so "
                    + "the create body must not carry one. Spine answers a client-assigned id with 405 "
                    + "MSG_RESOURCE_ID_FAIL. meta.lastUpdated and meta.versionId are "
                    + "subscription.server-assigned-meta's to report.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-12")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(405, "MSG_RESOURCE_ID_FAIL")
            .fix("Remove the id element; read the new id from the Location header of the 201 response.")
            .build();

    public ServerAssignedIdRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        if (subscription.getIdElement().hasIdPart()) {
            report(
                    sink,
                    body,
                    "Subscription.id",
                    "the create body has the id '"
                            + Echo.of(subscription.getIdElement().getIdPart())
                            + "'; expected no id: NEMS assigns it and returns it in the Location header");
        }
    }
}
