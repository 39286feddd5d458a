package org.nemsrules.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the lines of a recording end. A line ends at CR LF (Windows), at LF (Unix) or at CR alone (classic Mac OS,
 * and some exporters), each counted once, as XML 1.0 (§2.11), Jackson's JSON parser, {@link String#lines()} and
 * editors count them; a file mixing them is read as written ({@code \n\r} is two line ends). A {@code .http} file is
 * text that an editor saved, not bytes on the wire, so it is read as editors show it. Every part of the
 * project that numbers lines (the readers, the line of a finding, the column of a criteria component, the lines the
 * HTML report quotes) counts them here, so that a finding's line is the line an editor shows. NEL, LS and PS
 * (U+0085, U+2028, U+2029) are content: no recording format ends lines with them.
 */
public final class LineEnds {
    private LineEnds() {}

    /**
     * One line of a text: where its content starts and ends, the line end excluded.
     *
     * @param number the 1-based line number
     * @param start  the index of its first character
     * @param end    the index after its last character, before the line end
     */
    public record Line(int number, int start, int end) {
        public String in(CharSequence text) {
            return text.subSequence(start, end).toString();
        }
    }

    /** The length of the line end at {@code index}: 2 for CR LF, 1 for LF or a CR alone, 0 for none. */
    public static int at(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c == '\n') {
            return 1;
        }
        if (c != '\r') {
            return 0;
        }
        return index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
    }

    /**
     * The lines of a text. A line end ends the line before it and starts no further line, so {@code "a\n"} is one
     * line and {@code "a\n\n"} two (the second empty); an empty text has none.
     */
    public static List<Line> of(CharSequence text) {
        if (text instanceof String string) {
            return of(string);
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int end = at(text, i);
            if (end > 0) {
                lines.add(new Line(lines.size() + 1, start, i));
                i += end - 1;
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(lines.size() + 1, start, text.length()));
        }
        return lines;
    }

    /**
     * As {@link #of(CharSequence)}, for the usual case of a whole recording: it jumps from line end to line end with
     * {@link String#indexOf(int, int)}, which the JVM runs as a vector search, instead of looking at each character.
     */
    private static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        while (nextLf >= 0 || nextCr >= 0) {
            int end = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
            lines.add(new Line(lines.size() + 1, start, end));
            start = end + at(text, end);
            if (nextLf >= 0 && nextLf < start) {
                nextLf = text.indexOf('\n', start);
            }
            if (nextCr >= 0 && nextCr < start) {
                nextCr = text.indexOf('\r', start);
            }
        }
        if (start < text.length()) {
            lines.add(new Line(lines.size() + 1, start, text.length()));
        }
        return lines;
    }

    /** The text of each line, without its line end, as {@link #of} finds them. */
    public static List<String> split(CharSequence text) {
        return of(text).stream().map(line -> line.in(text)).toList();
    }

    /**
     * The text with each CR that is not followed by LF replaced by LF: the same length, the same lines and columns,
     * for a parser that counts a CR alone as a line end but misplaces what follows it.
     */
    public static String withLfForCrAlone(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    /** The 1-based line on which the character at {@code index} stands (the LF of a CR LF: the CR's line). */
    public static int lineAt(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (endsLine(text, i)) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of the character at {@code index} on its line. */
    public static int columnAt(CharSequence text, int index) {
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (endsLine(text, i)) {
                lineStart = i + 1;
            }
        }
        return index - lineStart + 1;
    }

    /** Whether the character at {@code i} is the last of a line end: an LF, or a CR with no LF after it. */
    private static boolean endsLine(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    /** The 1-based line on which the byte at {@code offset} stands, in bytes of an ASCII-compatible encoding. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
