package org.nemsrules.nhs;

import java.util.Set;

/**
 * Whether a valid NHS number may belong to a real patient, for the sample-data hygiene rule
 * ({@code nhs-number.not-test-data}): recordings kept in source control must not carry real patients' numbers.
 *
 * <p>Where the facts come from, and how far they go:
 * <ul>
 *   <li>{@code 999 000 0000} to {@code 999 999 9999} is the range set aside for testing: valid by the
 *       modulus 11 check and never issued to a patient. Source: the "NHS number" article of the English
 *       Wikipedia (section "Format, number ranges, and check characters"), repeated by the documentation of the
 *       {@code nhs-number} crate (docs/ranges). These are secondary sources; the NHS England page behind them
 *       could not be consulted when this was written, so the range is documented as such, not as an NHS
 *       England quotation.</li>
 *   <li>{@code 943 476 5919} is the worked example of the modulus 11 check in the NEMS create page, the NHS Data
 *       Dictionary description and the Wikipedia article. It is not in the test range, but it has been printed
 *       in public documentation for years, so keeping it in a sample leaks nothing. That it belongs to no real
 *       patient is <em>not</em> known; the rule accepts it because it is already public, and says so.</li>
 * </ul>
 * No other range is treated as safe: this project knows no source for one.
 */
public enum NhsNumberRange {
    /** In the range set aside for test data, {@code 9990000000}–{@code 9999999999}. */
    TEST_DATA,
    /** A number printed as an example in the public specification pages; not in the test range. */
    PUBLISHED_EXAMPLE,
    /** Any other valid number: it may have been issued to a real patient. */
    POSSIBLY_ISSUED;

    /** The first three digits of every number in the test range. */
    public static final String TEST_DATA_PREFIX = "999";

    private static final Set<String> PUBLISHED_EXAMPLES = Set.of("9434765919");

    public static NhsNumberRange of(NhsNumber number) {
        return ofDigits(number.digits());
    }

    /**
     * The range of ten digits, whether or not their check digit is right: a mistyped test number is still in the
     * range set aside for testing. Reports show the numbers outside {@link #POSSIBLY_ISSUED} in full.
     */
    public static NhsNumberRange ofDigits(String tenDigits) {
        if (tenDigits.length() == 10 && tenDigits.startsWith(TEST_DATA_PREFIX)) {
            return TEST_DATA;
        }
        return PUBLISHED_EXAMPLES.contains(tenDigits) ? PUBLISHED_EXAMPLE : POSSIBLY_ISSUED;
    }
}
