package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nemsrules.model.SubscriptionRequests;

/** One validator shared by many threads, as a supplier's parallel test suite would share it. */
class RequestValidationThreadSafetyTest {
    private static final String XML = SubscriptionRequests.SUBSCRIPTION_XML;
    private static final List<HttpRequest> REQUESTS = List.of(
            SubscriptionRequests.create().build(),
            SubscriptionRequests.create().setHeader("toASID", "12345").build(),
            SubscriptionRequests.create()
                    .setHeader("Content-Type", "text/plain")
                    .build(),
            SubscriptionRequests.create()
                    .POST(HttpRequest.BodyPublishers.ofString(XML.replace("requested", "active")))
                    .build(),
            SubscriptionRequests.create()
                    .POST(HttpRequest.BodyPublishers.ofString(XML.replace("<channel>", "<bogus/><channel>")))
                    .build(),
            SubscriptionRequests.create()
                    .POST(HttpRequest.BodyPublishers.ofString(
                            XML.replace("pds-death-notification-1", "pds-death-notifcation-1")))
                    .build(),
            SubscriptionRequests.create()
                    .POST(HttpRequest.BodyPublishers.ofString("<Subscription"))
                    .build(),
            SubscriptionRequests.create()
                    .setHeader("Authorization", "Bearer not-a-token")
                    .build());

    @Test
    void oneValidatorOnManyThreadsGivesEachRequestTheSameReportAsOnOne() throws Exception {
        NemsValidator validator = NemsValidator.builder().build();
        List<ValidationReport> expected =
                REQUESTS.stream().map(validator::validateRequest).toList();
        Set<String> rules = expected.stream().flatMap(r -> r.ruleIds().stream()).collect(Collectors.toSet());
        assertTrue(
                rules.containsAll(Set.of(
                        "header.asid-format",
                        "mime.content-type-unsupported",
                        "subscription.status",
                        "subscription.unparseable",
                        "criteria.event-code",
                        "jwt.malformed")),
                "a real mix of faults: " + rules);
        assertTrue(expected.get(0).isEmpty(), expected.get(0)::describe);

        int threads = 8;
        int tasks = 40 * REQUESTS.size();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<ValidationReport>> work = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                HttpRequest request = REQUESTS.get(i % REQUESTS.size());
                boolean first = i < threads;
                work.add(() -> {
                    if (first) {
                        start.await(); // the first of each thread's tasks start together
                    }
                    return validator.validateRequest(request);
                });
            }
            List<Future<ValidationReport>> results = pool.invokeAll(work);
            for (int i = 0; i < tasks; i++) {
                assertEquals(expected.get(i % REQUESTS.size()), results.get(i).get(), "request " + i % REQUESTS.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
