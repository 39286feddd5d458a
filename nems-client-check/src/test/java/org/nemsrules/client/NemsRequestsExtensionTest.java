package org.nemsrules.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small test classes that use the extension with JUnit's own engine and checks how they end. */
class NemsRequestsExtensionTest {
    static final AtomicReference<Path> RECORDINGS = new AtomicReference<>();

    static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
    }

    static class ClientTests {
        @RegisterExtension
        static NemsRequestsExtension nems =
                NemsRequestsExtension.builder().record(RECORDINGS.get()).build();

        @Test
        void sendsAValidCreate() throws Exception {
            nems.check().check(SampleRequests.sent("valid/create-explicit.http"));
        }

        @Test
        void sendsAnUnknownEvent() throws Exception {
            nems.check().check(SampleRequests.sent("valid/create-explicit.http"));
            nems.check().check(SampleRequests.sent("invalid/criteria-event-person-death.http"));
        }
    }

    static class ReportsOnly {
        @RegisterExtension
        static NemsRequestsExtension nems =
                NemsRequestsExtension.builder().failOnErrors(false).build();

        @Test
        void sendsAnUnknownEvent() throws Exception {
            nems.check().check(SampleRequests.sent("invalid/criteria-event-person-death.http"));
        }
    }

    @Test
    void withFailOnErrorsOffTheTestPassesAndTheRequestIsStillReported() {
        run(ReportsOnly.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        assertEquals(1, ReportsOnly.nems.sink().withErrors().size());
    }

    @Test
    void aTestWhoseClientSentAnErrorFailsNamingTheRuleAndEachTestsRecordingsBearItsName(@TempDir Path dir)
            throws Exception {
        RECORDINGS.set(dir);

        Events events = run(ClientTests.class);

        events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("sendsAnUnknownEvent"),
                                finishedWithFailure(message(m -> m.startsWith("the client sent 1 request NEMS would "
                                                + "refuse: expected a request the NEMS Subscription API accepts")
                                        && m.contains("criteria.event-code")
                                        && m.contains("ClientTests.sendsAnUnknownEvent-002.http")))));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(
                            "ClientTests.sendsAValidCreate-001.http",
                            "ClientTests.sendsAnUnknownEvent-001.http",
                            "ClientTests.sendsAnUnknownEvent-002.http"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
