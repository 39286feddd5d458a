package org.nemsrules.criteria;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Reads a {@code Subscription.criteria} string into a {@link Criteria}. Never throws: text it cannot make sense
 * of becomes a {@link CriteriaProblem} at the offset where it starts, and parsing goes on with the next
 * parameter, so that one slip does not hide the faults after it.
 */
public final class CriteriaParser {
    private static final String ESCAPED_AMPERSAND = "&amp;";
    /**
     * The most parameters (empty ones too) read. A real criteria has a dozen or so; a hostile one of a million would
     * cost every criteria rule time and memory in proportion, so the rest is reported once, unread.
     */
    static final int MAX_PARAMETERS = 200;

    private final String text;
    private final List<CriteriaParameter> parameters = new ArrayList<>();
    private final List<CriteriaProblem> problems = new ArrayList<>();
    private int firstPercentEscape = -1;

    private CriteriaParser(String text) {
        this.text = text;
    }

    /** The criteria string read; {@code null} reads as the empty string. */
    public static Criteria parse(String text) {
        return new CriteriaParser(text == null ? "" : text).parse();
    }

    private Criteria parse() {
        int question = text.indexOf('?');
        String path = question < 0 ? text : text.substring(0, question);
        if (question >= 0) {
            readParameters(question + 1);
        }
        checkPrefix(path, question);
        if (firstPercentEscape >= 0) {
            // Ambiguity 15: URL-encoding libraries write %7C for '|'; NEMS's pages write it raw. Decoded, it is the
            // same criteria, so this is information, not a fault.
            problems.add(new CriteriaProblem(
                    Kind.PERCENT_ENCODED,
                    firstPercentEscape,
                    "R-CRIT-11",
                    "the criteria is percent-encoded (first at '"
                            + text.substring(firstPercentEscape, Math.min(text.length(), firstPercentEscape + 3))
                            + "'); it was decoded before checking, "
                            + "but the specification writes the criteria unencoded, e.g. "
                            + "'Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919'"));
        }
        problems.sort(Comparator.comparingInt(CriteriaProblem::offset));
        return new Criteria(text, path, parameters, problems);
    }

    private void checkPrefix(String path, int question) {
        if (text.startsWith(Criteria.PREFIX)
                && (text.length() == Criteria.PREFIX.length() || text.charAt(Criteria.PREFIX.length()) == '&')) {
            return;
        }
        String found = "'" + abbreviate(text) + "'";
        String expected = "; expected it to start with exactly '" + Criteria.PREFIX + "'";
        if (text.isBlank()) {
            prefixProblem(
                    0,
                    "the criteria is " + (text.isEmpty() ? "empty" : "blank") + expected
                            + ", followed by the parameters");
        } else if (Character.isWhitespace(text.charAt(0))) {
            prefixProblem(0, "the criteria " + found + " starts with whitespace" + expected);
        } else if (question < 0) {
            prefixProblem(
                    0, "the criteria " + found + " has no '?'" + expected + ", followed by '&'-separated parameters");
        } else if (path.equals("Bundle")) {
            prefixProblem(0, "the criteria " + found + " has no leading '/' before 'Bundle'" + expected);
        } else if (!path.equals("/Bundle")
                && path.toLowerCase(Locale.ROOT).endsWith("/bundle")
                && path.contains("://")) {
            prefixProblem(
                    0,
                    "the criteria " + found + " is an absolute URL; NEMS matches the relative search '"
                            + Criteria.PREFIX + "'" + expected);
        } else if (!path.equals("/Bundle")) {
            String hint = path.equalsIgnoreCase("/Bundle") || path.equalsIgnoreCase("Bundle")
                    ? " (the resource name is case-sensitive: 'Bundle')"
                    : "";
            prefixProblem(0, "the criteria searches '" + Echo.of(path) + "'" + hint + expected);
        } else if (parameters.isEmpty() || !parameters.get(0).raw().equals("type=message")) {
            String first = parameters.isEmpty()
                    ? "nothing"
                    : "'" + Echo.of(parameters.get(0).raw()) + "'";
            prefixProblem(
                    question + 1,
                    "the first parameter of the criteria is " + first
                            + "; expected 'type=message', so that the criteria starts with exactly '" + Criteria.PREFIX
                            + "'");
        } else {
            // The first parameter read is exactly 'type=message', yet the text does not start with the prefix: only
            // empty parameters ('&&', '&amp;') can stand between the '?' and it, since the parser skips those.
            prefixProblem(
                    question + 1,
                    "the criteria starts with an empty parameter before 'type=message'; expected it to start with "
                            + "exactly '" + Criteria.PREFIX + "'");
        }
    }

    private void prefixProblem(int offset, String message) {
        problems.add(new CriteriaProblem(Kind.PREFIX, offset, "R-CRIT-01", message));
    }

