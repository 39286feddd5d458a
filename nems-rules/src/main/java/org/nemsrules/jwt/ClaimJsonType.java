package org.nemsrules.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON type of a claim value as {@link BearerToken} keeps it, in words for messages: a claim
 * of the wrong type is reported with the type and the value found.
 */
final class ClaimJsonType {
    private static final int SHOWN = 60;

    private ClaimJsonType() {}

    /** "a string", "an integer", "a decimal number", "a boolean", "an array", "an object" or "null". */
    static String of(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return "a decimal number";
        }
        if (value instanceof Number) {
            return "an integer";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return "null";
    }

    /** Whether the value is a JSON integer (a decimal such as 1767603900.0 is not). */
    static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    /** The value as written in JSON, cut short when long. */
    static String shown(Object value) {
        String text;
        try {
            text = Writer.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            text = String.valueOf(value);
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }

    /**
     * Made on the first claim shown, not with the class: every token's times are looked at here, and a mapper's set-up
     * is more than a check of one recording in a JVM without the project's class data sharing archive.
     */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
