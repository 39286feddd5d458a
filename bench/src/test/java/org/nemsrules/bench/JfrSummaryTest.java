package org.nemsrules.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.NemsValidator;

/** The profile summary reads a real flight recording of the validator at work and names the project's code in it. */
class JfrSummaryTest {
    @TempDir
    Path dir;

    @Test
    void summarisesARecordingOfTheValidator() throws Exception {
        List<Path> files = CorpusGenerator.write(dir.resolve("corpus"), 20);
        NemsValidator validator = NemsValidator.builder().threads(1).build();
        Path jfr = dir.resolve("run.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            // Long enough for the sampler, which looks every 10 to 20 ms, to catch the rules many times.
            long until = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < until) {
                validator.validate(files);
            }
            recording.stop();
            recording.dump(jfr);
        }

        String summary = JfrSummary.of(jfr).render(10);

        assertTrue(summary.matches("(?s)recording [0-9.]+ s; [1-9][0-9]* CPU samples;.*"), summary);
        assertTrue(summary.contains("%  org.nemsrules.engine.NemsValidator\n"), summary);
        assertTrue(summary.contains("allocation by the first method outside the JDK:\n-"), summary);
    }
}
