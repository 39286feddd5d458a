package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Interaction;

/**
 * What the simulator finds in a request live equals what {@code nems-check} finds in the HAR it recorded of it: for
 * every request of every shipped sample recording, with the default rules and with the samples' supplier
 * configuration. Findings compare by rule id, severity, message and logical path, in order; the file and line
 * necessarily differ (the live request is "request", the recording is a HAR), so a message's "line 12" is compared
 * as "line #".
 */
class RecordingRoundTripTest {
    private static final Pattern LINE_NUMBERS = Pattern.compile("\\b(lines?) \\d+((?:, | and )\\d+)*");

    /** Recordings with an HTTP envelope from which the reader takes no request: there is nothing to send. */
    private static final Set<String> NO_REQUEST = Set.of(
            "invalid/comment-only.http",
            "invalid/latin-1.http",
            "invalid/recording-unresolved-variable.http",
            "invalid/truncated-request-line.http",
            "invalid/truncated.har",
            "invalid/utf-16.http");

    static Stream<String> recordings() throws IOException {
        return Samples.all().stream().filter(s -> !Samples.isBareResource(s));
    }

    @Test
    void onlyTheBareResourcesAreLeftOut() throws IOException {
        Set<String> bare =
                Samples.all().stream().filter(Samples::isBareResource).collect(Collectors.toCollection(TreeSet::new));
        Set<String> byName = Samples.all().stream()
                .filter(s -> s.endsWith(".xml") || s.endsWith(".json"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(byName, bare);
        assertEquals(
                Set.of(
                        "valid/subscription-explicit.xml",
                        "valid/subscription-generic.json",
                        "invalid/criteria-bare-generic-two-events.json",
                        "invalid/subscription-channel-rest-hook.json",
                        "invalid/subscription-contained-patient.xml",
                        "invalid/subscription-doctype-entity.xml",
                        "invalid/subscription-no-meta-profile.xml",
                        "invalid/subscription-r4-element.json",
                        "invalid/subscription-reason-missing.json"),
                bare);
        assertTrue(recordings().count() > 130, "the round trip covers every .http and .har sample");
    }

    @Test
    void theRecordingsWithoutARequestAreThoseTheReaderCannotRead() throws IOException {
        Set<String> empty =
                recordings().filter(s -> Samples.requests(s).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(NO_REQUEST), empty);
        for (String sample : empty) {
            if (!sample.equals("invalid/comment-only.http")) {
                assertFalse(Samples.read(sample).problems().isEmpty(), sample + " has a reading problem");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void theRecordedHarHasTheFindingsOfTheLiveRequest(String sample, @TempDir Path recordings) {
        roundTrip(sample, recordings, NemsValidator.builder());
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void theRoundTripHoldsWithTheSamplesSupplierConfiguration(String sample, @TempDir Path recordings)
            throws Exception {
        SupplierConfig config = SupplierConfig.load(Samples.ROOT.resolve("nems-rules.yaml"));
        roundTrip(sample, recordings, config.applyTo(NemsValidator.builder()));
    }

    /** How many compared messages quote a line, so were compared with "line #": said once the class has run. */
    private static final java.util.concurrent.atomic.AtomicInteger QUOTING_LINES =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void sayHowManyMessagesQuoteALine() {
        System.out.println("Round trip: " + QUOTING_LINES.get() + " compared messages quote a line number");
    }

    private static void roundTrip(String sample, Path recordings, NemsValidator.Builder validators) {
        NemsValidator live = validators.build();
        NemsSimulator simulator =
                NemsSimulator.builder().validator(live).recordTo(recordings).build();
        NemsValidator reader = validators.build();
        List<Interaction> requests = Samples.requests(sample);
        for (Interaction request : requests) {
            Exchange exchange = simulator.handle(Samples.simulated(request));
            Path har = exchange.recording().orElseThrow();
            List<Finding> recorded = reader.validateFile(har).findings();
            String what = sample + " request " + request.index() + " (" + har.getFileName() + ")";
            assertEquals(comparable(exchange.findings()), comparable(recorded), what);
            exchange.findings().stream()
                    .filter(f -> LINE_NUMBERS.matcher(f.message()).find())
                    .forEach(f -> QUOTING_LINES.incrementAndGet());
            assertEquals(
                    exchange.findings().stream()
                            .map(f -> f.location().interaction())
                            .toList(),
                    recorded.stream().map(f -> f.location().interaction()).toList(),
                    what);
        }
        assertEquals(requests.size(), simulator.exchanges().size());
    }

    private static List<String> comparable(List<Finding> findings) {
        List<String> keys = new ArrayList<>();
        for (Finding f : findings) {
            keys.add(f.ruleId() + " | " + f.severity() + " | " + f.location().path() + " | "
                    + LINE_NUMBERS.matcher(f.message()).replaceAll("$1 #"));
        }
        return keys;
    }
}
