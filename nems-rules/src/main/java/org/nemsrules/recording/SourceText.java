package org.nemsrules.recording;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a recording as UTF-8, strictly. NEMS accepts UTF-8 only (R-MIME-05), and a recording
 * in another encoding would otherwise be read as garbage and judged on that, so any other
 * encoding is reported with the line of the first offending byte instead.
 */
final class SourceText {
    private SourceText() {}

    /** Either the decoded text or the problem that stops it being read. */
    record Decoded(String text, ReadProblem problem) {
        Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return problem(1, "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8, "
                    + "the only encoding NEMS accepts");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return problem(lineAt(bytes, i), "the file holds binary content (a NUL byte at offset " + i
                        + "), not a text recording" + (looksUtf16(bytes) ? "; it may be UTF-16 without a byte "
                        + "order mark: save it as UTF-8" : ""));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return new Decoded(chars.toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            return problem(lineAt(bytes, bad), String.format(
                    "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8, the only encoding "
                            + "NEMS accepts", bytes[bad] & 0xFF, bad));
        }
    }

    private static Decoded problem(int line, String message) {
        return new Decoded(null, new ReadProblem(InvalidEncodingRule.ID, line, null, message));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksUtf16(byte[] bytes) {
        int zeros = 0;
        int n = Math.min(bytes.length, 64);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return n > 0 && zeros * 3 >= n;
    }

    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len;
            if (c < 0x80) {
                len = 1;
            } else if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
            } else {
                return i;
            }
            if (i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            // Overlong three-byte forms and UTF-16 surrogates are malformed too.
            if (len == 3 && ((c == 0xE0 && (b[i + 1] & 0xFF) < 0xA0) || (c == 0xED && (b[i + 1] & 0xFF) >= 0xA0))) {
                return i;
            }
            if (len == 4 && ((c == 0xF0 && (b[i + 1] & 0xFF) < 0x90) || (c == 0xF4 && (b[i + 1] & 0xFF) >= 0x90))) {
                return i;
            }
            i += len;
        }
        return Math.max(from, b.length - 1);
    }
}
