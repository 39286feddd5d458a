package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A create body that carries {@code meta.lastUpdated} or {@code meta.versionId}. */
public final class ServerAssignedMetaRule extends SubscriptionRule {
    public static final String ID = "subscription.server-assigned-meta";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The create body carries meta.lastUpdated or meta.versionId")
            .description("NEMS sets meta.lastUpdated and meta.versionId on the subscription it stores, so the "
                    + "create body must not carry them (meta.profile belongs there). A body copied from a read "
                    + "response, such as the 2018 active example, has them.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-12")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Remove meta.lastUpdated and meta.versionId; keep meta.profile.")
            .build();

    public ServerAssignedMetaRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        if (subscription.getMeta().hasLastUpdatedElement()) {
            report(
                    sink,
                    body,
                    "Subscription.meta.lastUpdated",
                    "the create body has meta.lastUpdated '"
                            + Echo.of(subscription
                                    .getMeta()
                                    .getLastUpdatedElement()
                                    .getValueAsString())
                            + "'; expected none: NEMS "
                            + "sets it when it stores the subscription");
        }
        if (subscription.getMeta().hasVersionIdElement()) {
            report(
                    sink,
                    body,
                    "Subscription.meta.versionId",
                    "the create body has meta.versionId '"
                            + Echo.of(subscription.getMeta().getVersionId())
                            + "'; expected none: NEMS sets it (and keeps no "
                            + "versions of a subscription)");
        }
    }
}
