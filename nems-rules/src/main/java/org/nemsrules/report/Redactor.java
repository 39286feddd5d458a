package org.nemsrules.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what reports must not carry from text that goes into them. Reports are uploaded to CI services and code
 * scanning, and recordings may hold real patients' identifiers and live tokens, so:
 * <ul>
 *   <li>a whole JWT never appears: one is cut to its first ten characters and its length, always;</li>
 *   <li>NHS numbers are masked to their first and last three digits ({@code 943****919}) unless masking is off.</li>
 * </ul>
 *
 * <p>An NHS number is taken to be any run of ten digits standing alone, written together or grouped 3-3-4 by
 * spaces or hyphens, whether or not its check digit is right (a mistyped number still identifies a patient).
 * The one exception is a run starting with {@code 1}: NHS numbers in England, Wales and Northern Ireland are
 * issued from {@code 3}… upwards, and ten-digit numbers starting with {@code 1} are the epoch-second times of
 * JWT claims ({@code iat}, {@code exp}) until 2033, which messages must keep readable. Twelve-digit ASIDs and
 * longer runs are not touched, nor are runs glued to letters (parts of identifiers), except after a
 * percent-encoded {@code |} ({@code %7C}) as in a criteria string.
 *
 * <p>Stateless and thread-safe.
 */
public final class Redactor {
    /** Masks NHS numbers and cuts JWTs: what reports do by default. */
    public static final Redactor DEFAULT = new Redactor(true);
    /** Keeps NHS numbers ({@code --no-redact}); JWTs are still cut. */
    public static final Redactor KEEP_NHS_NUMBERS = new Redactor(false);

    private static final Pattern JWT =
            Pattern.compile("ey[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*");
    private static final Pattern NHS_NUMBER =
            Pattern.compile("(?:(?<![0-9A-Za-z])|(?<=%7[Cc]))([02-9][0-9]{2})([ -]?)([0-9]{3})\\2([0-9]{4})(?![0-9])");
    private static final int JWT_KEPT = 10;

    private final boolean maskNhsNumbers;

    private Redactor(boolean maskNhsNumbers) {
        this.maskNhsNumbers = maskNhsNumbers;
    }

    public static Redactor maskingNhsNumbers(boolean mask) {
        return mask ? DEFAULT : KEEP_NHS_NUMBERS;
    }

    public boolean masksNhsNumbers() {
        return maskNhsNumbers;
    }

    /** The text with every JWT cut and, when masking, every NHS number masked; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = cutTokens(text);
        return maskNhsNumbers ? maskNhsNumbers(out) : out;
    }

    private static String cutTokens(String text) {
        return JWT.matcher(text).replaceAll(token -> Matcher.quoteReplacement(token.group().substring(0, JWT_KEPT)
                + "…[JWT of " + token.group().length() + " characters, redacted]"));
    }

    private static String maskNhsNumbers(String text) {
        return NHS_NUMBER.matcher(text).replaceAll(number -> number.group(1) + "****" + number.group(4).substring(1));
    }
}
