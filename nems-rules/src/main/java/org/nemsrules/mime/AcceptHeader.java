package org.nemsrules.mime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nemsrules.engine.Echo;

/**
 * Parses an {@code Accept} value (RFC 9110 section 12.5.1): a comma-separated list of media ranges,
 * each with parameters and an optional weight {@code q}. Commas inside quoted strings do not
 * separate entries, and empty entries ({@code a, , b}) are skipped as RFC 9110's list rule asks.
 */
public final class AcceptHeader {
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private AcceptHeader() {}

    /** The entries of one Accept value, or the first problem found in it. */
    public static Parsed<List<MediaRange>> parse(String value) {
        List<String> elements = elements(value);
        if (elements.isEmpty()) {
            return Parsed.problem(
                    "the Accept header is empty; name one of the supported media types, or leave " + "the header out");
        }
        List<MediaRange> ranges = new ArrayList<>();
        for (String element : elements) {
            Parsed<MediaType> parsed = MediaType.parse(element);
            if (!parsed.isValid()) {
                return Parsed.problem(parsed.problem().orElseThrow());
            }
            MediaType range = parsed.get();
            var q = range.parameter("q");
            if (q.isEmpty()) {
                ranges.add(new MediaRange(range, BigDecimal.ONE));
                continue;
            }
            String weight = q.get().value();
            if (!QVALUE.matcher(weight).matches()) {
                return Parsed.problem("'" + Echo.of(element) + "' has the weight q=" + Echo.of(weight)
                        + "; a weight is a number from "
                        + "0 to 1 with at most three decimals, e.g. q=0.9");
            }
            // Parameters after q are accept-extensions, not part of the media range: cut the range there.
            MediaType withoutWeight =
                    MediaType.parse(element.substring(0, q.get().start())).get();
            ranges.add(new MediaRange(withoutWeight, new BigDecimal(weight)));
        }
        return Parsed.of(List.copyOf(ranges));
    }

    /** Splits at commas outside quoted strings; drops empty elements. */
    static List<String> elements(String value) {
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                add(elements, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        add(elements, current);
        return elements;
    }

    private static void add(List<String> elements, StringBuilder element) {
        String text = element.toString().strip();
        if (!text.isEmpty()) {
            elements.add(text);
        }
    }
}
