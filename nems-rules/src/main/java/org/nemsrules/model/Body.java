package org.nemsrules.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A request body: its bytes as recorded and the line of the source where it starts. */
public final class Body {
    private static final Body EMPTY = new Body(new byte[0], 0);

    private final byte[] bytes;
    private final int line;

    private Body(byte[] bytes, int line) {
        this.bytes = bytes;
        this.line = line;
    }

    public static Body of(byte[] bytes, int line) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone(), line);
    }

    public static Body of(String text, int line) {
        return of(text.getBytes(StandardCharsets.UTF_8), line);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && line == other.line && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + line;
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes, line " + line + "]";
    }
}
