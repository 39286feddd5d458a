package org.nemsrules.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The table and ratios {@code bench/jmh.sh} prints, from JMH's JSON as JMH writes it. */
class JmhSummaryTest {
    private static String result(String method, int threads, String params, double score, String unit) {
        return """
                {"benchmark": "org.nemsrules.bench.jmh.%s", "mode": "avgt", "threads": %d, "params": {%s},
                 "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreUnit": "%s"}}
                """.formatted(method, threads, params, score, unit);
    }

    private static String summary(String... results) throws Exception {
        return JmhSummary.markdown(JmhSummary.rows(new ObjectMapper().readTree("[" + String.join(",", results) + "]")));
    }

    @Test
    void theRatiosCompareThroughputNotTimePerThread() throws Exception {
        String out = summary(
                result("DefaultPathBenchmark.oneThread", 1, "\"recordings\": \"ALL\"", 100, "us/op"),
                result("DefaultPathBenchmark.twoThreads", 2, "\"recordings\": \"ALL\"", 110, "us/op"),
                result("HandRolledBenchmark.validate", 1, "", 5, "ms/op"),
                result("DeepPathBenchmark.validate", 1, "", 4000, "us/op"));
        assertTrue(out.contains("| DefaultPathBenchmark.twoThreads | recordings=ALL | 2 | 110 ± n/a | 18,182 |"), out);
        assertTrue(out.contains("| HandRolledBenchmark.validate |  | 1 | 5,000 ± n/a | 200 |"), out);
        assertTrue(out.contains("hand-rolled ÷ default (all recordings) = 50.00"), out);
        assertTrue(out.contains("(all recordings) = 1.82; valid only = n/a"), out);
        assertTrue(out.contains("deep ÷ hand-rolled per recording = 0.80"), out);
    }

    @Test
    void missingBenchmarksShowAsNotAvailable() throws Exception {
        String out = summary(result("DeepPathBenchmark.validate", 1, "", 4000, "us/op"));
        assertTrue(out.contains("hand-rolled ÷ default (all recordings) = n/a"), out);
        assertTrue(out.contains("deep ÷ hand-rolled per recording = n/a"), out);
    }
}
