package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * The claim {@code requesting_practitioner}: Spine Core's population table names it, but its
 * payload table and NEMS use {@code requesting_user} (ambiguity 4). Other extra claims are allowed
 * and not reported.
 */
public final class UnknownClaimRule extends TokenRule {
    public static final String ID = "jwt.unknown-claim";

    private static final String PRACTITIONER = "requesting_practitioner";
    private static final String USER = "requesting_user";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT has requesting_practitioner, which NEMS does not use")
            .description("Spine Core's tables disagree on the claim for the health or social care professional: "
                    + "its payload table says requesting_user, its population table requesting_practitioner. NEMS "
                    + "uses requesting_user, and its sub rule compares sub with requesting_user, so a user named only "
                    + "in requesting_practitioner is not seen (ambiguity 4). This is information, not an error: "
                    + "JWTs may carry extra claims, and no other extra claim is reported.")
            .severity(Severity.INFO)
            .reportsExamination()
            .requirements("R-JWT-15")
            .specPage(SpecPages.JWT)
            .fix("Name the user in requesting_user, e.g. "
                    + "\"requesting_user\":\"https://fhir.nhs.uk/Id/sds-role-profile-id|555254240100\", "
                    + "and drop requesting_practitioner.")
            .build();

    public UnknownClaimRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        if (!token.claims().containsKey(PRACTITIONER)) {
            return;
        }
        sink.examined();
        String message = "the claim '" + PRACTITIONER + "' is Spine Core's population-table alias and is not used "
                + "by NEMS; NEMS reads the user from '" + USER + "'";
        message += token.has(USER)
                ? ", which this token also has, so requesting_practitioner is ignored"
                : ", which this token lacks: move the value ("
                        + ClaimJsonType.shown(token.claims().get(PRACTITIONER)) + ") to requesting_user";
        sink.report(token.line(), "jwt.claims." + PRACTITIONER, message);
    }
}
