package org.nemsrules.nhs;

import java.util.Optional;
import org.nemsrules.engine.Echo;

/**
 * An identifier written as {@code <naming-system URI>|<value>}, the form of the JWT's
 * identifier-valued claims and of the criteria's {@code Patient.identifier} (R-JWT-17).
 *
 * @param system the naming system URI, before the {@code |}
 * @param value  the identifier value, after the {@code |}
 */
public record Identifier(String system, String value) {

    /** @throws IllegalArgumentException when either side is blank or holds a {@code |}; use {@link #parse} for text */
    public Identifier {
        String why = problem(system + "|" + value).orElse(null);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /** The identifier, or empty when the text is not {@code system|value} with one {@code |} and both sides filled. */
    public static Optional<Identifier> parse(String text) {
        if (problem(text).isPresent()) {
            return Optional.empty();
        }
        int bar = text.indexOf('|');
        return Optional.of(new Identifier(text.substring(0, bar), text.substring(bar + 1)));
    }

    /** Why the text is not of the form {@code system|value}, or empty when it is. */
    public static Optional<String> problem(String text) {
        long bars = text.chars().filter(c -> c == '|').count();
        if (bars == 0) {
            return Optional.of("'" + Echo.of(text) + "' has no '|'; expected <naming-system URI>|<value>");
        }
        if (bars > 1) {
            return Optional.of("'" + Echo.of(text) + "' has " + bars + " '|' characters; expected exactly one, between "
                    + "<naming-system URI> and <value>");
        }
        int bar = text.indexOf('|');
        if (text.substring(0, bar).isBlank()) {
            return Optional.of("'" + Echo.of(text) + "' has no naming-system URI before the '|'");
        }
        if (text.substring(bar + 1).isBlank()) {
            return Optional.of("'" + Echo.of(text) + "' has no value after the '|'");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return system + "|" + value;
    }
}
