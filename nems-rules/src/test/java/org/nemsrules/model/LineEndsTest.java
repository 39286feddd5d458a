package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndsTest {

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a\\nb\\nc         | [a, b, c]",
                "a\\r\\nb\\r\\nc     | [a, b, c]",
                "a\\rb\\rc         | [a, b, c]",
                "a\\rb\\nc\\r\\nd    | [a, b, c, d]",
                "a\\n\\rb          | [a, , b]",
                "a\\r\\r\\nb       | [a, , b]",
                "a\\n             | [a]",
                "a\\r             | [a]",
                "a\\n\\n           | [a, ]",
                "\\r              | []",
                "\\r\\r            | [, ]",
                "a\\u0085b\\u2028c | [a\\u0085b\\u2028c]",
                "''               | []"
            })
    void crLfLfAndCrAloneEachEndOneLine(String text, String expected) {
        String t = unescape(text).replace("\\u0085", "\u0085").replace("\\u2028", "\u2028");
        assertEquals(
                expected.replace("\\u0085", "\u0085").replace("\\u2028", "\u2028"),
                LineEnds.split(t).toString());
    }

    /**
     * A String is searched line end by line end, any other text character by character: both must find the same
     * lines, for every mix of CR, LF and content (all texts of up to eight characters of "a", CR and LF).
     */
    @Test
    void aStringAndAnyOtherTextHaveTheSameLines() {
        char[] alphabet = {'a', '\r', '\n'};
        int compared = 0;
        for (int length = 0; length <= 8; length++) {
            for (int n = 0; n < Math.pow(alphabet.length, length); n++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length) {
                    text.append(alphabet[rest % alphabet.length]);
                }
                assertEquals(
                        LineEnds.of(text),
                        LineEnds.of(text.toString()),
                        () -> text.toString().replace("\r", "\\r").replace("\n", "\\n"));
                compared++;
            }
        }
        assertEquals(9_841, compared);
    }

    @Test
    void eachLineKnowsItsNumberAndWhereItsContentIs() {
        String text = "GET /x\r\nAccept: y\rX: z\n";
        assertEquals(
                List.of(new LineEnds.Line(1, 0, 6), new LineEnds.Line(2, 8, 17), new LineEnds.Line(3, 18, 22)),
                LineEnds.of(text));
        assertEquals("Accept: y", LineEnds.of(text).get(1).in(text));
    }

    @ParameterizedTest(name = "[{index}] {0} at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ab\\ncd     | 0 | 1 | 1",
                "ab\\ncd     | 2 | 1 | 3",
                "ab\\ncd     | 3 | 2 | 1",
                "ab\\rcd     | 4 | 2 | 2",
                "ab\\r\\ncd   | 3 | 1 | 4",
                "ab\\r\\ncd   | 4 | 2 | 1",
                "a\\r\\rb     | 3 | 3 | 1",
                "a\\n\\rb     | 3 | 3 | 1"
            })
    void theLineAndColumnOfAnIndexCountEveryKindOfLineEnd(String text, int index, int line, int column) {
        String t = unescape(text);
        assertEquals(line, LineEnds.lineAt(t, index));
        assertEquals(column, LineEnds.columnAt(t, index));
        assertEquals(line, LineEnds.lineAt(t.getBytes(StandardCharsets.US_ASCII), index), "bytes count as text does");
    }

    @Test
    void theLengthOfALineEnd() {
        assertEquals(2, LineEnds.at("a\r\nb", 1));
        assertEquals(1, LineEnds.at("a\r\nb", 2));
        assertEquals(1, LineEnds.at("a\rb", 1));
        assertEquals(1, LineEnds.at("a\r", 1));
        assertEquals(0, LineEnds.at("a\r", 0));
    }

    @Test
    void aCrAloneCanBeWrittenAsLfWithoutMovingAnyLineOrColumn() {
        String text = "a\r\nbc\rd\n\r\n\ref\r";
        String lf = LineEnds.withLfForCrAlone(text);
        assertEquals("a\r\nbc\nd\n\r\n\nef\n", lf);
        assertEquals(LineEnds.split(text), LineEnds.split(lf));
        for (int index = 0; index <= text.length(); index++) {
            assertEquals(LineEnds.lineAt(text, index), LineEnds.lineAt(lf, index), "line of index " + index);
            assertEquals(LineEnds.columnAt(text, index), LineEnds.columnAt(lf, index), "column of index " + index);
        }
        String noCr = "a\nb";
        assertEquals(noCr, LineEnds.withLfForCrAlone(noCr));
    }
}
