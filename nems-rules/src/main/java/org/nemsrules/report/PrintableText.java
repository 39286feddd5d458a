package org.nemsrules.report;

/**
 * Text from recordings (file names, quoted values) made safe to print on one line that a person, a terminal or a CI
 * log reads: every control character is written as a visible escape, so that a recording named
 * {@code "x\n::error file=a::forged"} can neither start a line of its own (a GitHub Actions workflow command such as
 * {@code ::error} or {@code ::add-mask::}, or a forged finding) nor send an escape sequence to a terminal.
 *
 * <p>Escaped: LF as {@code \n}, CR as {@code \r}, and as {@code \}{@code uXXXX} every other C0 control (ESC is
 * {@code \}{@code u001B}), DEL, the C1 controls ({@code U+0080}–{@code U+009F}, among them NEL, a line break to some
 * readers, and CSI, an escape to some terminals), the line and paragraph separators {@code U+2028} and
 * {@code U+2029}, and the bidirectional embedding, override and isolate controls ({@code U+202A}–{@code U+202E},
 * {@code U+2066}–{@code U+2069}), which can make a file name read as another. Tab is kept: it starts neither a line
 * nor an escape. A backslash is not escaped, so a name holding a literal {@code \n} reads the same as one holding a
 * line feed; readability wins over reversibility in a one-line message.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrintableText {
    private PrintableText() {}

    /** The text with every character listed above escaped; {@code null} stays {@code null}. */
    @SuppressWarnings("NullAway") // null in, null out: text in gives text out, so callers need no null check
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isUnsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character is escaped by {@link #escape}. */
    static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
