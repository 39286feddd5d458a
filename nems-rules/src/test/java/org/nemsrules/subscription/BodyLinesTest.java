package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A position in the body as a position in the recording. */
class BodyLinesTest {
    @Test
    void aBodyLineIsCountedFromTheRecordingsLineOfTheBodysStart() {
        assertEquals(new SourcePosition(13, 3), new BodyLines(9, false).at(5, 3));
        assertEquals(new SourcePosition(9, 7), new BodyLines(9, false).at(1, 7));
    }

    @Test
    void whenTheBodysStartIsUnknownTheBodysOwnLineIsKept() {
        assertEquals(new SourcePosition(5, 3), new BodyLines(0, false).at(5, 3));
    }

    @Test
    void anInlineBodyOrAnUnknownLineIsPlacedAtTheBodysStartWithoutAColumn() {
        assertEquals(new SourcePosition(57, null), new BodyLines(57, true).at(5, 3));
        assertEquals(new SourcePosition(9, null), new BodyLines(9, false).at(0, 3));
        assertEquals(new SourcePosition(0, null), new BodyLines(-1, false).at(0, null));
    }
}
