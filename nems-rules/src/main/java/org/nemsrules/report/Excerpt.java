package org.nemsrules.report;

import java.util.List;
import java.util.Optional;

/**
 * A few lines of a recording around the line a finding points at.
 *
 * @param firstLine the 1-based number of the first line shown
 * @param lines     the lines shown, as recorded (not yet redacted or escaped)
 * @param line      the 1-based number of the line the finding points at
 */
public record Excerpt(int firstLine, List<String> lines, int line) {
    public Excerpt {
        lines = List.copyOf(lines);
    }

    /**
     * The lines from {@code context} before {@code line} to {@code context} after it, cut at the ends of the file;
     * empty when the line is unknown (0) or beyond the file (it changed since it was checked).
     */
    public static Optional<Excerpt> around(List<String> fileLines, int line, int context) {
        if (line < 1 || line > fileLines.size()) {
            return Optional.empty();
        }
        int first = Math.max(1, line - context);
        int last = Math.min(fileLines.size(), line + context);
        return Optional.of(new Excerpt(first, fileLines.subList(first - 1, last), line));
    }

    /** The 1-based number of the last line shown. */
    public int lastLine() {
        return firstLine + lines.size() - 1;
    }
}
