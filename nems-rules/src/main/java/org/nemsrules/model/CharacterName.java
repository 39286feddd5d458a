package org.nemsrules.model;

/**
 * How a report names one character of a recording: printable ASCII in quotes ({@code '+'}); anything else by code
 * point and Unicode name ({@code U+0009 CHARACTER TABULATION}, {@code 'é' U+00E9 LATIN SMALL LETTER E WITH ACUTE}),
 * because a tab, a no-break space or a zero-width character cannot be told from its neighbours once printed.
 */
public final class CharacterName {
    private CharacterName() {}

    public static String of(int codePoint) {
        if (codePoint > 0x20 && codePoint < 0x7F) {
            return "'" + (char) codePoint + "'";
        }
        String code = String.format("U+%04X", codePoint);
        String name = Character.isValidCodePoint(codePoint) ? Character.getName(codePoint) : null;
        String named = name == null ? code : code + " " + name;
        return visible(codePoint) ? "'" + Character.toString(codePoint) + "' " + named : named;
    }

    /** Letters, digits, punctuation and symbols print as themselves; controls, spaces and surrogates do not. */
    private static boolean visible(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
