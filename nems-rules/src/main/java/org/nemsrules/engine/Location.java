package org.nemsrules.engine;

import org.jspecify.annotations.Nullable;

/**
 * Where a finding is.
 *
 * @param file        the file as shown to users
 * @param interaction 0-based index of the request within the file; -1 for the file as a whole
 * @param line        1-based line; 0 when unknown
 * @param column      1-based column, or {@code null} when unknown
 * @param path        logical path such as {@code jwt.claims.scope} or {@code header:InteractionID}; empty when none
 */
public record Location(
        String file, int interaction, int line, @Nullable Integer column, String path) {
    public Location {
        // A path can name what a recording holds (an element, a claim, a suppressed rule id): clipped like a value.
        path = path == null ? "" : Echo.of(path);
        if (line < 0) {
            line = 0;
        }
    }

    /** {@code file:line}, or just the file when the line is unknown. */
    public String fileAndLine() {
        return line > 0 ? file + ":" + line : file;
    }
}
