package org.nemsrules.jwt;

import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.View;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.nhs.Asid;
import org.nemsrules.nhs.Identifier;
import org.nemsrules.nhs.OdsCode;

/**
 * The JWT of a request's {@code Authorization: Bearer} header, parsed with nimbus-jose-jwt
 * (R-HDR-08, R-JWT-01..04). Claims keep their JSON types as written (a string {@code exp} stays a
 * string) so that rules can report a wrong type instead of failing to parse. The token itself is
 * never printed: findings name claims, not the token.
 *
 * @param line      line of the {@code Authorization} header
 * @param header    the JOSE header as a JSON object
 * @param claims    the payload as a JSON object
 * @param signature the third part of the compact form, empty for an unsecured token
 * @param base64url  where the token first departs from strict base64url, though nimbus could still read it;
 *                   empty when every part is base64url ({@code jwt.base64url} reports it)
 */
public record BearerToken(
        int line,
        Map<String, Object> header,
        Map<String, Object> claims,
        String signature,
        Optional<Base64UrlFault> base64url) {

    public static final String AUTHORIZATION = "Authorization";

    /**
     * The parsed token: absent when the request has no {@code Authorization} header (or no HTTP
     * envelope at all), failed when it has one that does not hold a readable JWT.
     */
    public static final ViewKey<BearerToken> VIEW = ViewKey.of("the JWT bearer token", BearerToken::read);

    public BearerToken {
        header = Map.copyOf(header);
        claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
        java.util.Objects.requireNonNull(base64url, "base64url");
    }

    /** The {@code alg} header parameter, or empty. */
    public String algorithm() {
        return header.get("alg") instanceof String s ? s : "";
    }

    public boolean isUnsecured() {
        return "none".equals(algorithm());
    }

    /** Whether the claim is present with a value that counts: not null, not an empty string. */
    public boolean has(String claim) {
        Object value = claims.get(claim);
        return value != null && !(value instanceof String s && s.isEmpty());
    }

    public Optional<Object> claim(String name) {
        return Optional.ofNullable(claims.get(name));
    }

    /** The claim when it is a non-empty JSON string. */
    public Optional<String> string(String name) {
        return claims.get(name) instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    /**
     * The ASID of a well-formed requesting_system claim, or empty: for rules, of this family or another, that compare
     * it with others. A malformed claim is {@code jwt.requesting-system}'s to report, so it is not compared.
     */
    public Optional<String> requestingSystemAsid() {
        return IdentifierClaim.quietly(this, RequestingSystemRule.CLAIM)
                .filter(id -> id.system().equals(Asid.SYSTEM))
                .map(Identifier::value)
                .filter(value -> Asid.problem(value).isEmpty());
    }

    /**
     * The ODS code of a well-formed requesting_organisation claim, or empty: for rules that compare it with others.
     * A malformed claim is {@code jwt.requesting-organisation}'s to report, so it is not compared.
     */
    public Optional<OdsCode> requestingOrganisation() {
        return IdentifierClaim.quietly(this, RequestingOrganisationRule.CLAIM)
                .filter(id -> id.system().equals(OdsCode.SYSTEM))
                .flatMap(id -> OdsCode.parse(id.value()));
    }

    /**
     * The schemes of IANA's HTTP Authentication Scheme Registry and a few in common use: a message names one of
     * these, never a first word it does not know, which may be a credential.
     */
    private static final Set<String> KNOWN_SCHEMES = Set.of(
            "basic",
            "bearer",
            "digest",
            "dpop",
            "gnap",
            "hoba",
            "mutual",
            "negotiate",
            "ntlm",
            "oauth",
            "privatetoken",
            "scram-sha-1",
            "scram-sha-256",
            "vapid",
            "aws4-hmac-sha256",
            "token",
            "apikey",
            "concealed",
            "kerberos");

    static View<BearerToken> read(Interaction interaction) {
        if (!interaction.origin().hasHttpEnvelope()) {
            return View.absent("a bare resource has no headers");
        }
        List<Header> fields = interaction.headers().all(AUTHORIZATION);
        if (fields.isEmpty()) {
            return View.absent("no Authorization header");
        }
        Header field = fields.get(0);
        if (fields.size() > 1) {
            return View.failed(
                    "the request has " + fields.size() + " Authorization headers; send exactly one",
                    fields.get(1).line(),
                    null);
        }
        String value = field.value().strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals("bearer")) {
            // A known scheme is named; anything else may be the credential itself, sent without a scheme.
            if (KNOWN_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return View.failed(
                        "the Authorization header uses the '" + scheme
                                + "' scheme; expected 'Bearer <JWT>' (an OAuth 2.0 bearer token)",
                        field.line(),
                        null);
            }
            return View.failed(
                    "the Authorization header does not start with an authentication scheme: its value of "
                            + value.length() + " characters is not quoted, as it may be a credential sent without one; "
                            + "expected 'Bearer <JWT>' (an OAuth 2.0 bearer token)",
                    field.line(),
                    null);
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        return parse(token, field.line());
    }

    static View<BearerToken> parse(String token, int line) {
        if (token.isEmpty()) {
            return View.failed("the Authorization header has the Bearer scheme but no token", line, null);
        }
        long dots = token.chars().filter(c -> c == '.').count();
        if (dots == 4) {
            // Five parts is the compact form of a JWE; say so rather than only count the parts.
            return View.failed(
                    "the bearer token has 5 dot-separated parts, the form of an encrypted JWT (JWE); "
                            + "Spine expects a readable, unsecured JWT with three (header.payload.)",
                    line,
                    null);
        }
        if (dots != 2) {
            return View.failed(
                    "the bearer token has " + (dots + 1) + " dot-separated part" + (dots == 0 ? "" : "s")
                            + "; a JWT in compact form has three (header.payload.signature), and an unsecured one ends "
                            + "with a trailing '.' because its signature is empty",
                    line,
                    null);
        }
        // Checked before nimbus reads the token, because nimbus skips what is not base64url: a stray character
        // that shifts the bits is then the cause of whatever nimbus says, and the message names it.
        Optional<Base64UrlFault> fault = Base64UrlFault.find(token);
        String cause = fault.map(f -> "; " + f.message()).orElse("");
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return View.failed("the bearer token is not a readable JWT: " + e.getMessage() + cause, line, null);
        } catch (RuntimeException e) {
            // nimbus throws a NullPointerException for a header that decodes to JSON other than an object.
            return View.failed(
                    "the bearer token is not a readable JWT: its header is not a JSON object" + cause, line, null);
        }
        Map<String, Object> payload = ((JOSEObject) jwt).getPayload().toJSONObject();
        if (payload == null) {
            return View.failed("the JWT payload is not a JSON object" + cause, line, null);
        }
        String signature = token.substring(token.lastIndexOf('.') + 1);
        return View.of(new BearerToken(line, jwt.getHeader().toJSONObject(), payload, signature, fault));
    }
}
