package org.nemsrules.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * JSON strings with every character {@link PrintableText} escapes written as a {@code \}{@code uXXXX} escape. JSON's
 * grammar escapes only C0 controls; DEL, the C1 controls (CSI, an escape to some terminals), the line separators and
 * the bidirectional overrides it allows raw, and a report printed to a terminal or a log must not carry them. Readers
 * get the same strings back.
 */
final class JsonControlEscapes extends CharacterEscapes {
    static final JsonControlEscapes INSTANCE = new JsonControlEscapes();

    private final int[] ascii;

    private JsonControlEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
        return c <= 0xFFFF && PrintableText.isUnsafe((char) c)
                ? new SerializedString(String.format("\\u%04X", c))
                : null;
    }
}
