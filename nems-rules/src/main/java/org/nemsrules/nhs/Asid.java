package org.nemsrules.nhs;

import java.util.Optional;
import org.nemsrules.engine.Echo;

/**
 * A Spine Accredited System ID. ASIDs are numeric; every published example has twelve digits
 * (e.g. {@code 200000000205}), so other lengths are reported too (R-HDR-04).
 */
public record Asid(String digits) {
    public static final String SYSTEM = "https://fhir.nhs.uk/Id/accredited-system";

    /** @throws IllegalArgumentException when the digits are not a well-formed ASID; use {@link #parse} for text */
    public Asid {
        String why = problem(digits).orElse(null);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    public static Optional<Asid> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(new Asid(text));
    }

    /** Why the text is not a well-formed ASID, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (text.isEmpty()) {
            return Optional.of("the ASID is empty");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(
                    "'" + Echo.of(text) + "' is not numeric; an ASID is a 12-digit number such as 200000000205");
        }
        if (text.length() != 12) {
            return Optional.of(
                    "'" + Echo.of(text) + "' has " + text.length() + " digits; an ASID has 12, such as 200000000205");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return digits;
    }
}
