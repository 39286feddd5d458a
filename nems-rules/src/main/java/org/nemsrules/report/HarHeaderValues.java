package org.nemsrules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header values of a HAR that a report treats apart: the {@code value} of each {@code {"name": …, "value": …}}
 * object in a {@code headers}, {@code queryString} or {@code params} array whose name matters, and every cookie's
 * value. A HAR may write the value before the name, on the next line, or the whole file on one line, so it is read
 * as JSON, with each string's place in the text.
 *
 * <p>A HAR that is not well-formed JSON is read line by line instead: a {@code "name"} and a {@code "value"} within one
 * object (after the same <code>{</code>), in either order, with the value's string on the line of {@code "value":} or the
 * next.
 */
final class HarHeaderValues {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> NAMED_LISTS = Set.of("headers", "queryString", "params");
    private static final String COOKIES = "cookies";

    private static final Pattern TOKEN =
            Pattern.compile("\\{|\"(name|value)\"\\s*+:\\s*+(?:\"(" + JsonStrings.CONTENT + ")\"|$)");
    private static final Pattern LEADING_STRING = Pattern.compile("\\s*+\"(" + JsonStrings.CONTENT + ")\"");

    private HarHeaderValues() {}

    static List<HeaderValue> in(List<String> lines) {
        String text = String.join("\n", lines);
        int[] lineStarts = lineStarts(lines);
        try {
            return fromJson(text, lineStarts);
        } catch (IOException | RuntimeException e) {
            return fromLines(lines);
        }
    }

    /** An object of a named list or of {@code cookies}, and where its value string is. */
    private static final class Entry {
        final boolean cookie;

        @Nullable
        String name;

        int valueStart = -1;
        int valueEnd = -1;

        Entry(boolean cookie) {
            this.cookie = cookie;
        }
    }

    private static List<HeaderValue> fromJson(String text, int[] lineStarts) throws IOException {
        List<HeaderValue> values = new ArrayList<>();
        // One frame per open container: the list kind for arrays (null when not one of ours), an Entry or null for
        // objects.
        Deque<Object> open = new ArrayDeque<>();
        String field = null;
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Object top = open.peek();
                switch (token) {
                    case FIELD_NAME -> field = parser.currentName();
                    case START_ARRAY -> {
                        open.push(top instanceof Entry || field == null ? "" : field);
                        field = null;
                    }
                    case START_OBJECT -> {
                        boolean listed =
                                top instanceof String list && (NAMED_LISTS.contains(list) || list.equals(COOKIES));
                        open.push(listed ? new Entry(COOKIES.equals(top)) : "");
                        field = null;
                    }
                    case END_ARRAY, END_OBJECT -> {
                        Object closed = open.pop();
                        if (closed instanceof Entry entry
                                && entry.valueStart >= 0
                                && (entry.cookie || (entry.name != null && HeaderValue.mattersFor(entry.name)))) {
                            values.add(at(
                                    lineStarts,
                                    entry.valueStart,
                                    entry.valueEnd,
                                    entry.cookie ? "Cookie" : Objects.requireNonNull(entry.name)));
                        }
                        field = null;
                    }
                    case VALUE_STRING -> {
                        if (top instanceof Entry entry && "name".equals(field)) {
                            entry.name = parser.getText();
                        } else if (top instanceof Entry entry && "value".equals(field)) {
                            int quote = (int) parser.currentTokenLocation().getCharOffset();
                            entry.valueStart = quote + 1;
                            entry.valueEnd = closingQuote(text, quote + 1);
                        }
                    }
                    default -> {}
                }
            }
        }
        return values;
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    private static HeaderValue at(int[] lineStarts, int start, int end, String name) {
        int line = lineOf(lineStarts, start);
        return new HeaderValue(line, start - lineStarts[line], end - lineStarts[line], name);
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            starts[i + 1] = starts[i] + lines.get(i).length() + 1;
        }
        return starts;
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int low = 0;
        int high = lineStarts.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static List<HeaderValue> fromLines(List<String> lines) {
        List<HeaderValue> values = new ArrayList<>();
        String name = null;
        HeaderValue valueWithoutName = null;
        boolean valueOnNextLine = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int from = 0;
            if (valueOnNextLine && !line.isBlank()) {
                valueOnNextLine = false;
                Matcher string = LEADING_STRING.matcher(line);
                if (string.lookingAt()) {
                    HeaderValue value = new HeaderValue(i, string.start(1), string.end(1), "");
                    if (name != null) {
                        add(values, value, name);
                    } else {
                        valueWithoutName = value;
                    }
                    from = string.end();
                }
            }
            Matcher token = TOKEN.matcher(line).region(from, line.length());
            while (token.find()) {
                if (token.group(1) == null) {
                    name = null;
                    valueWithoutName = null;
                } else if (token.group(1).equals("name") && token.group(2) != null) {
                    name = token.group(2);
                    if (valueWithoutName != null) {
                        add(values, valueWithoutName, name);
                        valueWithoutName = null;
                    }
                } else if (token.group(1).equals("value") && token.group(2) != null) {
                    HeaderValue value = new HeaderValue(i, token.start(2), token.end(2), "");
                    if (name != null) {
                        add(values, value, name);
                    } else {
                        valueWithoutName = value;
                    }
                } else if (token.group(1).equals("value")) {
                    valueOnNextLine = true;
                }
            }
        }
        return values;
    }

    private static void add(List<HeaderValue> values, HeaderValue value, String name) {
        if (HeaderValue.mattersFor(name)) {
            values.add(new HeaderValue(value.line(), value.start(), value.end(), name));
        }
    }
}
