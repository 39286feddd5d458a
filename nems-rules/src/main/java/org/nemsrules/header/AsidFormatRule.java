package org.nemsrules.header;

import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.nhs.Asid;

/** A fromASID or toASID header that is not a 12-digit ASID. */
public final class AsidFormatRule extends SpineHeaderRule {
    public static final String ID = "header.asid-format";
    /** Placeholders of the HTTP clients people record with: {{var}} (IntelliJ, VS Code, Postman), ${var}, <var>. */
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{.*}}|\\$\\{.*}|^<[^>]+>$");

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("fromASID or toASID is not a 12-digit ASID")
            .description("An ASID (Spine Accredited System ID) is numeric, and every published example has twelve "
                    + "digits, such as 200000000205. A value with letters, spaces, quotes or a naming-system prefix "
                    + "(https://fhir.nhs.uk/Id/accredited-system|…, which belongs in the JWT, not the header) is not "
                    + "an ASID. Leading and trailing whitespace is not part of an HTTP field value and is ignored. "
                    + "The answer is inferred: 400 MISSING_OR_INVALID_HEADER.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HDR-04", "R-HDR-01", "R-HDR-02")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Put the bare 12-digit ASID in the header: fromASID your system's, toASID the NEMS service's.")
            .build();

    public AsidFormatRule() {
        super(METADATA);
    }

    @Override
    void check(Interaction interaction, RuleContext context, FindingSink sink) {
        for (SpineHeader header : SpineHeader.values()) {
            if (!header.holdsAsid()) {
                continue;
            }
            for (Header field : header.fields(interaction)) {
                String value = field.value().strip();
                if (value.isEmpty()) {
                    continue; // header.empty reports it
                }
                sink.examined();
                Asid.problem(value)
                        .ifPresent(problem -> sink.report(
                                field.line(),
                                header.path(),
                                "the " + header.fieldName() + " header should hold " + header.purpose() + ", but "
                                        + problem + hint(value)));
            }
        }
    }

    private static String hint(String value) {
        int bar = value.lastIndexOf('|');
        if (bar >= 0 && Asid.parse(value.substring(bar + 1)).isPresent()) {
            return "; the 'system|' prefix belongs in the JWT's requesting_system, the header takes only '"
                    + Echo.of(value.substring(bar + 1)) + "'";
        }
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return "; remove the quotes";
        }
        if (TEMPLATE_VARIABLE.matcher(value).find()) {
            return "; it looks like a template variable that was never filled in";
        }
        return "";
    }
}
