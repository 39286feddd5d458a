package org.nemsrules.report;

import java.util.List;
import java.util.Locale;

/**
 * Where a recording writes the value of a header that a report must treat apart: one that carries a credential
 * (cut whole, whatever it looks like) or an ASID ({@code fromASID}, {@code toASID}: kept readable). Only the reader of
 * the format knows where a value is, so a {@code .http} file and a HAR are each read for it
 * ({@link HttpHeaderValues}, {@link HarHeaderValues}); other files have no headers.
 *
 * @param line  0-based index of the line
 * @param start where the value starts in the line
 * @param end   where it ends (exclusive)
 * @param name  the header's name (for a HAR cookie, {@code Cookie}; for a query parameter, its name)
 */
record HeaderValue(int line, int start, int end, String name) {

    /** The values to treat apart in a recording, found by the format its name says; empty for other files. */
    static List<HeaderValue> in(String shownPath, List<String> lines) {
        String name = shownPath.toLowerCase(Locale.ROOT);
        if (name.endsWith(".http") || name.endsWith(".rest")) {
            return HttpHeaderValues.in(lines);
        }
        if (name.endsWith(".har")) {
            return HarHeaderValues.in(lines);
        }
        return List.of();
    }

    /** Whether the value of a header of this name is treated apart. */
    static boolean mattersFor(String name) {
        return carriesCredential(name) || holdsAsid(name);
    }

    boolean carriesCredential() {
        return carriesCredential(name);
    }

    static boolean carriesCredential(String name) {
        return Credentials.isCredentialName(name);
    }

    static boolean holdsAsid(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals("fromasid") || n.equals("toasid");
    }
}
