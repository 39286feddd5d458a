package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.server.junit.NemsBaseUri;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;
import org.nemsrules.simulator.server.junit.NemsSimulatorTest;

/**
 * Runs small test classes that use the extension with JUnit's own engine (EngineTestKit) and checks what they
 * reported: passed, failed and why. The classes are skipped when JUnit runs this file itself (they have no
 * {@code @Nested}, and their names do not end in {@code Test}).
 */
class NemsSimulatorExtensionTest {
    /** Where each run's extension was serving, to check afterwards that it stopped. */
    static final AtomicReference<URI> SEEN = new AtomicReference<>();

    static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
    }

    static HttpResponse<String> sendSample(URI base, String sample) throws Exception {
        return SampleRequests.send(base, SampleRequests.of(sample).get(0), base.getPath() + "/Subscription");
    }

    static class ValidCreate {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

        @Test
        void createsASubscription() throws Exception {
            HttpResponse<String> created = sendSample(nems.baseUri(), "valid/create-explicit.http");
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(1, nems.simulator().subscriptions().size());
        }
    }

    @Test
    void aTestThatSendsAValidCreatePasses() {
        run(ValidCreate.class)
                .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    static class InvalidCreate {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

        @Test
        void sendsAnUnknownEvent() throws Exception {
            HttpResponse<String> answered = sendSample(nems.baseUri(), "invalid/criteria-event-person-death.http");
            // The test itself accepts the answer: only the extension can fail it.
            assertEquals(422, answered.statusCode(), answered.body());
        }

        @Test
        void sendsNothing() {}
    }

    @Test
    void aTestThatSendsAnInvalidRequestFailsNamingTheRule() {
        Events events = run(InvalidCreate.class);
        events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("sendsAnUnknownEvent"),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message(m -> m.startsWith("the NEMS simulator received 1 request with errors"
                                                        + " during this test")
                                                && m.contains("POST http://127.0.0.1:")
                                                && m.contains("answered 422")
                                                && m.contains("found 1 error:")
                                                && m.contains("error criteria.event-code")
                                                && m.contains("as validated (the lines findings point at):")))));
        events.assertThatEvents().haveExactly(1, event(test("sendsNothing"), finishedSuccessfully()));
    }

    static class ReadsExchangesItself {
        @RegisterExtension
        static NemsSimulatorExtension nems =
                NemsSimulatorExtension.builder().failOnErrors(false).build();

        @Test
        void seesTheFindingItself() throws Exception {
            sendSample(nems.baseUri(), "invalid/criteria-event-person-death.http");
            List<Exchange> exchanges = nems.simulator().exchanges();
            assertEquals(1, exchanges.size());
            assertTrue(exchanges.get(0).hasErrors());
            List<String> rules = exchanges.get(0).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::ruleId)
                    .toList();
            assertEquals(List.of("criteria.event-code"), rules);
        }
    }

    @Test
    void withFailOnErrorsOffTheTestReadsTheExchangesAndPasses() {
        run(ReadsExchangesItself.class)
                .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    static class TakesParameters {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .fixedInstant(Instant.parse("2026-01-05T09:00:00Z"))
                .build();

        static URI beforeAll;

        @BeforeAll
        static void remember(@NemsBaseUri URI base) {
            beforeAll = base;
        }

        @Test
        void getsTheBase(@NemsBaseUri URI base, NemsSimulator simulator) throws Exception {
            assertEquals(nems.baseUri(), base);
            assertEquals(base, beforeAll);
            assertTrue(base.toString().matches("http://127\\.0\\.0\\.1:\\d+/STU3"), base.toString());
            assertEquals(nems.simulator(), simulator);
            SEEN.set(base);
            assertEquals(201, sendSample(base, "valid/create-explicit.http").statusCode());
            // The clock stands still: the subscription was last updated at the fixed instant.
            assertEquals(
                    Instant.parse("2026-01-05T09:00:00Z"),
                    simulator
                            .subscriptions()
                            .values()
                            .iterator()
                            .next()
                            .getMeta()
                            .getLastUpdated()
                            .toInstant());
        }
    }

    @Test
    void theBaseUriIsInjectedAndTheServerStopsAfterTheClass() {
        SEEN.set(null);
        run(TakesParameters.class)
                .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        URI base = SEEN.get();
        assertTrue(base != null, "the test did not run");
        // Refused: nothing listens on the port any more (a connection would be accepted, then this would fail).
        assertThrows(ConnectException.class, () -> new Socket(base.getHost(), base.getPort()).close());
    }

    @NemsSimulatorTest
    static class Annotated {
        @Test
        void invalid(@NemsBaseUri URI base) throws Exception {
            sendSample(base, "invalid/criteria-event-person-death.http");
        }
    }

    @Test
    void theAnnotationRegistersTheDefaults() {
        Events events = run(Annotated.class);
        events.assertStatistics(stats -> stats.started(1).failed(1));
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("invalid"),
                                finishedWithFailure(message(m -> m.contains("error criteria.event-code")))));
    }

    /** Judged against the samples' own supplier configuration, which knows the NEMS ASID of the environment. */
    static class Configured {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .config(SampleRequests.SAMPLES.resolve("nems-rules.yaml"))
                .recordTo(RECORDINGS.get())
                .build();

        @Test
        void readsWithTheWrongToAsid() throws Exception {
            HttpResponse<String> answered = SampleRequests.send(
                    nems.baseUri(),
                    SampleRequests.of("invalid/config-to-asid.http").get(0));
            assertEquals(1, nems.simulator().exchanges().size(), answered.body());
        }
    }

    static class Unconfigured {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

        @Test
        void readsWithTheWrongToAsid() throws Exception {
            HttpResponse<String> answered = SampleRequests.send(
                    nems.baseUri(),
                    SampleRequests.of("invalid/config-to-asid.http").get(0));
            // Nothing to judge the ASID against: the read is sound, of a subscription not held.
            assertEquals(404, answered.statusCode(), answered.body());
        }
    }

    static final AtomicReference<Path> RECORDINGS = new AtomicReference<>();

    @Test
    void theSupplierConfigurationJudgesTheRequestsAndExchangesAreRecorded(@TempDir Path dir) throws Exception {
        RECORDINGS.set(dir);
        run(Unconfigured.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        run(Configured.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("readsWithTheWrongToAsid"),
                                finishedWithFailure(message(m -> m.contains("error config.to-asid")))));
        try (Stream<Path> recorded = Files.list(dir)) {
            List<Path> files = recorded.toList();
            assertEquals(1, files.size(), files.toString());
            assertTrue(files.get(0).toString().endsWith(".har"), files.toString());
            assertTrue(Files.readString(files.get(0)).contains("7f3c2a9e41d84b0b9c5e6a1d2f7b8c03"));
        }
    }

    /** The samples' configuration names the live environment; the simulator's own address is under none. */
    static class ConfiguredValidCreate {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .config(SampleRequests.SAMPLES.resolve("nems-rules.yaml"))
                .build();

        @Test
        void createsASubscription() throws Exception {
            sendSample(nems.baseUri(), "valid/create-explicit.http");
        }
    }

    static class AnsweringAsLive {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .config(SampleRequests.SAMPLES.resolve("nems-rules.yaml"))
                .answerAs("live")
                .build();

        @Test
        void createsASubscription() throws Exception {
            HttpResponse<String> created = sendSample(nems.baseUri(), "valid/create-explicit.http");
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(List.of(), nems.simulator().exchanges().get(0).findings());
        }
    }

    @Test
    void answeringAsAConfiguredEnvironmentJudgesRequestsAsSentToItsEndpoint() {
        run(ConfiguredValidCreate.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("createsASubscription"),
                                finishedWithFailure(message(m -> m.contains("error config.environment")))));
        run(AnsweringAsLive.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    static class AnsweringAsWithoutConfiguration {
        @RegisterExtension
        static NemsSimulatorExtension nems =
                NemsSimulatorExtension.builder().answerAs("live").build();

        @Test
        void neverRuns() {}
    }

    static class AnsweringAsAnUnknownEnvironment {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .config(SampleRequests.SAMPLES.resolve("nems-rules.yaml"))
                .answerAs("dep")
                .build();

        @Test
        void neverRuns() {}
    }

    @Test
    void answeringAsNeedsAConfigurationThatNamesTheEnvironment() {
        for (Map.Entry<Class<?>, String> c : Map.<Class<?>, String>of(
                        AnsweringAsWithoutConfiguration.class,
                        "only with a configuration that names it",
                        AnsweringAsAnUnknownEnvironment.class,
                        "no environment 'dep' in nems-rules.yaml; configured: live")
                .entrySet()) {
            EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(c.getKey()))
                    .execute()
                    .containerEvents()
                    .assertThatEvents()
                    .haveExactly(
                            1,
                            event(finishedWithFailure(
                                    instanceOf(IllegalArgumentException.class),
                                    message(m -> m.contains(c.getValue())))));
        }
    }

    static class MissingConfiguration {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
                .config(Path.of("no-such-directory/nems-rules.yaml"))
                .build();

        @Test
        void neverRuns() {}
    }

    @Test
    void aConfigurationThatCannotBeReadFailsTheClassSayingWhich() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(MissingConfiguration.class))
                .execute()
                .containerEvents();
        events.assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(IllegalArgumentException.class),
                                message(m -> m.contains("no-such-directory")
                                        && m.startsWith("the NEMS simulator's configuration")))));
    }

    static class WithNested {
        @RegisterExtension
        static NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

        static final AtomicReference<String> AFTER_NESTED = new AtomicReference<>();

        @Test
        void outer() throws Exception {
            assertEquals(
                    201,
                    sendSample(nems.baseUri(), "valid/create-explicit.http").statusCode());
        }

        @AfterAll
        static void afterEverything() {
            // Runs after the nested class, before the extension stops the server.
            AFTER_NESTED.set(nems.simulator().subscriptions().size() + " held at " + nems.baseUri());
        }

        @Nested
        class Inner {
            @Test
            void sharesTheServer(@NemsBaseUri URI base) {
                assertEquals(nems.baseUri(), base);
                assertEquals(1, nems.simulator().subscriptions().size());
            }
        }
    }

    @Test
    void aNestedClassSharesTheServerAndDoesNotStopIt() {
        WithNested.AFTER_NESTED.set(null);
        run(WithNested.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertTrue(
                WithNested.AFTER_NESTED.get().startsWith("1 held at http://127.0.0.1:"), WithNested.AFTER_NESTED.get());
    }

    static class InstanceField {
        @RegisterExtension
        NemsSimulatorExtension nems = NemsSimulatorExtension.builder().build();

        @Test
        void runs() {}
    }

    @Test
    void anInstanceFieldIsRefusedWithAClearMessage() {
        run(InstanceField.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("runs"),
                                finishedWithFailure(
                                        instanceOf(IllegalStateException.class),
                                        message(m -> m.contains("registered in a static field")))));
    }
}
