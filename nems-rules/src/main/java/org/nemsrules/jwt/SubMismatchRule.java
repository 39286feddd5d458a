package org.nemsrules.jwt;

import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A {@code sub} claim that breaks the NEMS rule (R-JWT-06): it equals {@code requesting_user}
 * when that claim is present, and {@code requesting_system} otherwise.
 */
public final class SubMismatchRule extends TokenRule {
    public static final String ID = "jwt.sub-mismatch";

    private static final String USER_PREFIX = "https://fhir.nhs.uk/Id/sds-role-profile-id|";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT sub is not requesting_user (or requesting_system when there is no user)")
            .description("NEMS narrows Spine Core's rule for sub: when requesting_user is present, sub equals it "
                    + "exactly; when it is absent, sub equals requesting_system exactly. Spine Core's generic rule "
                    + "also allows requesting_patient, and Spine Core's own professional example (and its encoded "
                    + "token) gives sub and requesting_user different role profile ids, so it fails this rule: the "
                    + "NEMS rule is applied and the examples are not taken as authority (ambiguity 5). The rule "
                    + "stays silent when sub, or the claim it is compared with, is absent or empty; "
                    + "jwt.missing-claim reports those.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-06")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set sub to the exact value of requesting_user, or, when the request is made by a system with no "
                    + "user, to the exact value of requesting_system.")
            .build();

    public SubMismatchRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // Absent, null, empty and wrong-typed sub claims are jwt.missing-claim's to report.
        String sub = token.string("sub").orElse(null);
        if (sub == null) {
            return;
        }
        Optional<String> user = token.string("requesting_user");
        String against = user.isPresent() ? "requesting_user" : "requesting_system";
        Optional<String> expected = user.isPresent() ? user : token.string("requesting_system");
        if (expected.isEmpty()) {
            return;
        }
        sink.examined();
        if (expected.get().equals(sub)) {
            return;
        }
        String rule = user.isPresent()
                ? "NEMS rule: when requesting_user is present, sub equals it exactly"
                : "NEMS rule: when there is no requesting_user, sub equals requesting_system exactly";
        sink.report(
                token.line(),
                "jwt.claims.sub",
                "sub '" + Echo.of(sub) + "' does not equal " + against + " '" + Echo.of(expected.get()) + "' (" + rule
                        + ")" + hint(token, sub, user.isPresent()));
    }

    private static String hint(BearerToken token, String sub, boolean hasUser) {
        if (hasUser && token.string("requesting_system").filter(sub::equals).isPresent()) {
            return "; sub holds requesting_system, but a request made for a user names the user in sub";
        }
        if (!hasUser && sub.startsWith(USER_PREFIX)) {
            return "; sub names a user (an SDS role profile id) but the token has no requesting_user: add "
                    + "requesting_user, or set sub to requesting_system";
        }
        return "";
    }
}
