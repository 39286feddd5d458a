package org.nemsrules.recording;

/**
 * What a {@code {{variable}}} stands for: its text, or why it has none.
 *
 * @param text    the value; {@code null} when there is none
 * @param problem why there is none, in words that follow the variable ("is not defined: …"); {@code null} otherwise
 */
record VariableValue(String text, String problem) {
    static VariableValue of(String text) {
        return new VariableValue(text, null);
    }

    static VariableValue none(String problem) {
        return new VariableValue(null, problem);
    }

    boolean found() {
        return text != null;
    }
}
