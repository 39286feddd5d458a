package org.nemsrules.recording;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the glob matcher with any glob and any path (docs/fuzzing.md). Its promise: a glob is read or refused with
 * an {@link InvalidGlobException} that says why, and matching answers, in time linear in the path, never with an
 * exception. The input is UTF-8: the glob up to the first line break, the path after it. Seeds are in
 * {@code GlobFuzzTestInputs/matchesAnyGlob}.
 */
class GlobFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void matchesAnyGlob(byte[] bytes) {
        String input = new String(bytes, UTF_8);
        int newline = input.indexOf('\n');
        String glob = newline < 0 ? input : input.substring(0, newline);
        String path = newline < 0 ? "" : input.substring(newline + 1);
        Glob compiled;
        try {
            compiled = Glob.of(glob);
        } catch (InvalidGlobException e) {
            return;
        }
        compiled.matches(path);
        Glob.of(glob, true).matches(path);
    }
}
