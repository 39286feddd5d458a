package org.nemsrules.jwt;

import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code requesting_user} under a naming system other than the national SDS role profile id. */
public final class RequestingUserLocalSystemRule extends TokenRule {
    public static final String ID = "jwt.requesting-user-local-system";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("requesting_user uses a local naming system instead of sds-role-profile-id")
            .description("The requesting_user claim is normally "
                    + "'https://fhir.nhs.uk/Id/sds-role-profile-id|<SDS role profile id>'. A local user id under "
                    + "a locally defined naming system is allowed only when no national one exists. A recording "
                    + "cannot show whether the user has a national id, so any other naming system is a warning, "
                    + "not an error; a near miss of the national system (http for https, letter case, a trailing "
                    + "'/') is named as such. A claim that is not system|value at all is an error of "
                    + "jwt.requesting-user, and this rule is then silent.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-JWT-15")
            .specPage(SpecPages.JWT)
            .inferredAnswer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Use the user's SDS role profile id, 'https://fhir.nhs.uk/Id/sds-role-profile-id|<id>', whenever "
                    + "the user has one; keep a local naming system only for users without a national id.")
            .build();

    public RequestingUserLocalSystemRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        IdentifierClaim.quietly(token, RequestingUserRule.CLAIM).ifPresent(id -> {
            sink.examined();
            String expected = RequestingUserRule.SDS_ROLE_PROFILE_ID;
            if (id.system().equals(expected)) {
                return;
            }
            String hint = IdentifierClaim.nearMiss(id.system(), expected)
                    .map(h -> "; it looks like the national system written wrongly: " + h)
                    .orElse("");
            sink.report(
                    token.line(),
                    "jwt.claims." + RequestingUserRule.CLAIM,
                    "the " + RequestingUserRule.CLAIM
                            + " claim has the naming system '" + Echo.of(id.system()) + "', not the national '"
                            + Echo.of(expected)
                            + "'; a local user identifier system is allowed only when no national one exists" + hint);
        });
    }
}
