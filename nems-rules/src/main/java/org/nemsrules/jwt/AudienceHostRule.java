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
import org.nemsrules.model.RequestTarget;

/**
 * An {@code aud} whose host is not the host the request was sent to (R-JWT-07, ambiguity 20):
 * a warning, since NEMS gives no value for {@code aud}.
 */
public final class AudienceHostRule extends TokenRule {
    public static final String ID = "jwt.audience-host";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT aud host differs from the request's host")
            .description("Spine Core defines aud as the URL of the endpoint the request is sent to. NEMS gives no "
                    + "value for it (ambiguity 20), and a proxy or a test environment can stand between the "
                    + "consumer and Spine, so a host that differs from the request's is a warning, not an error. "
                    + "Hosts are compared case-insensitively, without port. The rule needs a host on both sides: "
                    + "it stays silent when the request target is origin-form (a path, no host) and when aud is not "
                    + "an absolute https URL (jwt.audience-url reports that).")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-JWT-07")
            .specPage(SpecPages.JWT)
            .fix("Set aud to the https URL of the endpoint the request is sent to.")
            .build();

    public AudienceHostRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        Optional<String> audHost = token.string(AudienceUrlRule.CLAIM).flatMap(AudienceUrlRule::httpsHost);
        Optional<String> requestHost = RequestTarget.parse(context.interaction().target())
                .filter(RequestTarget::isAbsolute)
                .flatMap(target -> host(target.authority()));
        if (audHost.isEmpty() || requestHost.isEmpty()) {
            return;
        }
        sink.examined();
        if (!normalise(audHost.get()).equals(normalise(requestHost.get()))) {
            sink.report(
                    token.line(),
                    AudienceUrlRule.PATH,
                    "aud host " + Echo.of(audHost.get())
                            + " differs from the request "
                            + "host " + Echo.of(requestHost.get())
                            + "; aud should be the endpoint the request is sent to");
        }
    }

    private static Optional<String> host(String authority) {
        try {
            return Optional.ofNullable(new URI("https://" + authority + "/").getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Host names compare case-insensitively; a trailing dot names the same host. */
    private static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
