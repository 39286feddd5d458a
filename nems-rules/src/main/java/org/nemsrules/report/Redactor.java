package org.nemsrules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nemsrules.nhs.NhsNumberRange;

/**
 * Removes what reports must not carry from text that goes into them. Reports are uploaded to CI services and code
 * scanning, and recordings may hold real patients' identifiers and live tokens, so:
 * <ul>
 *   <li>a credential never appears, always: the value of every header that carries one, anything after an
 *       authentication scheme, and anything shaped like a token, whether or not it parses, is cut to its length
 *       ({@link Credentials} says what is found and how);</li>
 *   <li>NHS numbers are masked to their first and last three digits ({@code 943****919}) unless masking is off.</li>
 * </ul>
 *
 * <p>An NHS number is taken to be any run of nine to eleven digits standing alone, written together or grouped
 * 3-3-3 to 3-3-5 by spaces or hyphens, whether or not it is a valid number: a mistyped number, one digit too many
 * or too few, still identifies a patient. Numbers are masked also after a percent-encoded {@code |} ({@code %7C}) as
 * in a criteria string; runs glued to letters on either side (parts of identifiers, such as the hex digits of a
 * fingerprint), longer runs (twelve-digit ASIDs) and the digits after a decimal point are not touched. Left readable, because they identify no one and messages need them:
 * <ul>
 *   <li>ten digits starting with {@code 1}: no NHS number in England, Wales and Northern Ireland does (they are
 *       issued from {@code 3}… upwards), and the epoch-second times of JWT claims ({@code iat}, {@code exp}) until
 *       2033 do;</li>
 *   <li>the range set aside for test data, {@code 999 000 0000} to {@code 999 999 9999}, and the worked example
 *       printed on the NEMS create page, {@code 943 476 5919} ({@link NhsNumberRange}): the numbers a message
 *       suggests as a fix;</li>
 *   <li>an ASID: a run that the text presents as one (right after {@code ASID}, {@code fromASID}, {@code toASID},
 *       {@code requesting_system} or {@code accredited-system|}, with a separator or a quote between), or any run in
 *       a finding about an ASID's place ({@link #redact(String, String)}), unless it is written as an NHS number
 *       ({@code nhs-number|…}).</li>
 * </ul>
 * {@link #FOR_FINGERPRINTS} keeps none of them readable: what is hashed needs no reading, and a fingerprint must be
 * the same whether the report it came from was redacted or not.
 *
 * <p>Stateless and thread-safe.
 */
public final class Redactor {
    /** Masks NHS numbers and cuts credentials: what reports do by default. */
    public static final Redactor DEFAULT = new Redactor(Masking.READABLE_EXCEPTIONS);
    /** Keeps NHS numbers ({@code --no-redact}); credentials are still cut. */
    public static final Redactor KEEP_NHS_NUMBERS = new Redactor(Masking.NONE);
    /**
     * Masks every run an NHS number could be, test numbers and ASIDs included, and cuts credentials: the text a
     * finding's fingerprint is computed on. Applied after any other redactor it gives what it gives alone.
     */
    public static final Redactor FOR_FINGERPRINTS = new Redactor(Masking.ALL);

    private enum Masking {
        NONE,
        READABLE_EXCEPTIONS,
        ALL
    }

    /** The logical paths of findings about the value of an ASID (the header rules, the requesting_system claim). */
    private static final Set<String> ASID_PLACES =
            Set.of("header:fromasid", "header:toasid", "jwt.claims.requesting_system");
    /*
     * (?=[0-9]) first: most positions of a long line are rejected before the look-behinds run. A run right after or
     * before a mask (****) is what is left of a masked number, not a number: without that, masking again would join
     * "999****999" and a following " 999 9999" into a new run, and a fingerprint would depend on the redaction before.
     */
    private static final Pattern NHS_LIKE = Pattern.compile("(?=[0-9])(?:(?<![0-9A-Za-z])(?<![0-9]\\.)(?<!\\*{4})"
            + "|(?<=%7[Cc]))(?:[0-9]{3}([ \\u00A0-])[0-9]{3}\\1[0-9]{3,5}|[0-9]{9,11})(?![0-9A-Za-z])(?!\\*{4})");
    /** What presents the run after it as an ASID: a label, then a separator or quotes, up to the run. */
    private static final Pattern ASID_LABEL = Pattern.compile("(?i)(?:asid|requesting_system|accredited-system)"
            + "[\"']?\\s*(?:,\\s*\"value\"\\s*)?(?:[:=|]|%7C)?\\s*[\"']?\\s*$");

    private static final Pattern NHS_LABEL = Pattern.compile("(?i)nhs-number(?:\\||%7C)$");
    /** How far before a run its label is looked for. */
    private static final int LABEL_REACH = 48;

    private final Masking masking;

    private Redactor(Masking masking) {
        this.masking = masking;
    }

