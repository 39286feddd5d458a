package org.nemsrules.subscription;

import java.util.Optional;

/**
 * The syntax a body is actually written in, judged from its first non-blank character. The
 * declared {@code Content-Type} is not trusted here: a mismatch is the {@code mime.*} rules'
 * to report, and parsing what is really there gives findings about the content as well.
 */
public enum BodySyntax {
    XML,
    JSON;

    /** The syntax of {@code text}, or empty when it starts with neither {@code <} nor <code>{</code>. */
    public static Optional<BodySyntax> sniff(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A byte order mark decoded as U+FEFF is not content.
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                continue;
            }
            return c == '<' ? Optional.of(XML) : c == '{' ? Optional.of(JSON) : Optional.empty();
        }
        return Optional.empty();
    }
}
