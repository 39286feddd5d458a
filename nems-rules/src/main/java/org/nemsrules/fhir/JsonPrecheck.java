package org.nemsrules.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.nemsrules.engine.Severity;

/**
 * Reads a JSON body once before HAPI does. HAPI's validator throws on malformed JSON with the position
 * buried in an exception message; reading it here gives the line and column as numbers, and a body HAPI
 * would accept with trailing content ({@code {…}{…}}) is refused.
 */
final class JsonPrecheck {
    static final String MALFORMED_ID = "nems-deep-json-malformed";
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonPrecheck() {}

    /**
     * A message when the body is not one well-formed JSON object or has more than {@code maxElements} elements (JSON
     * values: objects, arrays and scalars); empty when it may go on to HAPI.
     */
    static Optional<DeepValidationMessage> problem(String json, int maxElements) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return Optional.of(at(
                        parser.currentTokenLocation(),
                        "The body is not a JSON object; expected {\"resourceType\": \"Subscription\", …}."));
            }
            int elements = 1;
            for (int depth = 1; depth > 0; ) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return Optional.of(at(parser.currentLocation(), "The body ends inside its JSON object."));
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                    continue;
                }
                if (token != JsonToken.FIELD_NAME) {
                    elements++;
                }
            }
            if (parser.nextToken() != null) {
                return Optional.of(at(
                        parser.currentTokenLocation(),
                        "The body has content after its JSON object; expected exactly one resource."));
            }
            return DeepProfileValidator.tooLarge(elements, maxElements);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            return Optional.of(at(e.getLocation(), "The body is not well-formed JSON: " + why));
        } catch (IOException e) {
            return Optional.of(new DeepValidationMessage(
                    Severity.ERROR, "The body could not be read as JSON: " + e.getMessage(), "", 0, 0, MALFORMED_ID));
        }
    }

    private static DeepValidationMessage at(JsonLocation location, String message) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new DeepValidationMessage(Severity.ERROR, message, "", line, column, MALFORMED_ID);
    }
}
