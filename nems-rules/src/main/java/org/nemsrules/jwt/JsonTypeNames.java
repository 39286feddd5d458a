package org.nemsrules.jwt;

import java.util.List;
import java.util.Map;

/** Names the JSON type of a claim value as written, for messages about a claim of the wrong type. */
final class JsonTypeNames {
    private JsonTypeNames() {}

    static String jsonType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
