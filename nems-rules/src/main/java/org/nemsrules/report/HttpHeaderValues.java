package org.nemsrules.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The header values of a {@code .http} file that a report treats apart, found as the reader finds headers: after
 * {@code ###} and any blank or comment lines comes the request line, then header lines up to the first blank line,
 * then the body. A header line without {@code :} ({@code Authorization Bearer …}) is taken by its first word, and a
 * line that starts with white space continues the header above it (obsolete line folding), so that neither mistake
 * shows a credential.
 */
final class HttpHeaderValues {
    private HttpHeaderValues() {}

    static List<HeaderValue> in(List<String> lines) {
        List<HeaderValue> values = new ArrayList<>();
        boolean expectRequestLine = true;
        boolean inHeaders = false;
        String previous = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("###")) {
                expectRequestLine = true;
                inHeaders = false;
                continue;
            }
            if (expectRequestLine) {
                if (!line.isBlank() && !isComment(line)) {
                    expectRequestLine = false;
                    inHeaders = true;
                    previous = null;
                }
                continue;
            }
            if (!inHeaders) {
                continue;
            }
            if (line.isBlank()) {
                inHeaders = false;
            } else if (isComment(line)) {
                previous = null;
            } else if (line.startsWith(" ") || line.startsWith("\t")) {
                if (previous != null && HeaderValue.mattersFor(previous)) {
                    values.add(new HeaderValue(i, 0, line.length(), previous));
                }
            } else {
                int nameEnd = nameEnd(line);
                previous = line.substring(0, nameEnd);
                if (HeaderValue.mattersFor(previous)) {
                    int valueStart = nameEnd < line.length() && line.charAt(nameEnd) == ':' ? nameEnd + 1 : nameEnd;
                    values.add(new HeaderValue(i, valueStart, line.length(), previous));
                }
            }
        }
        return values;
    }

    /** The name ends at the colon, or at white space in a line that lacks one before it. */
    private static int nameEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == ' ' || c == '\t') {
                return i;
            }
        }
        return line.length();
    }

    private static boolean isComment(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") || t.startsWith("//");
    }
}
