package org.nemsrules.jwt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A mandatory claim that is absent, null or an empty string, or a string claim of another JSON
 * type. This rule alone reports both, so every other claim rule judges only values that are
 * present, and may take the string claims as strings.
 */
public final class MissingClaimRule extends TokenRule {
    public static final String ID = "jwt.missing-claim";

    /** The mandatory claims, each with the requirement that makes it mandatory. */
    private static final Map<String, String> MANDATORY = ordered(
            "iss", "R-JWT-05",
            "sub", "R-JWT-06",
            "aud", "R-JWT-07",
            "exp", "R-JWT-08",
            "iat", "R-JWT-09",
            "reason_for_request", "R-JWT-10",
            "scope", "R-JWT-11",
            "requesting_system", "R-JWT-13",
            "requesting_organisation", "R-JWT-14");

    /** The claims whose value is a string; exp and iat are numbers and judged by jwt.token-lifetime. */
    private static final Map<String, String> STRINGS = ordered(
            "iss", "R-JWT-05",
            "sub", "R-JWT-06",
            "aud", "R-JWT-07",
            "reason_for_request", "R-JWT-10",
            "scope", "R-JWT-11",
            "requesting_system", "R-JWT-13",
            "requesting_organisation", "R-JWT-14",
            "requesting_user", "R-JWT-15",
            "requesting_patient", "R-JWT-16");

    private static final String US_SPELLING = "requesting_organization";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Mandatory JWT claim is missing, null, empty or not a string")
            .description("NEMS needs nine claims in every token: iss, sub, aud, exp, iat, reason_for_request, scope, "
                    + "requesting_system and requesting_organisation. Spine rejects a token whose mandatory claims "
                    + "are absent, null or invalid (its example: 'Empty JWT aud claim'), so an empty string counts "
                    + "as missing. Each missing claim is one finding. NEMS spells requesting_organisation with an "
                    + "s, while Spine Core spells its optional claim requesting_organization; when only the z "
                    + "spelling is there, the finding names it (ambiguity 4). The identifier and URL claims (iss, "
                    + "sub, aud, reason_for_request, scope and the requesting_* claims) must be JSON strings: a "
                    + "number, boolean, object or array is reported here with the type found, so that the rules "
                    + "judging their values need not. Other claims are allowed.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements(
                    "R-JWT-04",
                    "R-JWT-05",
                    "R-JWT-06",
                    "R-JWT-07",
                    "R-JWT-08",
                    "R-JWT-09",
                    "R-JWT-10",
                    "R-JWT-11",
                    "R-JWT-13",
                    "R-JWT-14",
                    "R-JWT-15",
                    "R-JWT-16")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Put every mandatory claim in the token with a non-empty value, the string claims as JSON strings, "
                    + "e.g. \"requesting_organisation\":\"https://fhir.nhs.uk/Id/ods-organization-code|A83006\".")
            .build();

    public MissingClaimRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        sink.examined();
        Map<String, Object> claims = token.claims();
        MANDATORY.forEach((claim, requirement) -> {
            if (!token.has(claim)) {
                sink.report(token.line(), null, "jwt.claims." + claim, requirement, missing(token, claim));
            }
        });
        STRINGS.forEach((claim, requirement) -> {
            Object value = claims.get(claim);
            if (value != null && !(value instanceof String)) {
                sink.report(token.line(), null, "jwt.claims." + claim, requirement, wrongType(claim, value));
            }
        });
    }

    private static String missing(BearerToken token, String claim) {
        String what = !token.claims().containsKey(claim)
                ? "is missing"
                : token.claims().get(claim) == null ? "is null" : "is an empty string";
        String message = "the mandatory claim '" + claim + "' " + what + "; expected " + expected(claim);
        if (claim.equals("requesting_organisation") && token.has(US_SPELLING)) {
            message += "; the token has '" + US_SPELLING + "' instead: did you mean requesting_organisation? NEMS "
                    + "spells the claim with an s; the identifier prefix keeps ods-organization-code";
        }
        return message;
    }

    private static String expected(String claim) {
        return switch (claim) {
            case "iss" -> "the URI of the token issuer or the requesting system";
            case "sub" -> "requesting_user, or requesting_system when there is no user";
            case "aud" -> "the endpoint URL, e.g. https://clinicals.spineservices.nhs.uk";
            case "exp" -> "an integer NumericDate (UTC seconds), iat + 300";
            case "iat" -> "an integer NumericDate (UTC seconds), when the token was made";
            case "reason_for_request" -> "'directcare'";
            case "scope" -> "'patient/Subscription.read' or 'patient/Subscription.write'";
            case "requesting_system" -> "'https://fhir.nhs.uk/Id/accredited-system|<ASID>'";
            case "requesting_organisation" -> "'https://fhir.nhs.uk/Id/ods-organization-code|<ODS code>'";
            default -> "a value";
        };
    }

    private static String wrongType(String claim, Object value) {
        String message = "the claim '" + claim + "' is " + ClaimJsonType.of(value) + " (" + ClaimJsonType.shown(value)
                + "); expected a string";
        if (claim.equals("aud") && value instanceof List) {
            message += ": RFC 7519 allows an array of audiences, but Spine expects the one endpoint URL";
        } else if (claim.equals("scope") && value instanceof List) {
            message += ": NEMS expects a single scope, 'patient/Subscription.read' or 'patient/Subscription.write'";
        }
        return message;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
