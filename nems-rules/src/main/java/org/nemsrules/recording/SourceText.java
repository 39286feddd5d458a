package org.nemsrules.recording;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.nemsrules.model.LineEnds;

/**
 * Decodes a recording as UTF-8, strictly. NEMS accepts UTF-8 only (R-MIME-05), and a recording
 * in another encoding would otherwise be read as garbage and judged on that, so any other
 * encoding is reported with the line of the first offending byte instead.
 */
final class SourceText {
    private static final int CHECK_CHUNK = 8192;

    private SourceText() {}

    /** Either the decoded text or the problem that stops it being read. */
    record Decoded(String text, ReadProblem problem) {
        Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return problem(
                    1,
                    "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8, "
                            + "the only encoding NEMS accepts");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        boolean ascii = true;
        for (int i = offset; i < bytes.length; i++) {
            ascii &= bytes[i] >= 0;
            if (bytes[i] == 0) {
                return problem(
                        LineEnds.lineAt(bytes, i),
                        "the file holds binary content (a NUL byte at offset " + i
                                + "), not a text recording"
                                + (looksUtf16(bytes)
                                        ? "; it may be UTF-16 without a byte " + "order mark: save it as UTF-8"
                                        : ""));
            }
        }
        if (ascii) {
            // Most recordings are plain ASCII, which is valid UTF-8 byte for byte: no decoder pass is needed.
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.US_ASCII), null);
        }
        // Check first and decode once it is known to be valid: a buffer of one char per byte would double the memory a
        // large recording needs (chars are two bytes; the String keeps one per ASCII byte).
        int bad = firstNonUtf8Byte(bytes, offset);
        if (bad >= 0) {
            return problem(
                    LineEnds.lineAt(bytes, bad),
                    String.format(
                            "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8, the only encoding "
                                    + "NEMS accepts",
                            bytes[bad] & 0xFF, bad));
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), null);
    }

    /** The offset of the first byte from {@code offset} on that starts a sequence which is not UTF-8, or -1. */
    static int firstNonUtf8Byte(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // A small buffer, reused: only whether the bytes decode matters here, not the text.
        CharBuffer chunk = CharBuffer.allocate(CHECK_CHUNK);
        CoderResult result;
        do {
            chunk.clear();
            result = decoder.decode(in, chunk, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            result = decoder.flush(chunk.clear());
        }
        // On an error the input buffer stands at the first byte of the malformed sequence.
        return result.isError() ? in.position() : -1;
    }

    private static Decoded problem(int line, String message) {
        return new Decoded(null, new ReadProblem(ReadProblem.INVALID_ENCODING, line, null, message));
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
}
