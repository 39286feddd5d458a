package org.nemsrules.jwt;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * {@code exp} and {@code iat} that are not integer NumericDates, or a lifetime that is not
 * {@code iat < exp <= iat + 300} (R-JWT-08, R-JWT-09, ambiguity 17). Absent, null or empty claims
 * are left to {@link MissingClaimRule}.
 */
public final class TokenLifetimeRule extends TokenRule {
    public static final String ID = "jwt.token-lifetime";

    /** Spine Core sets exp to the creation time plus five minutes. */
    static final long MAX_LIFETIME_SECONDS = 300;

    /** A NumericDate above this (the year 5138 in seconds) is almost certainly in milliseconds. */
    private static final long MILLISECONDS_THRESHOLD = 99_999_999_999L;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT exp and iat are not integer seconds with iat < exp <= iat + 300")
            .description("exp and iat are NumericDates: integer seconds since 1970-01-01T00:00Z (UTC). A string, a "
                    + "decimal or a boolean is an error naming the type found, and so is a value above 99999999999, "
                    + "which counts milliseconds. Spine Core sets exp to the creation time plus 5 minutes; it does "
                    + "not say 'at most', but a longer lifetime is not what it describes, so exp must come after iat by at most 300 seconds (ambiguity 17). The values are "
                    + "judged against each other only, never against the current time: the analysis is static, and "
                    + "recordings are replayed long after they were made. Judging whether a token had expired needs "
                    + "an instant supplied by the user, a clock option that is future work.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-09", "R-JWT-08")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set iat to the time the token is made and exp to iat + 300, both as integer seconds, e.g. "
                    + "\"iat\":1767603600,\"exp\":1767603900.")
            .build();

    public TokenLifetimeRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Long exp = seconds(token, "exp", "R-JWT-08", sink);
        Long iat = seconds(token, "iat", "R-JWT-09", sink);
        if (exp == null || iat == null) {
            return;
        }
        if (exp <= iat) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims.exp",
                    "R-JWT-09",
                    "exp " + exp + " is "
                            + (exp.equals(iat) ? "equal to" : (iat - exp) + " s before") + " iat " + iat
                            + "; expected exp after iat, at most " + MAX_LIFETIME_SECONDS + " s later");
        } else if (exp - iat > MAX_LIFETIME_SECONDS) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims.exp",
                    "R-JWT-09",
                    "exp " + exp + " is " + (exp - iat) + " s after iat " + iat + "; expected at most "
                            + MAX_LIFETIME_SECONDS + " s");
        }
    }

    /** The claim as integer seconds; null, after reporting, when it is of another type, or when it is missing. */
    private static Long seconds(BearerToken token, String claim, String requirement, FindingSink sink) {
        if (!token.has(claim)) {
            return null;
        }
        sink.examined();
        Object value = token.claims().get(claim);
        if (!ClaimJsonType.isInteger(value)) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims." + claim,
                    requirement,
                    "the claim '" + claim + "' is "
                            + ClaimJsonType.of(value) + " (" + ClaimJsonType.shown(value)
                            + "); expected an integer NumericDate in seconds, e.g. " + example(value));
            return null;
        }
        long seconds = ((Number) value).longValue();
        if (seconds > MILLISECONDS_THRESHOLD) {
            sink.report(
                    token.line(),
                    null,
                    "jwt.claims." + claim,
                    requirement,
                    "the claim '" + claim + "' is "
                            + seconds + ", which looks like milliseconds since 1970; expected seconds ("
                            + seconds / 1000
                            + ")");
            return null;
        }
        return seconds;
    }

    private static String example(Object value) {
        if (value instanceof String s && s.strip().matches("\\d{1,11}")) {
            return s.strip() + " without quotes";
        }
        if (value instanceof Number n) {
            return String.valueOf((long) Math.floor(n.doubleValue()));
        }
        return "1767603600";
    }
}
