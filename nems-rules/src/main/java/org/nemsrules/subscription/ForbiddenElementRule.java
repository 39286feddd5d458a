package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A Subscription with {@code error} or {@code tag}, which EMS-Subscription-1 forbids. */
public final class ForbiddenElementRule extends SubscriptionRule {
    public static final String ID = "subscription.forbidden-element";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("error or tag is present, which EMS-Subscription-1 forbids")
            .description("The profile sets Subscription.error and Subscription.tag to 0..0. (Subscription.tag is "
                    + "the resource element, a list of codings; it is not the tag= component of the criteria, "
                    + "which is allowed.)")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-13")
            .specPage(SpecPages.CREATE)
            .answer(422, "INVALID_RESOURCE")
            .fix("Remove error and tag from the Subscription; to label delivered events, use the criteria's "
                    + "tag= component.")
            .build();

    public ForbiddenElementRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        if (subscription.hasErrorElement()) {
            report(
                    sink,
                    body,
                    "Subscription.error",
                    "the Subscription has an error element ('" + Echo.of(subscription.getError())
                            + "'); expected none: EMS-Subscription-1 sets error to 0..0");
        }
        if (subscription.hasTag()) {
            report(
                    sink,
                    body,
                    "Subscription.tag[0]",
                    "the Subscription has " + subscription.getTag().size()
                            + " tag element(s); expected none: EMS-Subscription-1 sets Subscription.tag to 0..0 (the "
                            + "criteria's tag= component is the place for a label)");
        }
    }
}
