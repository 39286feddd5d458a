package org.nemsrules.cli;

import org.nemsrules.nhs.NhsNumber;
import org.nemsrules.nhs.NhsNumberRange;

/**
 * A valid NHS number outside the range set aside for test data, built when a test runs: the repository must not
 * hold a literal one, since it could be a real patient's (the very thing nhs-number.not-test-data guards against).
 */
final class OutsideTestRangeNhsNumber {
    private OutsideTestRangeNhsNumber() {}

    /** The first stem from 400 000 000 up whose modulus 11 check digit exists, with that digit appended. */
    static String build() {
        for (int stem = 400_000_000; ; stem++) {
            String nine = Integer.toString(stem);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check == 10) {
                continue;
            }
            String number = nine + check;
            // Checked against the library too, so a wrong construction here fails loudly instead of testing nothing.
            if (NhsNumber.parse(number).map(NhsNumber::range).orElse(null) != NhsNumberRange.POSSIBLY_ISSUED) {
                throw new AssertionError(number + " is not a valid NHS number outside the test range");
            }
            return number;
        }
    }

    /** The number as reports show it by default: first and last three digits ({@code Redactor}). */
    static String masked() {
        String number = build();
        return number.substring(0, 3) + "****" + number.substring(7);
    }

    /** The valid bare Subscription sample with its test-range NHS number swapped for one outside the range. */
    static String intoExplicitSubscription(String sample) {
        String changed = sample.replace("|9990000034", "|" + build());
        if (changed.equals(sample)) {
            throw new AssertionError("valid/subscription-explicit.xml changed shape: update this test helper");
        }
        return changed;
    }
}
