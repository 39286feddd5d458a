package org.nemsrules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request target split into its parts. Both forms a recording may hold are accepted: the
 * absolute form ({@code https://host/STU3/Subscription}) that HAR files and the specification's
 * examples use, and the origin form ({@code /STU3/Subscription}) of a raw HTTP/1.1 request line.
 *
 * @param scheme    {@code https}, {@code http}, or empty for the origin form
 * @param authority host and port, or empty for the origin form
 * @param path      the path, starting with {@code /}
 * @param query     the query without {@code ?}, or empty
 */
public record RequestTarget(String scheme, String authority, String path, String query) {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    /** Parses a target; empty when it is neither an absolute http(s) URL nor a path. */
    public static Optional<RequestTarget> parse(String raw) {
        String target = raw.strip();
        if (target.isEmpty() || target.chars().anyMatch(c -> c <= ' ')) {
            return Optional.empty();
        }
        String scheme = "";
        String authority = "";
        String rest = target;
        int schemeEnd = target.indexOf("://");
        if (schemeEnd > 0 && SCHEME.matcher(target.substring(0, schemeEnd)).matches()) {
            scheme = target.substring(0, schemeEnd);
            // The API is reached over HTTP only: an ftp: or file: URL addresses no Subscription endpoint.
            if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http")) {
                return Optional.empty();
            }
            String afterScheme = target.substring(schemeEnd + 3);
            int pathStart = firstOf(afterScheme, '/', '?', '#');
            authority = pathStart < 0 ? afterScheme : afterScheme.substring(0, pathStart);
            rest = pathStart < 0 ? "/" : afterScheme.substring(pathStart);
            if (authority.isEmpty()) {
                return Optional.empty();
            }
            if (!rest.startsWith("/")) {
                rest = "/" + rest;
            }
        } else if (!target.startsWith("/")) {
            return Optional.empty();
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int queryStart = rest.indexOf('?');
        String path = queryStart < 0 ? rest : rest.substring(0, queryStart);
        String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        return Optional.of(new RequestTarget(scheme, authority, path, query));
    }

    private static int firstOf(String s, char... chars) {
        int best = -1;
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    public boolean isAbsolute() {
        return !scheme.isEmpty();
    }

    /** The non-empty path segments, in order. */
    public List<String> segments() {
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                segments.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return List.copyOf(segments);
    }
}
