package org.nemsrules.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.model.RequestTarget;

/** A request target or JWT {@code aud} outside every judged environment's endpoint. */
public final class EnvironmentRule extends ConfigRule {
    public static final String ID = "config.environment";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The request's URL or the JWT aud belongs to no judged environment")
            .description("A request goes to one Spine environment: its target starts with that environment's "
                    + "endpoint base URL, and the JWT's aud names the same endpoint (R-JWT-07). Both must belong "
                    + "to an environment the run judges (those under judge in nems-rules.yaml, else any "
                    + "configured one): a recording made against another host, or a token minted for another "
                    + "environment, is not what the supplier will send. Scheme and host are compared without "
                    + "regard to case, the path exactly. A target in origin form (/STU3/Subscription) is judged by "
                    + "its Host header, when it has one. Silent without a configuration or environments, and for "
                    + "an aud that is not an absolute https URL (jwt.audience-url reports that).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-07", "R-HTTP-01")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Send the request to, and mint the token for, the endpoint of the environment you test against, "
                    + "as configured under environments in nems-rules.yaml.")
            .build();

    public EnvironmentRule() {
        super(METADATA);
    }

    @Override
    void check(SupplierConfig config, RuleContext context, FindingSink sink) {
        List<SupplierConfig.Environment> judged = config.judgedEnvironments();
        if (judged.isEmpty()) {
            return;
        }
        String expected = String.join(
                ", ",
                judged.stream()
                        .map(e -> "'" + e.endpoint() + "' (" + e.name() + ")")
                        .toList());
        Optional<String> target = targetUrl(context);
        Optional<BearerToken> token = token(context);
        Optional<String> audience = token.flatMap(t -> t.string("aud")).filter(EnvironmentRule::isHttpsUrl);
        // A target with no host, or an aud that is no https URL, names no endpoint to compare (jwt.audience-url
        // reports the latter).
        if (target.isEmpty() && audience.isEmpty()) {
            return;
        }
        sink.examined();
        target.filter(url -> outside(url, judged))
                .ifPresent(url -> sink.report(
                        context.interaction().line(),
                        null,
                        "request-line",
                        "R-HTTP-01",
                        "the request is sent to '"
                                + Echo.of(url)
                                + "', which is under no endpoint of " + config.fileName() + "; expected a URL under "
                                + expected));
        audience.filter(aud -> outside(aud, judged))
                .ifPresent(aud -> sink.report(
                        token.get().line(),
                        null,
                        "jwt.claims.aud",
                        "R-JWT-07",
                        "the JWT's aud is '" + Echo.of(aud) + "', which is the endpoint of no environment in "
                                + config.fileName() + "; expected " + expected));
    }

    /** The target as an absolute URL: as recorded, or built from the Host header for the origin form. */
    private static Optional<String> targetUrl(RuleContext context) {
        RequestTarget target =
                RequestTarget.parse(context.interaction().target()).orElse(null);
        if (target == null) {
            return Optional.empty();
        }
        if (target.isAbsolute()) {
            return Optional.of(target.scheme() + "://" + target.authority() + target.path());
        }
        return context.interaction()
                .headers()
                .first("Host")
                .map(h -> h.value().strip())
                .filter(h -> !h.isEmpty())
                .map(host -> "https://" + host + target.path());
    }

    private static boolean outside(String url, List<SupplierConfig.Environment> judged) {
        return judged.stream().noneMatch(e -> under(url, e.endpoint()));
    }

    /** Whether {@code url} is the endpoint or below it: scheme and host compared case-insensitively, the path exactly. */
    static boolean under(String url, String endpoint) {
        String[] u = split(url);
        String[] e = split(endpoint);
        if (!u[0].equalsIgnoreCase(e[0])) {
            return false;
        }
        String path = u[1].endsWith("/") ? u[1].substring(0, u[1].length() - 1) : u[1];
        return path.equals(e[1]) || path.startsWith(e[1] + "/");
    }

    /** {scheme://authority, path without a trailing '/'}. */
    private static String[] split(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        String origin = slash < 0 ? url : url.substring(0, slash);
        String path = slash < 0 ? "" : url.substring(slash);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new String[] {origin.toLowerCase(Locale.ROOT), path};
    }

    private static boolean isHttpsUrl(String aud) {
        try {
            URI uri = new URI(aud);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
