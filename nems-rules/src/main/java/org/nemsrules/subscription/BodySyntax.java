package org.nemsrules.subscription;

import java.util.Optional;
import org.nemsrules.model.Body;

/**
 * The syntax a body is actually written in, judged from its first non-blank character. The
 * declared {@code Content-Type} is not trusted here: a mismatch is the {@code mime.*} rules'
 * to report, and parsing what is really there gives findings about the content as well.
 */
public enum BodySyntax {
    XML,
    JSON;

    /**
     * The syntax of {@code text}, or empty when it is neither XML nor JSON. The judgement is the one the
     * {@code mime.*} rules compare with the declared type, so the two never disagree about a body.
     */
    public static Optional<BodySyntax> sniff(String text) {
        return switch (org.nemsrules.mime.BodySyntax.of(Body.of(text, 0)).kind()) {
            case XML -> Optional.of(XML);
            case JSON -> Optional.of(JSON);
            case EMPTY, NEITHER -> Optional.empty();
        };
    }
}
