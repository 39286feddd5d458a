package org.nemsrules.nhs;

import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;

/**
 * An Organisation Data Service code: upper-case letters and digits, 3 to 10 characters (practice
 * codes such as {@code A83006}, trust codes such as {@code RR8}, site codes such as {@code X2458}).
 */
public record OdsCode(String code) {
    public static final String SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3,10}");
    private static final Pattern ANY_CASE = Pattern.compile("[A-Za-z0-9]{3,10}");

    /** @throws IllegalArgumentException when the code is not well-formed; use {@link #parse} for text */
    public OdsCode {
        String why = problem(code).orElse(null);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    public static Optional<OdsCode> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(new OdsCode(text));
    }

    /** Why the text is not a well-formed ODS code, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        // Only ASCII letters get the upper-case hint: toUpperCase would turn 'ß' into "SS" and dotless 'ı' into 'I'.
        if (ANY_CASE.matcher(text).matches()) {
            return Optional.of("'" + Echo.of(text) + "' is not upper case; ODS codes are written in capitals ('"
                    + text.toUpperCase(java.util.Locale.ROOT) + "')");
        }
        return Optional.of(
                "'" + Echo.of(text) + "' is not an ODS code (3 to 10 upper-case letters and digits, e.g. A83006)");
    }

    @Override
    public String toString() {
        return code;
    }

    // Written out rather than generated: a record's generated equals and hashCode link through
    // java.lang.runtime.ObjectMethods on their first call, 50-100 ms in a JVM without the project's class data sharing
    // archive (Maven's, for nems:check), and a usual check compares two ODS codes, the contact's and the JWT's. No
    // other record is compared on the usual path (ClassDataSharingIT checks the valid samples load no ObjectMethods).
    @Override
    public boolean equals(Object other) {
        return other instanceof OdsCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
