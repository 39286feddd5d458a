package org.nemsrules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkippedTestsSummaryTest {
    private static final String ABSENT = "the official NHS files are absent";

    @Test
    void saysNothingWhenNoTestWasSkipped() {
        assertEquals(Optional.empty(), SkippedTestsSummary.summary(List.of()));
    }

    @Test
    void countsTheSkippedTestsOfEachClassOnceUnderTheirReason() {
        List<SkippedTestsSummary.Skipped> skipped = List.of(
                new SkippedTestsSummary.Skipped("SpecificationExamplesTest", ABSENT),
                new SkippedTestsSummary.Skipped("OfficialExamplesTest", ABSENT),
                new SkippedTestsSummary.Skipped("SpecificationExamplesTest", ABSENT),
                new SkippedTestsSummary.Skipped("AtomicFileTest", "root ignores permissions"));

        assertEquals(
                Optional.of("Skipped tests: 3 tests skipped because " + ABSENT
                        + ": OfficialExamplesTest (1), SpecificationExamplesTest (2); "
                        + "1 test skipped because root ignores permissions: AtomicFileTest (1)"),
                SkippedTestsSummary.summary(skipped));
    }
}