    public static Redactor maskingNhsNumbers(boolean mask) {
        return mask ? DEFAULT : KEEP_NHS_NUMBERS;
    }

    public boolean masksNhsNumbers() {
        return masking != Masking.NONE;
    }

    /** The text with every credential cut and, when masking, every NHS number masked; {@code null} stays {@code null}. */
    public String redact(String text) {
        return redact(text, false);
    }

    /**
     * A finding's message (or other text) about the place {@code logicalPath} names: at {@code header:fromASID},
     * {@code header:toASID} or {@code jwt.claims.requesting_system} it quotes an ASID, which stays readable.
     */
    public String redact(String text, String logicalPath) {
        return redact(text, logicalPath != null && ASID_PLACES.contains(logicalPath.toLowerCase(Locale.ROOT)));
    }

    /**
     * The lines of a recording as a report may quote them: each redacted as text, and besides, the value of every
     * header that carries a credential cut whole, however it is written, and the value of {@code fromASID} and
     * {@code toASID} kept readable. Which lines are headers is read from the file as its reader would
     * ({@code .http}, {@code .har}; other files have no headers). One element per line, in order.
     */
    public List<String> redactRecording(String shownPath, List<String> lines) {
        RedactedLines shown = redactedLines(shownPath, lines);
        List<String> all = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            all.add(shown.line(i));
        }
        return all;
    }

    /** The lines of a recording redacted as {@link #redactRecording} does, each only when asked for. */
    RedactedLines redactedLines(String shownPath, List<String> lines) {
        Map<Integer, List<HeaderValue>> byLine = new HashMap<>();
        for (HeaderValue value : HeaderValue.in(shownPath, lines)) {
            byLine.computeIfAbsent(value.line(), k -> new ArrayList<>()).add(value);
        }
        return new RedactedLines(this, lines, byLine);
    }

    /**
     * A recording's lines, each redacted when first asked for: a report quotes a few lines around each finding, and a
     * recording may have 150,000. Not thread-safe: one writer uses it.
     */
    static final class RedactedLines {
        private final Redactor redactor;
        private final List<String> lines;
        private final Map<Integer, List<HeaderValue>> values;
        private final Map<Integer, String> shown = new HashMap<>();

        private RedactedLines(Redactor redactor, List<String> lines, Map<Integer, List<HeaderValue>> values) {
            this.redactor = redactor;
            this.lines = lines;
            this.values = values;
        }

        /** The line at this 0-based index, redacted. */
        String line(int index) {
            return shown.computeIfAbsent(index, i -> {
                List<HeaderValue> in = values.get(i);
                return in == null ? redactor.redact(lines.get(i)) : redactor.redactLine(lines.get(i), in);
            });
        }
    }

    private String redactLine(String line, List<HeaderValue> values) {
        values.sort(Comparator.comparingInt(HeaderValue::start));
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        for (HeaderValue value : values) {
            if (value.start() < at || value.end() > line.length()) {
                continue;
            }
            String raw = line.substring(value.start(), value.end());
            out.append(redact(line.substring(at, value.start())))
                    .append(
                            value.carriesCredential()
                                    ? Credentials.cutHeaderValue(value.name(), raw)
                                    : redact(raw, true));
            at = value.end();
        }
        return out.append(redact(line.substring(at))).toString();
    }

    private String redact(String text, boolean aboutAsid) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String cut = Credentials.cutAll(text);
        return masking == Masking.NONE ? cut : mask(cut, aboutAsid);
    }

    private String mask(String text, boolean aboutAsid) {
        Matcher m = NHS_LIKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            String digits = digitsOf(m.group());
            if (!readable(text, m.start(), digits, aboutAsid)) {
                out.append(text, copied, m.start())
                        .append(digits, 0, 3)
                        .append("****")
                        .append(digits, digits.length() - 3, digits.length());
                copied = m.end();
            }
        } while (m.find());
        return out.append(text, copied, text.length()).toString();
    }

    private static String digitsOf(String run) {
        StringBuilder digits = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            if (Character.isDigit(run.charAt(i))) {
                digits.append(run.charAt(i));
            }
        }
        return digits.toString();
    }

    private boolean readable(String text, int start, String digits, boolean aboutAsid) {
        if (digits.length() == 10 && digits.charAt(0) == '1') {
            return true; // epoch seconds; no NHS number starts with 1
        }
        if (masking == Masking.ALL) {
            return false;
        }
        if (digits.length() == 10 && NhsNumberRange.ofDigits(digits) != NhsNumberRange.POSSIBLY_ISSUED) {
            return true;
        }
        String before = text.substring(Math.max(0, start - LABEL_REACH), start);
        if (NHS_LABEL.matcher(before).find()) {
            return false;
        }
        return aboutAsid || ASID_LABEL.matcher(before).find();
    }
}
