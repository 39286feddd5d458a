package org.nemsrules.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an {@code OperationOutcome} issue points, from a finding's logical path. STU3's
 * {@code issue.location} is a simple XPath into the resource, or {@code http.} and the name for an HTTP
 * header; {@code issue.expression} (FHIRPath) is forbidden by Spine-OperationOutcome-1, so NEMS would not use
 * it and neither do we.
 *
 * <ul>
 *   <li>{@code header:Content-Type} becomes {@code http.Content-Type};</li>
 *   <li>{@code jwt.claims.scope} becomes {@code http.Authorization}: the token travels in that header, and the
 *       claim is named in the diagnostics;</li>
 *   <li>{@code Subscription.contact[0].value} becomes {@code /f:Subscription/f:contact[1]/f:value} (XPath
 *       counts from 1);</li>
 *   <li>{@code request-line}, {@code body} and anything else have no location: the diagnostics name them.</li>
 * </ul>
 */
final class IssueLocation {
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,9})])?");

    private IssueLocation() {}

    static Optional<String> of(String path) {
        if (path.startsWith("header:") && path.length() > "header:".length()) {
            return Optional.of("http." + path.substring("header:".length()));
        }
        if (path.startsWith("jwt.")) {
            return Optional.of("http.Authorization");
        }
        if (path.equals("Subscription") || path.startsWith("Subscription.")) {
            return xpath(path);
        }
        return Optional.empty();
    }

    private static Optional<String> xpath(String path) {
        StringBuilder xpath = new StringBuilder();
        for (String step : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                return Optional.empty();
            }
            xpath.append("/f:").append(m.group(1));
            if (m.group(2) != null) {
                xpath.append('[').append(Long.parseLong(m.group(2)) + 1).append(']');
            }
        }
        return Optional.of(xpath.toString());
    }
}
