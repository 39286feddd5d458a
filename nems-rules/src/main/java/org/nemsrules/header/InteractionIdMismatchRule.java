package org.nemsrules.header;

import java.util.Locale;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;
import org.nemsrules.model.InteractionKind;

/** A valid InteractionID URN sent with another interaction's verb, e.g. a POST carrying SubscriptionsApiGet. */
public final class InteractionIdMismatchRule extends SpineHeaderRule {
    public static final String ID = "header.interaction-id-mismatch";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("InteractionID is the URN of another interaction than the request's")
            .description("Each interaction has its own URN: POST (create) takes SubscriptionsApiPost, GET (read) "
                    + "SubscriptionsApiGet and DELETE (delete) SubscriptionsApiDelete. Spine checks the pairing and "
                    + "answers a mismatch with 400 MISSING_OR_INVALID_HEADER (\"InteractionID header does not "
                    + "match request\"). The rule judges only requests that are one of the three interactions; for "
                    + "any other request the http rules report the request itself, and no URN would be right.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Send the URN of the interaction the request is: SubscriptionsApiPost with POST, "
                    + "SubscriptionsApiGet with GET, SubscriptionsApiDelete with DELETE.")
            .build();

    public InteractionIdMismatchRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        InteractionClassification classification = context.classification();
        if (!classification.isSupported()) {
            return;
        }
        InteractionKind actual = classification.kind();
        for (Header field : SpineHeader.INTERACTION_ID.fields(interaction)) {
            sink.examined();
            InteractionUrn.of(field.value().strip())
                    .filter(sent -> sent != actual)
                    .ifPresent(sent -> sink.report(
                            field.line(),
                            SpineHeader.INTERACTION_ID.path(),
                            "InteractionID is '" + sent.interactionId() + "', the URN of " + describe(sent)
                                    + ", but this request is " + describe(actual) + "; expected '"
                                    + actual.interactionId() + "'"));
        }
    }

    private static String describe(InteractionKind kind) {
        return "a " + kind.name().toLowerCase(Locale.ROOT) + " (" + kind.method() + ")";
    }
}
