package org.nemsrules.nhs;

import java.util.Optional;

/**
 * An identifier written as {@code <naming-system URI>|<value>}, the form of the JWT's
 * identifier-valued claims and of the criteria's {@code Patient.identifier} (R-JWT-17).
 *
 * @param system the naming system URI, before the {@code |}
 * @param value  the identifier value, after the {@code |}
 */
public record Identifier(String system, String value) {

    /** The identifier, or empty when the text is not {@code system|value} with one {@code |} and both sides filled. */
    public static Optional<Identifier> parse(String text) {
        int bar = text.indexOf('|');
        if (bar <= 0 || bar == text.length() - 1 || text.indexOf('|', bar + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(text.substring(0, bar), text.substring(bar + 1)));
    }

    @Override
    public String toString() {
        return system + "|" + value;
    }
}
