package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.nhs.NhsNumber;
import org.nemsrules.simulator.NemsSimulator;

/**
 * Many clients creating at once: every create is answered 201 under an id of its own, and the simulator holds
 * each subscription once: none lost, none stored twice.
 */
class ConcurrentClientsTest {
    private static final int CLIENTS = 100;
    private static final int CREATES_EACH = 50;
    private static final String SAMPLE_NHS_NUMBER = "9990000018";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hundredClientsCreateFiftySubscriptionsEach() throws Exception {
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        String template = create.body().text();
        assertTrue(template.contains(SAMPLE_NHS_NUMBER), template);
        List<String> patients = nhsNumbers(CLIENTS * CREATES_EACH);

        try (SimulatorServer server =
                SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start()) {
            URI to = URI.create(server.baseUri() + "/Subscription");
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> answers = new ArrayList<>();
            try {
                for (int c = 0; c < CLIENTS; c++) {
                    List<String> mine = patients.subList(c * CREATES_EACH, (c + 1) * CREATES_EACH);
                    answers.add(clients.submit(() -> createAll(to, create, template, mine)));
                }
                List<String> ids = new ArrayList<>();
                for (Future<List<String>> answer : answers) {
                    ids.addAll(answer.get(100, TimeUnit.SECONDS));
                }
                assertEquals(CLIENTS * CREATES_EACH, ids.size());
                Set<String> distinct = new HashSet<>(ids);
                assertEquals(CLIENTS * CREATES_EACH, distinct.size(), "an id was given twice");
                assertEquals(distinct, server.simulator().subscriptions().keySet());
                // Each patient's subscription is held once, under the id its create was answered with.
                Set<String> held = new HashSet<>();
                server.simulator()
                        .subscriptions()
                        .values()
                        .forEach(s -> held.add(s.getCriteria().replaceAll(".*nhs-number\\|(\\d{10}).*", "$1")));
                assertEquals(new HashSet<>(patients), held);
                assertEquals(
                        CLIENTS * CREATES_EACH, server.simulator().exchanges().size());
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** One client: its own connection, its creates one after another; the ids it was given, in order. */
    private static List<String> createAll(URI to, Interaction create, String template, List<String> patients)
            throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> ids = new ArrayList<>();
        for (String patient : patients) {
            HttpRequest.Builder request = HttpRequest.newBuilder(to)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(template.replace(SAMPLE_NHS_NUMBER, patient)));
            for (Header header : create.headers().all()) {
                if (!List.of("host", "content-length").contains(header.name().toLowerCase(Locale.ROOT))) {
                    request.header(header.name(), header.value());
                }
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, answer.statusCode(), patient + ": " + answer.body());
            String location = answer.headers().firstValue("Location").orElseThrow();
            ids.add(location.substring(location.lastIndexOf('/') + 1));
        }
        return ids;
    }

    /** {@code count} distinct NHS numbers valid under modulus 11, in the test range 999 as the sample's. */
    static List<String> nhsNumbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int stem = 999_000_002; numbers.size() < count; stem++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = Integer.toString(stem) + check;
                if (NhsNumber.parse(candidate).isPresent()) {
                    numbers.add(candidate);
                    break;
                }
            }
        }
        return numbers;
    }
}
