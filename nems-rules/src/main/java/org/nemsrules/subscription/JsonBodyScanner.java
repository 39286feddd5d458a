package org.nemsrules.subscription;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nemsrules.engine.Echo;
import org.nemsrules.model.JsonTrees;
import org.nemsrules.model.JsonValueWords;

/**
 * Reads a JSON body once with Jackson's streaming parser: checks that it is one well-formed JSON
 * object without duplicate names (HAPI would silently keep the last), bounds its nesting, and
 * records where each element starts.
 */
final class JsonBodyScanner {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(BodyScan.MAX_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Jackson's messages quote the token it stumbled on: as much of it as a message quotes of any value.
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Echo.MAX_CHARACTERS)
                    .maxRawContentLength(Echo.MAX_CHARACTERS)
                    .build())
            .build();

    private JsonBodyScanner() {}

    /** The body as a tree; only for a body {@link #scan} accepted, so within the same bounds. */
    static JsonNode tree(String text) {
        try {
            return JsonTrees.read(FACTORY, text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scanned body did not parse again", e);
        }
    }

    static BodyScan scan(String text) throws BodyScan.Unreadable {
        ElementLocations.Builder locations = new ElementLocations.Builder();
        String resourceType = "";
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw unreadable(
                        parser.currentTokenLocation(),
                        "the JSON body is "
                                + JsonValueWords.of(first, "empty")
                                + "; expected one object, {\"resourceType\": \"Subscription\", ...}");
            }
            locations.add(
                    "Subscription[0]",
                    "Subscription",
                    null,
                    parser.currentTokenLocation().getLineNr(),
                    column(parser.currentTokenLocation()));
            JsonToken token;
            JsonLocation name = null;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME
                        && context.getParent() != null
                        && context.getParent().inRoot()
                        && parser.currentName().equals("resourceType")) {
                    JsonToken value = parser.nextToken();
                    resourceType = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                    continue;
                }
                if (token == JsonToken.FIELD_NAME) {
                    name = parser.currentTokenLocation();
                    continue;
                }
                // An element is located at its name, so one whose value starts on the next line is still
                // reported on the line of its name; the items of an array are located each at its own.
                JsonLocation at = name != null ? name : parser.currentTokenLocation();
                name = null;
                if (token == JsonToken.START_ARRAY) {
                    continue;
                }
                List<String> segments = segments(token.isStructStart() ? context.getParent() : context);
                if (segments.isEmpty()) {
                    continue;
                }
                String value = token.isScalarValue() ? parser.getText() : null;
                locations.add(
                        "Subscription[0]." + String.join(".", segments),
                        lastName(segments),
                        value,
                        at.getLineNr(),
                        column(at));
            }
        } catch (JsonProcessingException e) {
            throw unreadable(e.getLocation(), "the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(null, "the JSON body could not be read: " + e.getMessage());
        }
        return new BodyScan(resourceType, null, locations.build(), List.of(), true);
    }

    /**
     * The path segments of the value the parser is at, from the root object down:
     * {@code contact[0]}, {@code system[0]}. A name that holds an array takes the array index; any
     * other name index 0. A primitive's extension ({@code _status}) is located as its element.
     */
    private static List<String> segments(JsonStreamContext context) {
        List<String> out = new ArrayList<>();
        int index = 0;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                index = Math.max(c.getCurrentIndex(), 0);
                continue;
            }
            String name = c.getCurrentName();
            if (name != null) {
                out.add((name.startsWith("_") ? name.substring(1) : name) + "[" + index + "]");
            }
            index = 0;
        }
        Collections.reverse(out);
        return out;
    }

    private static String lastName(List<String> segments) {
        String last = segments.get(segments.size() - 1);
        return last.substring(0, last.indexOf('['));
    }

    private static Integer column(JsonLocation at) {
        return at.getColumnNr() > 0 ? at.getColumnNr() : null;
    }

    private static BodyScan.Unreadable unreadable(JsonLocation at, String message) {
        return new BodyScan.Unreadable(new ParseProblem(
                ParseProblem.NOT_WELL_FORMED,
                "body",
                message,
                at == null ? 0 : Math.max(at.getLineNr(), 0),
                at == null ? null : column(at)));
    }
}
