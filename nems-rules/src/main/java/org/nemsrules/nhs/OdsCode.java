package org.nemsrules.nhs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Organisation Data Service code: upper-case letters and digits, 3 to 10 characters (practice
 * codes such as {@code A83006}, trust codes such as {@code RR8}, site codes such as {@code X2458}).
 */
public record OdsCode(String code) {
    public static final String SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3,10}");

    public static Optional<OdsCode> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(new OdsCode(text));
    }

    /** Why the text is not a well-formed ODS code, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        if (FORM.matcher(text.toUpperCase(java.util.Locale.ROOT)).matches()) {
            return Optional.of("'" + text + "' is not upper case; ODS codes are written in capitals ('"
                    + text.toUpperCase(java.util.Locale.ROOT) + "')");
        }
        return Optional.of("'" + text + "' is not an ODS code (3 to 10 upper-case letters and digits, e.g. A83006)");
    }

    @Override
    public String toString() {
        return code;
    }
}
