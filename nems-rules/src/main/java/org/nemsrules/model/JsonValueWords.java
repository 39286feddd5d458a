package org.nemsrules.model;

import com.fasterxml.jackson.core.JsonToken;

/** What a JSON value that should have been an object is, in the words a message uses ("an array", "a string"). */
public final class JsonValueWords {
    private JsonValueWords() {}

    /**
     * The words for the value that starts with {@code token}.
     *
     * @param token   the token the value starts with, or {@code null} where there is none
     * @param missing the words for no value at all, which depend on where it was looked for ("empty", "missing")
     */
    public static String of(JsonToken token, String missing) {
        if (token == null) {
            return missing;
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not an object";
        };
    }
}
