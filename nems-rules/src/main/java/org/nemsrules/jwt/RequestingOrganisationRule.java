package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.OdsCode;

/** A {@code requesting_organisation} claim that is not {@code https://fhir.nhs.uk/Id/ods-organization-code|<ODS code>}. */
public final class RequestingOrganisationRule extends TokenRule {
    public static final String ID = "jwt.requesting-organisation";
    static final String CLAIM = "requesting_organisation";
    /** The naming system written with the claim's UK spelling: a slip worth naming. */
    static final String UK_SPELLED_SYSTEM = "https://fhir.nhs.uk/Id/ods-organisation-code";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("requesting_organisation is not the ods-organization-code identifier of an ODS code")
            .description("The requesting_organisation claim names the organisation on whose behalf the request "
                    + "is made: 'https://fhir.nhs.uk/Id/ods-organization-code|<ODS code>', an identifier with "
                    + "exactly one '|' and both sides filled. The claim name has the UK spelling (organisation) "
                    + "but the naming system keeps the US one (organization), so a prefix written "
                    + "'ods-organisation-code' is reported by name. The naming system is compared exactly. An ODS "
                    + "code is 3 to 10 upper-case letters and digits. Whether Spine knows the code and associates "
                    + "it with the requesting_system ASID needs the supplier's configuration and is not checked "
                    + "here. An absent claim, and the Spine Core spelling requesting_organization, are reported "
                    + "by jwt.missing-claim.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-14", "R-JWT-17")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set requesting_organisation to 'https://fhir.nhs.uk/Id/ods-organization-code|' (with a z) "
                    + "followed by the organisation's ODS code in capitals, e.g. "
                    + "'https://fhir.nhs.uk/Id/ods-organization-code|A83006'.")
            .build();

    public RequestingOrganisationRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Identifier id = IdentifierClaim.read(token, CLAIM, sink).orElse(null);
        if (id == null) {
            return;
        }
        sink.examined();
        String path = "jwt.claims." + CLAIM;
        if (id.system().equals(UK_SPELLED_SYSTEM)) {
            sink.report(
                    token.line(),
                    path,
                    "the " + CLAIM + " claim has the naming system '" + Echo.of(id.system())
                            + "', spelled 'ods-organisation-code' with an s; expected '" + OdsCode.SYSTEM
                            + "': the naming system keeps the US spelling with a z, although the claim name has the UK one");
        } else {
            IdentifierClaim.systemMismatch(CLAIM, id.system(), OdsCode.SYSTEM)
                    .ifPresent(message -> sink.report(token.line(), path, message));
        }
        if (id.system().equals(UK_SPELLED_SYSTEM) || IdentifierClaim.isOrResembles(id.system(), OdsCode.SYSTEM)) {
            OdsCode.problem(id.value())
                    .ifPresent(problem -> sink.report(
                            token.line(), path, "the ODS code in the " + CLAIM + " claim is malformed: " + problem));
        }
    }
}
