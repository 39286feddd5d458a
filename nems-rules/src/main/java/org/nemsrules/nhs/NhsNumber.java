package org.nemsrules.nhs;

import java.util.Optional;

/**
 * A valid NHS number: exactly ten ASCII digits whose last is the modulus 11 check digit of the
 * first nine (R-NHS-01, R-NHS-02).
 */
public final class NhsNumber {
    /** The naming system NEMS and Spine Core write (R-NHS-03). */
    public static final String SYSTEM = "http://fhir.nhs.net/Id/nhs-number";
    /** The NHS NamingSystem's preferred URI, used by newer APIs: a likely mistake in a NEMS request. */
    public static final String NEWER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    public static Optional<NhsNumber> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(new NhsNumber(text));
    }

    /** Why the text is not a valid NHS number, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (text.length() != 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String hint = text.chars().anyMatch(c -> c == ' ' || c == '-') ? " (no spaces or hyphens)" : "";
            return Optional.of("'" + text + "' is not exactly ten digits" + hint);
        }
        int check = checkDigit(text);
        if (check == 10) {
            return Optional.of("'" + text + "' fails the modulus 11 check: its first nine digits give check "
                    + "value 10, which no valid NHS number has");
        }
        if (text.charAt(9) - '0' != check) {
            return Optional.of("'" + text + "' fails the modulus 11 check: the check digit is " + text.charAt(9)
                    + ", expected " + check);
        }
        return Optional.empty();
    }

    /** The modulus 11 check value of the first nine digits: 0..9, or 10 when no check digit can make it valid. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NhsNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
