package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.Identifier;

/** A {@code requesting_user} claim that is not {@code system|value}, or a national one whose id is not numeric. */
public final class RequestingUserRule extends TokenRule {
    public static final String ID = "jwt.requesting-user";
    static final String CLAIM = "requesting_user";
    /** The national naming system for a professional: the SDS role profile id (R-JWT-15). */
    static final String SDS_ROLE_PROFILE_ID = "https://fhir.nhs.uk/Id/sds-role-profile-id";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("requesting_user is not a system|value identifier, or its SDS role profile id is not numeric")
            .description("The optional requesting_user claim names the health or social care professional making "
                    + "the request. When present it is an identifier with exactly one '|' and both sides filled, "
                    + "normally 'https://fhir.nhs.uk/Id/sds-role-profile-id|<SDS role profile id>', whose id is "
                    + "numeric. The requirements allow a local id under a locally defined naming system only when "
                    + "no national one exists, which a recording cannot show. So the findings are split: a claim "
                    + "that is not system|value, or an SDS role profile id that is not numeric, is an error here; "
                    + "any other naming system is only a warning, in jwt.requesting-user-local-system, which a "
                    + "supplier with no national id can switch off.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-15", "R-JWT-17")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set requesting_user to 'https://fhir.nhs.uk/Id/sds-role-profile-id|' followed by the user's "
                    + "SDS role profile id (digits only), or leave the claim out when no user is involved.")
            .build();

    public RequestingUserRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Identifier id = IdentifierClaim.read(token, CLAIM, sink).orElse(null);
        if (id == null) {
            return;
        }
        sink.examined();
        // A local naming system is jwt.requesting-user-local-system's; only an SDS role profile id must be numeric.
        if (!id.system().equals(SDS_ROLE_PROFILE_ID)) {
            return;
        }
        if (!id.value().chars().allMatch(c -> c >= '0' && c <= '9')) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims." + CLAIM,
                    "R-JWT-15",
                    "the SDS role profile id in the "
                            + CLAIM + " claim is '" + Echo.of(id.value())
                            + "', which is not numeric; expected digits only, "
                            + "e.g. '555254240100'");
        }
    }
}
