package org.nemsrules.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;

class NemsRequestCheckTest {
    private static final String VALID = "valid/create-explicit.http";
    private static final String UNKNOWN_EVENT = "invalid/criteria-event-person-death.http";

    @Test
    void withNoModeSetACheckRejectsARequestWithAnErrorNamingTheRule() {
        NemsRequestCheck check = NemsRequestCheck.builder().build();
        assertTrue(check.rejects());

        NemsRequestRejectedException e =
                assertThrows(NemsRequestRejectedException.class, () -> check.check(SampleRequests.sent(UNKNOWN_EVENT)));

        assertTrue(
                e.getMessage().startsWith("not sent: expected a request the NEMS Subscription API accepts"),
                e.getMessage());
        assertTrue(e.getMessage().contains("criteria.event-code"), e.getMessage());
        assertTrue(e.request().hasErrors());
    }

    @Test
    void aValidRequestPassesEveryMode(@TempDir Path dir) throws Exception {
        FindingSink sink = new FindingSink();
        NemsRequestCheck check =
                NemsRequestCheck.builder().reject().report(sink).record(dir).build();

        CheckedRequest checked = check.check(SampleRequests.sent(VALID));

        assertEquals(List.of(), checked.findings());
        assertEquals(List.of(checked), sink.checked());
        assertTrue(Files.isRegularFile(checked.recording().orElseThrow()));
    }

    @Test
    void reportModeCollectsFindingsAndSendsAnyway() throws Exception {
        FindingSink sink = new FindingSink();
        NemsRequestCheck check = NemsRequestCheck.builder().report(sink).build();
        assertFalse(check.rejects());

        check.check(SampleRequests.sent(VALID));
        check.check(SampleRequests.sent(UNKNOWN_EVENT));

        assertEquals(2, sink.checked().size());
        assertEquals(1, sink.withErrors().size());
        assertTrue(ruleIds(sink.withErrors().get(0).findings()).contains("criteria.event-code"));
        sink.clear();
        assertEquals(List.of(), sink.checked());
    }

    /** Outside a test the recordings are request-001.http, request-002.http…, and each reads back as checked live. */
    @Test
    void recordingsHaveDeterministicNamesAndReadBackWithTheLiveFindings(@TempDir Path dir) throws Exception {
        NemsRequestCheck check = NemsRequestCheck.builder().record(dir).build();
        NemsValidator reader = NemsValidator.builder().build();
        for (String sample :
                List.of(VALID, UNKNOWN_EVENT, "invalid/jwt-scope-list.http", "valid/create-generic.json.http")) {
            CheckedRequest live;
            try {
                live = check.check(SampleRequests.sent(sample));
            } catch (NemsRequestRejectedException e) {
                live = e.request();
            }
            List<Finding> recorded =
                    reader.validateFile(live.recording().orElseThrow()).findings();
            assertEquals(SampleRequests.comparable(live.findings()), SampleRequests.comparable(recorded), sample);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("request-001.http", "request-002.http", "request-003.http", "request-004.http"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void recordingNamesKeepOnlyCharactersEveryFileSystemTakes() {
        assertEquals("Nested_Test.my_test_1_-x", RequestRecorder.safe("Nested$Test.my test(1)-x"));
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
