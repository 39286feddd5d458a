package org.nemsrules.nhs;

import java.util.Optional;
import org.nemsrules.engine.Echo;

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
        return validate(text).map(Invalid::message);
    }

    /** What is wrong with the text as an NHS number, or empty when it is valid. */
    public static Optional<Invalid> validate(String text) {
        if (!isTenAsciiDigits(text)) {
            String digits = withoutSeparators(text);
            if (!digits.equals(text) && isTenAsciiDigits(digits)) {
                // Suppliers copy numbers as printed on letters (3 3 4); the fix is mechanical, so say exactly that.
                String after =
                        validate(digits).map(i -> "; even then " + i.message()).orElse("");
                return Optional.of(new Invalid(
                        Fault.SEPARATORS,
                        "'" + Echo.of(text) + "' is written with separators; " + "remove the separators: '" + digits
                                + "'" + after));
            }
            return Optional.of(new Invalid(Fault.NOT_TEN_DIGITS, "'" + Echo.of(text) + "' is not exactly ten digits"));
        }
        int check = checkDigit(text);
        if (check == 10) {
            return Optional.of(new Invalid(
                    Fault.CHECK_VALUE_TEN,
                    "'" + Echo.of(text)
                            + "' fails the modulus 11 check: its "
                            + "first nine digits give check value 10, which no valid NHS number has"));
        }
        if (text.charAt(9) - '0' != check) {
            return Optional.of(new Invalid(
                    Fault.WRONG_CHECK_DIGIT,
                    "'" + Echo.of(text)
                            + "' fails the modulus 11 check: "
                            + "the check digit is " + text.charAt(9) + ", expected " + check));
        }
        return Optional.empty();
    }

    private static boolean isTenAsciiDigits(String text) {
        return text.length() == 10 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String withoutSeparators(String text) {
        return text.strip().replace(" ", "").replace("-", "").replace("\u00a0", "");
    }

    /** Which of the ranges {@link NhsNumberRange} knows this number is in. */
    public NhsNumberRange range() {
        return NhsNumberRange.of(this);
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

    /** How text fails to be an NHS number. */
    public enum Fault {
        /** Not ten ASCII digits, and not ten digits with separators either (R-NHS-01). */
        NOT_TEN_DIGITS("R-NHS-01"),
        /** Ten digits written with spaces or hyphens, as on a letter: {@code 943 476 5919} (R-NHS-01). */
        SEPARATORS("R-NHS-01"),
        /** The first nine digits give check value 10: no tenth digit makes them valid (R-NHS-02). */
        CHECK_VALUE_TEN("R-NHS-02"),
        /** The tenth digit is not the check digit of the first nine (R-NHS-02). */
        WRONG_CHECK_DIGIT("R-NHS-02");

        private final String requirement;

        Fault(String requirement) {
            this.requirement = requirement;
        }

        /** The requirement of the digest this fault breaks. */
        public String requirement() {
            return requirement;
        }
    }

    /**
     * Why a text is not an NHS number.
     *
     * @param fault   which kind of fault
     * @param message the text, what is wrong with it and, where there is one, the fix
     */
    public record Invalid(Fault fault, String message) {}

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
