package org.nemsrules.jwt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** An {@code aud} claim that is not one absolute https URL (R-JWT-07). */
public final class AudienceUrlRule extends TokenRule {
    public static final String ID = "jwt.audience-url";

    static final String CLAIM = "aud";
    static final String PATH = "jwt.claims.aud";
    private static final String EXAMPLE = "https://clinicals.spineservices.nhs.uk";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT aud is not an absolute https URL")
            .description("Spine Core defines aud as the API endpoint URL, the fully qualified endpoint SDS returns "
                    + "as nhsMhsEndPoint; its examples use 'https://clinicals.spineservices.nhs.uk'. NEMS gives no "
                    + "value (ambiguity 20), so the rule checks only that aud is an absolute https URL with a host; "
                    + "jwt.audience-host compares that host with the request's. RFC 7519 also allows aud to be an "
                    + "array of strings, but Spine Core describes one endpoint URL and its tokens carry a string, "
                    + "so an array is not judged element by element: like an absent, empty or otherwise "
                    + "wrong-typed aud, it is reported once, by jwt.missing-claim, which asks for the one URL.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-07")
            .specPage(SpecPages.JWT)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set aud to the https URL of the endpoint the request is sent to, as a single string, e.g. "
                    + "'https://clinicals.spineservices.nhs.uk'.")
            .build();

    public AudienceUrlRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // Absent, null, empty and wrong-typed aud claims are jwt.missing-claim's to report.
        Optional<String> aud = token.string(CLAIM);
        if (aud.isEmpty()) {
            return;
        }
        sink.examined();
        aud.flatMap(AudienceUrlRule::problem).ifPresent(message -> sink.report(token.line(), PATH, message));
    }

    /** The host of {@code aud} when it is a string holding an absolute https URL with a host; else empty. */
    static Optional<String> httpsHost(String aud) {
        try {
            URI uri = new URI(aud);
            if (uri.isAbsolute() && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return Optional.of(uri.getHost());
            }
        } catch (URISyntaxException e) {
            // not a URL: no host
        }
        return Optional.empty();
    }

    static Optional<String> problem(String aud) {
        if (httpsHost(aud).isPresent()) {
            return Optional.empty();
        }
        if (!aud.strip().equals(aud) && httpsHost(aud.strip()).isPresent()) {
            return Optional.of("aud '" + Echo.of(aud) + "' has surrounding whitespace; expected exactly '"
                    + Echo.of(aud.strip()) + "'");
        }
        URI uri;
        try {
            uri = new URI(aud);
        } catch (URISyntaxException e) {
            return Optional.of("aud '" + Echo.of(aud) + "' is not a URL (" + e.getReason()
                    + "); expected an absolute https "
                    + "URL, e.g. '" + EXAMPLE + "'");
        }
        if (!uri.isAbsolute()) {
            return Optional.of("aud '" + Echo.of(aud)
                    + "' is not an absolute URL; expected the https URL of the endpoint, "
                    + "e.g. '" + EXAMPLE + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            return Optional.of("aud '" + Echo.of(aud) + "' uses the '" + Echo.of(uri.getScheme())
                    + "' scheme; expected an https URL, "
                    + "e.g. '" + EXAMPLE + "'");
        }
        return Optional.of(
                "aud '" + Echo.of(aud) + "' has no host; expected an absolute https URL, e.g. '" + EXAMPLE + "'");
    }
}
