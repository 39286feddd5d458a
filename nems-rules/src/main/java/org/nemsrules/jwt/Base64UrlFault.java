package org.nemsrules.jwt;

import java.util.Optional;
import org.nemsrules.model.CharacterName;

/**
 * The first place where a compact JWT stops being base64url as RFC 7515 (section 2 and appendix C) defines it: the
 * alphabet {@code A-Z a-z 0-9 - _}, no {@code =} padding, no whitespace, and no part whose length leaves 1 over when
 * divided by 4 (six bits, less than a byte). nimbus-jose-jwt decodes leniently (it takes {@code +} and {@code /}, and
 * skips {@code =}, whitespace and any other character), so a token it reads may still be one that breaks R-JWT-01
 * and R-JWT-04.
 *
 * @param part          {@code header}, {@code payload} or {@code signature}
 * @param tokenPosition 1-based position in the token, in characters from its first one (for a part of impossible
 *                      length, where the part ends)
 * @param partPosition  1-based position within the part (for a part of impossible length, its length)
 * @param character     the character as reports name it ({@code '+'}, {@code U+0009 CHARACTER TABULATION}), or
 *                      empty when the fault is the part's length
 */
public record Base64UrlFault(String part, int tokenPosition, int partPosition, Optional<String> character) {
    private static final String[] PARTS = {"header", "payload", "signature"};
    private static final String ALPHABET =
            "RFC 7515's base64url has only A-Z a-z 0-9 - _, with no '=' padding " + "and no whitespace";

    /** What a finding says: the part, the character, both positions and what base64url expects instead. */
    public String message() {
        if (character.isEmpty()) {
            return "the JWT " + part + " is " + partPosition + " characters long (ending at character "
                    + tokenPosition + " of the token), which no base64url text is: a length that leaves 1 over "
                    + "when divided by 4 cannot be decoded, so a character is missing or one too many";
        }
        String shown = character.get();
        String hint = switch (shown) {
            case "'+'" -> "; '+' is standard base64, base64url writes '-'";
            case "'/'" -> "; '/' is standard base64, base64url writes '_'";
            case "'='" -> "; '=' is standard base64's padding, which base64url leaves out";
            default -> "";
        };
        return "the JWT " + part + " has " + shown + " at character " + tokenPosition + " of the token (character "
                + partPosition + " of the " + part + "), which is not base64url" + hint + "; " + ALPHABET;
    }

    /** The first fault of a token already known to have three parts, or empty when all three are base64url. */
    static Optional<Base64UrlFault> find(String token) {
        int partStart = 0;
        int tokenChars = 0;
        for (int p = 0; p < PARTS.length; p++) {
            int end = p < PARTS.length - 1 ? token.indexOf('.', partStart) : token.length();
            int partChars = 0;
            for (int i = partStart; i < end; i += Character.charCount(token.codePointAt(i))) {
                int c = token.codePointAt(i);
                partChars++;
                if (!isBase64Url(c)) {
                    return Optional.of(new Base64UrlFault(
                            PARTS[p], tokenChars + partChars, partChars, Optional.of(CharacterName.of(c))));
                }
            }
            if (partChars % 4 == 1) {
                return Optional.of(new Base64UrlFault(PARTS[p], tokenChars + partChars, partChars, Optional.empty()));
            }
            tokenChars += partChars + 1;
            partStart = end + 1;
        }
        return Optional.empty();
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
