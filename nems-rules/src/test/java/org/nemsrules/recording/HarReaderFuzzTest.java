package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the HAR reader with any bytes (docs/fuzzing.md). Its promise: whatever the file holds, it returns a
 * {@link Recording}, with {@code recording.*} problems for what it could not read; nothing escapes. Seeds are the
 * sample HAR files, in {@code HarReaderFuzzTestInputs/readsAnyBytes}.
 */
class HarReaderFuzzTest {

    @FuzzTest(maxDuration = "4m")
    void readsAnyBytes(byte[] bytes) {
        assertNotNull(new HarReader().read("fuzz.har", bytes));
    }
}
