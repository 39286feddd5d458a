package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nemsrules.recording.Recording;
import org.nemsrules.report.FileResult;

/** A rule that finds thousands of faults in one request lists a bounded number, then says how many it left out. */
class FindingCapTest {
    private static TestRule reporting(String id, int count) {
        return new TestRule(id, Set.of(), (context, sink) -> {
            for (int i = 0; i < count; i++) {
                sink.report(2 + i, "", "fault " + i);
            }
        });
    }

    @Test
    void aRuleListsAtMostTheCapAndOneFindingCountsTheRest() {
        List<Finding> findings = TestRule.validator(reporting("custom.many", 100_000), reporting("custom.few", 3))
                .validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        List<Finding> many =
                findings.stream().filter(f -> f.ruleId().equals("custom.many")).toList();
        assertEquals(NemsValidator.MAX_FINDINGS_PER_RULE + 1, many.size());
        Finding summary = many.get(many.size() - 1);
        assertEquals(
                "99,900 more findings of custom.many in this request are not listed (at most 100 are); fix "
                        + "those above and check again",
                summary.message());
        assertEquals(2 + NemsValidator.MAX_FINDINGS_PER_RULE, summary.location().line(), "at the first one left out");
        assertEquals(
                3,
                findings.stream().filter(f -> f.ruleId().equals("custom.few")).count(),
                "other rules are not affected");
    }

    @Test
    void exactlyTheCapIsListedWhole() {
        List<Finding> findings = TestRule.validator(reporting("custom.many", NemsValidator.MAX_FINDINGS_PER_RULE))
                .validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(NemsValidator.MAX_FINDINGS_PER_RULE, findings.size());
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("not listed")));
    }

    @Test
    void aRecordingRuleIsCappedPerFile() {
        RecordingRule noisy = new RecordingRule() {
            @Override
            public RuleMetadata metadata() {
                return TestRule.metadata("custom.noisy-file", Severity.WARNING);
            }

            @Override
            public void check(Recording recording, FindingSink sink) {
                for (int i = 0; i < 250; i++) {
                    sink.report(i + 1, "", "line fault " + i);
                }
            }
        };

        FileResult result = TestRule.validator(noisy).validate(TestRule.recording("r.http", 0));

        assertEquals(NemsValidator.MAX_FINDINGS_PER_RULE + 1, result.findings().size());
        assertTrue(result.findings()
                .get(result.findings().size() - 1)
                .message()
                .startsWith("150 more findings of custom.noisy-file in this file are not listed"));
    }
}
