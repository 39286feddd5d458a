package org.nemsrules.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/**
 * Load on a running NEMS simulator ({@code nems-check serve}): {@code clients} threads, each sending creates one after
 * another for {@code seconds}, every create a valid one with criteria of its own (a different NHS number, valid
 * under modulus 11), so that none is a duplicate. Prints one line: clients, requests, requests per second, the
 * median and 99th percentile latency of a create, and the statuses seen.
 *
 * <pre>java -cp ... org.nemsrules.bench.SimulatorLoad BASE_URL CLIENTS SECONDS [WARMUP_SECONDS]</pre>
 */
public final class SimulatorLoad {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");
    private static final String SAMPLE_NHS_NUMBER = "9990000018";

    private SimulatorLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SimulatorLoad BASE_URL CLIENTS SECONDS [WARMUP_SECONDS]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Interaction template = new RecordingReader()
                .read(Path.of("sample-payloads/valid/create-explicit.http"), "create-explicit.http")
                .interactions()
                .get(0);
        // Stems from the 999 test range, starting where the clock says, so that runs against one server never
        // repeat a subscription (a repeat would be a duplicate, 409).
        AtomicLong numbers = new AtomicLong(999_000_000L + System.currentTimeMillis() % 900_000L);
        if (warmup > 0) {
            run(base, template, clients, warmup, numbers);
        }
        Result result = run(base, template, clients, seconds, numbers);
        long[] sorted = result.latencies();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "clients=%d requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f statuses=%s%n",
                clients,
                sorted.length,
                sorted.length / (double) seconds,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                result.statuses());
    }

    // Made and read once, here: the array is never shared.
    @SuppressWarnings("ArrayRecordComponent")
    private record Result(long[] latencies, Map<Integer, Long> statuses) {}

    private static Result run(URI base, Interaction template, int clients, int seconds, AtomicLong numbers)
            throws InterruptedException, ExecutionException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> perClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                // One client, and so one connection kept alive, per thread: as many clients as connections.
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                perClient.add(pool.submit(() -> creates(client, base, template, numbers, end, statuses)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> latencies : perClient) {
                all.add(latencies.get());
            }
            Map<Integer, Long> counted = new TreeMap<>();
            statuses.forEach((status, n) -> counted.put(status, n.sum()));
            return new Result(all.stream().flatMapToLong(Arrays::stream).toArray(), counted);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Creates, one after another until {@code end}: the latency of each, in nanoseconds. */
    private static long[] creates(
            HttpClient client,
            URI base,
            Interaction template,
            AtomicLong numbers,
            long end,
            Map<Integer, LongAdder> statuses) {
        long[] latencies = new long[1024];
        int count = 0;
        while (System.nanoTime() < end) {
            HttpRequest request = create(base, template, nhsNumber(numbers));
            long start = System.nanoTime();
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long took = System.nanoTime() - start;
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static HttpRequest create(URI base, Interaction template, String nhsNumber) {
        String body = template.body().text().replace(SAMPLE_NHS_NUMBER, nhsNumber);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/Subscription"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (Header header : template.headers().all()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                builder.header(header.name(), header.value());
            }
        }
        return builder.build();
    }

    /** The next NHS number in the 999 test range that is valid under modulus 11 (some nine-digit stems are not). */
    static String nhsNumber(AtomicLong stems) {
        while (true) {
            String stem = String.format(Locale.ROOT, "%09d", stems.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (stem.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return stem + check;
            }
        }
    }
}
