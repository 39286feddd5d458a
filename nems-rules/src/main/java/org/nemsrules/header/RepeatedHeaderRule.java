package org.nemsrules.header;

import java.util.List;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;

/** A Spine header sent more than once. */
public final class RepeatedHeaderRule extends SpineHeaderRule {
    public static final String ID = "header.repeated";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("fromASID, toASID or InteractionID header is sent more than once")
            .description("Each Spine header holds one value: one calling system, one NEMS service, one "
                    + "interaction. HTTP lets a receiver join repeated fields with commas, and a joined ASID or "
                    + "URN is no longer valid, so a second field is reported even when it repeats the first value. "
                    + "Names compare case-insensitively, so fromASID and fromasid are the same header. Spine's "
                    + "answer for a header it cannot read is 400 MISSING_OR_INVALID_HEADER; that it answers so "
                    + "for a repeated one is inferred.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-01", "R-HDR-02", "R-HDR-03", "R-HDR-09")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Send each of fromASID, toASID and InteractionID exactly once.")
            .build();

    public RepeatedHeaderRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        sink.examined();
        for (SpineHeader header : SpineHeader.values()) {
            List<Header> fields = header.fields(interaction);
            if (fields.size() > 1) {
                String values = fields.stream()
                        .map(f -> "'" + Echo.of(f.value().strip()) + "'" + where(f))
                        .collect(Collectors.joining(", "));
                sink.report(
                        fields.get(1).line(),
                        null,
                        header.path(),
                        header.requirement(),
                        "the "
                                + header.fieldName() + " header is sent " + fields.size() + " times (" + values
                                + "); send it once, holding " + header.purpose());
            }
        }
    }

    private static String where(Header field) {
        return field.line() > 0 ? " on line " + field.line() : "";
    }
}
