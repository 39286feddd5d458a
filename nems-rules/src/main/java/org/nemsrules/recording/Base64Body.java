package org.nemsrules.recording;

import java.util.Base64;
import org.nemsrules.model.CharacterName;

/**
 * A HAR body whose text is declared base64 ({@code "encoding": "base64"}, which HAR 1.2 defines for a response's
 * content and some exporters also write into {@code postData}), decoded strictly: the standard alphabet of RFC 4648
 * ({@code A-Z a-z 0-9 + /}) with {@code =} padding only at the end. Line breaks are allowed anywhere, because some
 * exporters wrap base64 as MIME does; nothing else is skipped, so a space, a URL-safe {@code -} or {@code _}, or a
 * stray character is a finding rather than a body silently decoded into something else. Missing padding is
 * accepted, since the decoded bytes are the same. The decoded length is computed from the text and held to the
 * bound before anything is decoded, and the bytes must be UTF-8, as every recording's text must.
 */
final class Base64Body {
    /** The decoded bytes, or the problem that stopped them being read; exactly one is set. */
    @SuppressWarnings("ArrayRecordComponent") // carries one read's bytes back to its caller; never compared
    record Result(byte[] bytes, ReadProblem problem) {}

    private Base64Body() {}

    /**
     * Decodes {@code text}, the body of the request at {@code where} (such as {@code log.entries[0].request}),
     * whose {@code postData.text} is on {@code line}.
     */
    static Result decode(String text, String where, int line, long maxBytes) {
        String field = where + ".postData.text";
        int symbols = 0;
        int padding = 0;
        int position = 0;
        boolean lineBreaks = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            position++;
            if (c == '\r' || c == '\n') {
                lineBreaks = true;
                continue;
            }
            if (c == '=') {
                padding++;
                continue;
            }
            if (padding > 0 || !isBase64(c)) {
                return malformed(
                        line,
                        field + " is declared base64, but has " + CharacterName.of(c)
                                + " at character " + position + " of the text" + hint(c, padding) + "; the request of "
                                + where + " was not checked");
            }
            symbols++;
        }
        if (padding > 2) {
            return malformed(
                    line,
                    field + " is declared base64, but ends with " + padding + " '=', and base64 pads "
                            + "with at most two; the request of " + where + " was not checked");
        }
        int length = symbols + padding;
        if (symbols % 4 == 1 || (padding > 0 && length % 4 != 0)) {
            return malformed(
                    line,
                    field + " is declared base64, but is " + length + " characters long (line breaks "
                            + "aside), a length no base64 text has: it is cut short, or has a character too many; the "
                            + "request of " + where + " was not checked");
        }
        long decodedLength = symbols / 4 * 3L + (symbols % 4 == 0 ? 0 : symbols % 4 - 1);
        if (decodedLength > maxBytes) {
            return malformed(
                    line,
                    String.format(
                            "%s is declared base64 and decodes to %,d bytes, above the limit of "
                                    + "%,d bytes for one recording, so it was not decoded; the request of %s was not checked",
                            field, decodedLength, maxBytes, where));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder()
                    .decode(lineBreaks ? text.replace("\r", "").replace("\n", "") : text);
        } catch (IllegalArgumentException e) {
            // Not reached for text that passed the checks above; kept so that no input can throw.
            return malformed(
                    line,
                    field + " is declared base64, but is not: " + e.getMessage() + "; the request of " + where
                            + " was not checked");
        }
        int bad = SourceText.firstNonUtf8Byte(bytes, 0);
        if (bad >= 0) {
            return new Result(
                    null,
                    new ReadProblem(
                            ReadProblem.INVALID_ENCODING,
                            line,
                            null,
                            String.format(
                                    "%s decodes from base64 to bytes that are not UTF-8 (byte 0x%02X at offset %d of the body); NEMS "
                                            + "accepts UTF-8 only; the request of %s was not checked",
                                    field, bytes[bad] & 0xFF, bad, where)));
        }
        return new Result(bytes, null);
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static String hint(int c, int padding) {
        if (padding > 0) {
            return " after '=', which pads only the end";
        }
        return switch (c) {
            case '-' -> " (the URL-safe alphabet's '-'; HAR's base64 is the standard one, with '+')";
            case '_' -> " (the URL-safe alphabet's '_'; HAR's base64 is the standard one, with '/')";
            default ->
                Character.isWhitespace(c) || Character.isSpaceChar(c)
                        ? ", which base64 does not have (only line breaks may wrap it)"
                        : ", which base64 does not have";
        };
    }

    private static Result malformed(int line, String message) {
        return new Result(null, new ReadProblem(ReadProblem.MALFORMED_HAR, line, null, message));
    }
}
