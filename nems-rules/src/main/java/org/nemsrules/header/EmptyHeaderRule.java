package org.nemsrules.header;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;

/** A Spine header sent with nothing in it. */
public final class EmptyHeaderRule extends SpineHeaderRule {
    public static final String ID = "header.empty";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("fromASID, toASID or InteractionID header is empty")
            .description("A Spine header that is present but blank carries no ASID or URN, so Spine treats it as "
                    + "missing or invalid: 400 MISSING_OR_INVALID_HEADER. This is usually a template variable "
                    + "that was never filled in.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-01", "R-HDR-02", "R-HDR-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Fill in the header: fromASID and toASID take a 12-digit ASID, InteractionID the URN of the "
                    + "interaction.")
            .build();

    public EmptyHeaderRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        sink.examined();
        for (SpineHeader header : SpineHeader.values()) {
            for (Header field : header.fields(interaction)) {
                if (field.value().isBlank()) {
                    sink.report(
                            field.line(),
                            null,
                            header.path(),
                            header.requirement(),
                            "the " + field.name() + " header is empty; it must hold " + header.purpose());
                }
            }
        }
    }
}
