package org.nemsrules.report;

/** How the redactor's patterns find a JSON string's content in text, however long and however many escapes it has. */
final class JsonStrings {
    /**
     * The characters between the quotes of a JSON string: runs without a quote or backslash, each escape one
     * backslash and the character after it. Possessive and unrolled, so that Java's regex engine neither backtracks
     * nor recurses once per character (a {@code (?:[^"\\]|\\.)*} overflows the stack on a value of some thousands of
     * characters).
     */
    static final String CONTENT = "[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+";

    private JsonStrings() {}
}
