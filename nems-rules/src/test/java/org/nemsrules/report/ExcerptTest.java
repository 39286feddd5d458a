package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcerptTest {
    private static final List<String> TEN =
            IntStream.rangeClosed(1, 10).mapToObj(i -> "line " + i).toList();

    @ParameterizedTest
    @CsvSource({"5, 3, 7", "1, 1, 3", "2, 1, 4", "9, 7, 10", "10, 8, 10"})
    void twoLinesEitherSideCutAtTheEndsOfTheFile(int line, int first, int last) {
        Excerpt excerpt = Excerpt.around(TEN, line, 2).orElseThrow();

        assertEquals(first, excerpt.firstLine());
        assertEquals(last, excerpt.lastLine());
        assertEquals(line, excerpt.line());
        assertEquals("line " + first, excerpt.lines().get(0));
        assertEquals("line " + line, excerpt.lines().get(line - first));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11, 1000})
    void anUnknownLineOrOneBeyondTheFileHasNoExcerpt(int line) {
        assertTrue(Excerpt.around(TEN, line, 2).isEmpty());
    }
}
