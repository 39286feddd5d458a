package org.nemsrules.header;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;

/** A request without one of the Spine headers fromASID, toASID and InteractionID. */
public final class MissingHeaderRule extends SpineHeaderRule {
    public static final String ID = "header.missing";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("fromASID, toASID or InteractionID header is missing")
            .description("Every Subscription API request (create, read and delete) carries three Spine headers: "
                    + "fromASID, the ASID of the calling system; toASID, the ASID of the NEMS service; and "
                    + "InteractionID, the URN of the interaction. Spine answers a missing one with 400 "
                    + "MISSING_OR_INVALID_HEADER (\"expected header missing\"). Header names compare "
                    + "case-insensitively, so fromasid is fromASID; a name with other punctuation or a prefix "
                    + "(from-asid, from_ASID, X-fromASID) is a different header, and the finding names it.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-01", "R-HDR-02", "R-HDR-03", "R-HDR-09")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Send fromASID (your system's ASID), toASID (the NEMS ASID of the environment) and InteractionID "
                    + "(the URN of the interaction) on every request.")
            .build();

    public MissingHeaderRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        sink.examined();
        for (SpineHeader header : SpineHeader.values()) {
            if (header.fields(interaction).isEmpty()) {
                sink.report(
                        interaction.line(),
                        null,
                        header.path(),
                        header.requirement(),
                        message(header, interaction, context.classification()));
            }
        }
    }

    private static String message(SpineHeader header, Interaction interaction, InteractionClassification kind) {
        StringBuilder message = new StringBuilder("the request has no ")
                .append(header.fieldName())
                .append(" header; every Subscription API request carries it, holding ")
                .append(header.purpose());
        if (header == SpineHeader.INTERACTION_ID && kind.isSupported()) {
            message.append(" (here '").append(kind.kind().interactionId()).append("')");
        }
        header.lookAlike(interaction)
                .ifPresent(lookAlike -> message.append("; the header '")
                        .append(lookAlike.name())
                        .append("'")
                        .append(lookAlike.line() > 0 ? " on line " + lookAlike.line() : "")
                        .append(" looks meant to be it, but only the name ")
                        .append(header.fieldName())
                        .append(" (in any case) is read"));
        return message.toString();
    }
}
