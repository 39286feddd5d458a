package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nemsrules.recording.Recording;
import org.nemsrules.report.FileResult;

class RuleCrashTest {
    private final TestRule crashing = new TestRule("custom.a-crashes", Severity.INFO, Set.of(), (context, sink) -> {
        throw new IllegalArgumentException("boom");
    });
    private final TestRule healthy = new TestRule(
            "custom.z-healthy",
            Set.of(),
            (context, sink) -> sink.report(context.interaction().line(), "", "still ran"));

    @Test
    void aRuleThatThrowsBecomesOneErrorFindingAndTheOtherRulesStillRun() {
        List<Finding> findings = TestRule.validator(crashing, healthy)
                .validate(TestRule.interaction("c.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(2, findings.size(), () -> findings.toString());
        Finding crash = findings.stream()
                .filter(f -> f.ruleId().equals("custom.a-crashes"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, crash.severity(), "a crash is an error whatever the rule's severity");
        assertTrue(crash.message().startsWith("internal error in rule custom.a-crashes"), crash.message());
        assertTrue(crash.message().contains("boom"), crash.message());
        assertEquals(new Location("c.http", 0, 0, null, ""), crash.location());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("custom.z-healthy")));
    }

    @Test
    void aRuleThatThrowsOnEveryRequestIsReportedOncePerRequestAndTheRestOfTheFileIsChecked() {
        FileResult result = TestRule.validator(crashing, healthy).validate(TestRule.recording("c.http", 3));

        assertEquals(
                3,
                result.findings().stream()
                        .filter(f -> f.ruleId().equals("custom.a-crashes"))
                        .count());
        assertEquals(
                3,
                result.findings().stream()
                        .filter(f -> f.ruleId().equals("custom.z-healthy"))
                        .count());
    }

    @Test
    void aRecordingRuleThatThrowsIsReportedOnTheFile() {
        RecordingRule broken = new RecordingRule() {
            @Override
            public RuleMetadata metadata() {
                return TestRule.metadata("custom.broken-recording", Severity.WARNING);
            }

            @Override
            public void check(Recording recording, FindingSink sink) {
                throw new NullPointerException("oops");
            }
        };

        FileResult result = TestRule.validator(broken, healthy).validate(TestRule.recording("r.http", 1));

        Finding crash = result.findings().stream()
                .filter(f -> f.ruleId().equals("custom.broken-recording"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, crash.severity());
        assertTrue(crash.message().startsWith("internal error in rule custom.broken-recording"), crash.message());
        assertEquals(-1, crash.location().interaction());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("custom.z-healthy")));
    }
}