    private void readParameters(int from) {
        int start = from;
        int escapedAmpersands = 0;
        int firstEscapedAmpersand = -1;
        for (int read = 0; ; read++) {
            if (read == MAX_PARAMETERS) {
                problems.add(new CriteriaProblem(
                        Kind.MALFORMED_PARAMETER,
                        start,
                        "R-CRIT-11",
                        "the criteria has more "
                                + "than " + MAX_PARAMETERS + " parameters; the rest, from offset " + start
                                + ", was not read: "
                                + "a criteria needs only a few"));
                break;
            }
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? text.length() : amp;
            readParameter(start, end, amp >= 0, read == 0);
            if (amp < 0) {
                break;
            }
            // '&amp;' in a string that is already decoded: JSON, or XML escaped twice. NEMS would most likely read a
            // parameter named 'amp;…'; the parser takes the intended separator and the rule says why it matters.
            if (text.startsWith(ESCAPED_AMPERSAND, amp)) {
                escapedAmpersands++;
                if (firstEscapedAmpersand < 0) {
                    firstEscapedAmpersand = amp;
                }
                start = amp + ESCAPED_AMPERSAND.length();
            } else {
                start = amp + 1;
            }
        }
        if (escapedAmpersands > 0) {
            problems.add(
                    new CriteriaProblem(
                            Kind.ESCAPED_AMPERSAND,
                            firstEscapedAmpersand,
                            "R-CRIT-11",
                            "the criteria separates parameters with '&amp;' (" + escapedAmpersands + " time"
                                    + (escapedAmpersands == 1 ? "" : "s")
                                    + "), which is XML escaping left in the value: in "
                                    + "JSON write a plain '&'; in XML write '&amp;' once, which the XML parser turns into '&'"));
        }
    }

    private static String emptyParameter(boolean followedBySeparator, boolean first) {
        if (followedBySeparator) {
            return "the criteria has an empty parameter (two '&' in a row, or '&' straight after '?'); "
                    + "expected name=value between each pair of '&'";
        }
        // Nothing after the '?' at all: the character before the empty parameter is the '?', not an '&'.
        return first
                ? "the criteria ends with '?', with no parameter after it; expected 'type=message' and the "
                        + "subscription's parameters, joined by '&'"
                : "the criteria ends with '&'; remove it, or add the parameter that was meant to follow";
    }

    private void readParameter(int start, int end, boolean followedBySeparator, boolean first) {
        String raw = text.substring(start, end);
        if (raw.isEmpty()) {
            problems.add(new CriteriaProblem(
                    Kind.MALFORMED_PARAMETER,
                    Math.max(0, start - 1),
                    "R-CRIT-11",
                    emptyParameter(followedBySeparator, first)));
            return;
        }
        int equals = raw.indexOf('=');
        String rawName = equals < 0 ? raw : raw.substring(0, equals);
        String rawValue = equals < 0 ? "" : raw.substring(equals + 1);
        String name = decode(rawName, start);
        String value = decode(rawValue, start + equals + 1);
        CriteriaParameter parameter =
                new CriteriaParameter(name, value, start, equals < 0 ? end : start + equals + 1, raw, equals >= 0);
        parameters.add(parameter);
        if (name.contains("?")) {
            String meant = name.replace('?', '.');
            String hint = Component.named(meant)
                    .map(c -> "; did you mean '" + c.parameterName() + "'?")
                    .orElse("");
            problems.add(new CriteriaProblem(
                    Kind.MALFORMED_PARAMETER,
                    start + rawName.indexOf('?'),
                    "R-CRIT-11",
                    "the parameter name '" + Echo.of(name)
                            + "' holds a second '?': only one '?' starts the parameters, which "
                            + "are then separated by '&'" + hint));
        } else if (equals < 0) {
            problems.add(new CriteriaProblem(
                    Kind.MALFORMED_PARAMETER,
                    start,
                    "R-CRIT-11",
                    "the parameter '" + Echo.of(raw) + "' has no '='; expected name=value, e.g. 'serviceType=GP'"));
        } else if (name.isEmpty()) {
            problems.add(new CriteriaProblem(
                    Kind.MALFORMED_PARAMETER,
                    start,
                    "R-CRIT-11",
                    "the parameter '" + Echo.of(raw) + "' has no name before the '='"));
        } else if (value.isEmpty()) {
            problems.add(new CriteriaProblem(
                    Kind.EMPTY_VALUE,
                    start,
                    "R-CRIT-11",
                    "the parameter '" + Echo.of(raw)
                            + "' has no value; give a value after the '=' or leave the parameter out"));
        }
    }

    /**
     * Percent-decodes {@code raw}, which starts at {@code offset} in the criteria string, as UTF-8. A '%' not
     * followed by two hex digits is kept as written and reported.
     */
    private String decode(String raw, int offset) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                if (firstPercentEscape < 0) {
                    firstPercentEscape = offset + i;
                }
                i += 2;
                continue;
            }
            flush(bytes, out);
            if (c == '%') {
                problems.add(new CriteriaProblem(
                        Kind.MALFORMED_PARAMETER,
                        offset + i,
                        "R-CRIT-11",
                        "'" + raw.substring(i, Math.min(raw.length(), i + 3)) + "' is not a percent escape ('%' "
                                + "followed by two hex digits); write a literal '%' as '%25'"));
            }
            out.append(c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The text, shortened for a message when it is long. */
    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
