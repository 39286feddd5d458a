package org.nemsrules.subscription;

import java.util.List;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A contained resource that is not a Provenance. */
public final class ContainedResourceRule extends SubscriptionRule {
    public static final String ID = "subscription.contained-resource";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A contained resource is not a Provenance")
            .description("EMS-Subscription-1 restricts contained resources to Provenance, and no NEMS page uses "
                    + "them at all, so another contained resource is a warning. NEMS validating against the "
                    + "profile would answer 422 INVALID_RESOURCE.")
            .severity(Severity.WARNING)
            .requirements("R-SUB-14")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Remove the contained resource; a Subscription for NEMS needs none.")
            .build();

    public ContainedResourceRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        List<Resource> contained = subscription.getContained();
        for (int i = 0; i < contained.size(); i++) {
            String type = contained.get(i).fhirType();
            if (!type.equals("Provenance")) {
                report(sink, body, "Subscription.contained[" + i + "]", "contained[" + i + "] is a " + type
                        + "; expected only Provenance (EMS-Subscription-1), and NEMS uses no contained resources");
            }
        }
    }
}
