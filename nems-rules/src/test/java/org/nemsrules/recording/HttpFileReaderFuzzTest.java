package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the {@code .http} reader with any bytes (docs/fuzzing.md). Its promise: whatever the file holds, it returns a
 * {@link Recording}, with {@code recording.*} problems for what it could not read; nothing escapes. Seeds are the
 * sample recordings, in {@code HttpFileReaderFuzzTestInputs/readsAnyBytes}.
 */
class HttpFileReaderFuzzTest {

    @FuzzTest(maxDuration = "7m")
    void readsAnyBytes(byte[] bytes) {
        assertNotNull(new HttpFileReader().read("fuzz.http", bytes));
    }
}
