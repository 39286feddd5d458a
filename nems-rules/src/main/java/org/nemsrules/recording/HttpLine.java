package org.nemsrules.recording;

import java.util.List;
import org.nemsrules.model.LineEnds;

/**
 * One line of a {@code .http} file: its 1-based number, its text without the line ending, and where it starts and
 * ends in the file's text.
 */
record HttpLine(int number, String text, int start, int end) {

    static List<HttpLine> of(String text) {
        return LineEnds.of(text).stream()
                .map(line -> new HttpLine(line.number(), line.in(text), line.start(), line.end()))
                .toList();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** A comment line: {@code #} or {@code //}, possibly indented (both IDEs and the specification's examples). */
    boolean isComment() {
        String t = text.stripLeading();
        return t.startsWith("#") || t.startsWith("//");
    }

    /** A line that starts with whitespace: a continuation of the request target or of a header. */
    boolean isIndented() {
        return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
    }
}
