package org.nemsrules.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request body: its bytes as recorded and the line of the source where it starts. Usually the body's own lines are
 * the source's lines from there on; a body that is not written line for line in the source (read from a file named
 * by {@code < ./body.json}, or holding a substituted value that spans lines) stands on its one line instead.
 */
public final class Body {
    private static final Body EMPTY = new Body(new byte[0], 0, true);

    private final byte[] bytes;
    private final int line;
    private final boolean linesAsRecorded;

    private Body(byte[] bytes, int line, boolean linesAsRecorded) {
        this.bytes = bytes;
        this.line = line;
        this.linesAsRecorded = linesAsRecorded;
    }

    public static Body of(byte[] bytes, int line) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone(), line, true);
    }

    public static Body of(String text, int line) {
        return of(text.getBytes(StandardCharsets.UTF_8), line);
    }

    /**
     * A body whose lines are not lines of the source, such as one read from a file: every position in it is reported
     * at {@code line}, the line that brought it in.
     */
    public static Body standingOn(byte[] bytes, int line) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone(), line, false);
    }

    public static Body standingOn(String text, int line) {
        return standingOn(text.getBytes(StandardCharsets.UTF_8), line);
    }

    public static Body empty() {
        return EMPTY;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The body decoded as UTF-8 (the only charset NEMS accepts, R-MIME-05). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** Line of the source on which the body starts; 0 when there is no body or no line. */
    public int line() {
        return line;
    }

    /** Whether the body's n-th line is the source's line {@link #line()} + n - 1; if not, all of it is on that line. */
    public boolean linesAsRecorded() {
        return linesAsRecorded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other
                && line == other.line
                && linesAsRecorded == other.linesAsRecorded
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(bytes) + line) + (linesAsRecorded ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes, line " + line + (linesAsRecorded ? "" : ", standing on it") + "]";
    }
}
