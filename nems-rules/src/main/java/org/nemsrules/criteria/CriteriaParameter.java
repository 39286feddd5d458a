package org.nemsrules.criteria;

/**
 * One {@code name=value} parameter of a criteria string, after the {@code /Bundle?} path.
 *
 * @param name        the name, percent-decoded
 * @param value       the value, percent-decoded; empty when nothing follows the {@code =} (or there is no {@code =})
 * @param offset      0-based offset of the parameter's first character in the criteria string
 * @param valueOffset 0-based offset of the value's first character (just after the {@code =}); for a parameter
 *                    without {@code =}, the offset just after it
 * @param raw         the parameter as written, before decoding
 * @param hasEquals   whether the parameter has an {@code =} at all
 */
public record CriteriaParameter(String name, String value, int offset, int valueOffset, String raw, boolean hasEquals) {

    /** 1-based column of the parameter inside the criteria string. */
    public int column() {
        return offset + 1;
    }

    /** The value as written, before percent-decoding. */
    public String rawValue() {
        return hasEquals ? raw.substring(valueOffset - offset) : "";
    }

    /**
     * 0-based offset in the criteria string of the character at {@code index} of the decoded value; the value's
     * start when the value was percent-encoded, because decoded and written positions then differ.
     */
    public int offsetInValue(int index) {
        return rawValue().equals(value) ? valueOffset + index : valueOffset;
    }

    /** 0-based offset of the end of the parameter, exclusive. */
    public int end() {
        return offset + raw.length();
    }
}
