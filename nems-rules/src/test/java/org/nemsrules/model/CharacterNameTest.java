package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterNameTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "0x2B    | '+'",
                "0x3D    | '='",
                "0x09    | U+0009 CHARACTER TABULATION",
                "0x20    | U+0020 SPACE",
                "0x00    | U+0000 NULL",
                "0x7F    | U+007F DELETE",
                "0xA0    | U+00A0 NO-BREAK SPACE",
                "0xE9    | 'é' U+00E9 LATIN SMALL LETTER E WITH ACUTE",
                "0x200B  | U+200B ZERO WIDTH SPACE",
                "0xFEFF  | U+FEFF ZERO WIDTH NO-BREAK SPACE",
                "0xD800  | U+D800 HIGH SURROGATES D800",
                "0x1F600 | '\uD83D\uDE00' U+1F600 GRINNING FACE",
            })
    void aCharacterIsShownWhenItPrintsAndNamedByCodePointAlways(String codePoint, String expected) {
        assertEquals(expected, CharacterName.of(Integer.decode(codePoint)));
    }
}
