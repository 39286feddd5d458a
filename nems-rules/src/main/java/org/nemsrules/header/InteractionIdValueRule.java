package org.nemsrules.header;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;

/** An InteractionID that is none of the three Subscription API URNs. */
public final class InteractionIdValueRule extends SpineHeaderRule {
    public static final String ID = "header.interaction-id-value";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("InteractionID is not one of the three Subscription API URNs")
            .description("InteractionID is exactly urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost "
                    + "(create), ...:SubscriptionsApiGet (read) or ...:SubscriptionsApiDelete (delete). Header "
                    + "values are compared exactly, so a difference of case, a missing prefix, quotes, or an "
                    + "interaction the API does not have (SubscriptionsApiPut, a search) is a bad header value: 400 "
                    + "MISSING_OR_INVALID_HEADER. A valid URN on the wrong verb is header.interaction-id-mismatch.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-03", "R-HDR-09")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Send InteractionID urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost with a create, "
                    + "...SubscriptionsApiGet with a read and ...SubscriptionsApiDelete with a delete, exactly.")
            .build();

    public InteractionIdValueRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        for (Header field : SpineHeader.INTERACTION_ID.fields(interaction)) {
            String value = field.value().strip();
            if (value.isEmpty()) {
                continue;
            }
            sink.examined();
            if (InteractionUrn.of(value).isPresent()) {
                continue;
            }
            StringBuilder message = new StringBuilder("InteractionID '")
                    .append(Echo.of(value))
                    .append("' is not a Subscription API interaction");
            InteractionUrn.diagnose(value).ifPresent(why -> message.append(": ").append(why));
            message.append("; expected ").append(expected(context.classification()));
            sink.report(field.line(), SpineHeader.INTERACTION_ID.path(), message.toString());
        }
    }

    private static String expected(InteractionClassification classification) {
        if (classification.isSupported()) {
            return "'" + classification.kind().interactionId() + "' for this "
                    + classification.kind().method();
        }
        return "one of " + InteractionUrn.allThree();
    }
}
