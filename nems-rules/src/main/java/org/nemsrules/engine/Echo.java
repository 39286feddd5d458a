package org.nemsrules.engine;

/**
 * A recorded value as a message quotes it: whole when it is short, as every real value is; otherwise its first
 * {@value #MAX_CHARACTERS} characters, an ellipsis and its length, {@code 9999… (1,048,576 characters)}. A recording
 * may hold a megabyte where a header value, a claim or an NHS number should be, and a finding that quoted it whole
 * would make a report nobody can read (and, quoted on every request of every file, one nobody can store).
 *
 * <p>Rules quote values through {@link #of}; {@link Finding} holds every message to {@value #MAX_MESSAGE}
 * characters as a last resort, whatever a rule quotes.
 */
public final class Echo {
    /** The most characters of one value a message quotes. */
    public static final int MAX_CHARACTERS = 200;

    /** The longest message a finding holds: a few quoted values and the words around them. */
    public static final int MAX_MESSAGE = 1_000;

    private Echo() {}

    /**
     * The value as a message quotes it: unchanged up to {@value #MAX_CHARACTERS} characters; else its first
     * {@value #MAX_CHARACTERS}, an ellipsis and how long it was.
     */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_CHARACTERS) {
            return value;
        }
        return start(value, MAX_CHARACTERS) + lengthOf(value);
    }

    /**
     * The message unchanged up to {@value #MAX_MESSAGE} characters; else clipped to that many, its length included,
     * so that clipping a clipped message changes nothing.
     */
    static String message(String message) {
        if (message.length() <= MAX_MESSAGE) {
            return message;
        }
        String length = lengthOf(message);
        return start(message, MAX_MESSAGE - length.length()) + length;
    }

    /** The first {@code count} characters, or one fewer where the last would split a surrogate pair. */
    private static String start(String text, int count) {
        return text.substring(0, Character.isHighSurrogate(text.charAt(count - 1)) ? count - 1 : count);
    }

    private static String lengthOf(String text) {
        return String.format("\u2026 (%,d characters)", text.length());
    }
}
