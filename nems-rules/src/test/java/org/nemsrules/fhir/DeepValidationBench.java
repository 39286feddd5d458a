package org.nemsrules.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.fhir.SubscriptionBodies.Body;

/**
 * A bench harness, not a test: run it in a fresh JVM per mode (see docs/benchmarks.md).
 *
 * <ul>
 *   <li>{@code deep [N]}: time from JVM start to the first body validated by {@link DeepProfileValidator}, then
 *       the mean warm time per body over N rounds of the XML and JSON create bodies.</li>
 *   <li>{@code parse [N]}: the same for the default path's STU3 parse alone (shared {@code FhirContext}, no
 *       validation support chain).</li>
 * </ul>
 * Peak resident memory is read from {@code /proc/self/status} where there is one.
 */
public final class DeepValidationBench {
    private DeepValidationBench() {}

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "deep";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : "parse".equals(mode) ? 20_000 : 200;
        List<Body> bodies = List.of(SubscriptionBodies.VALID_XML, SubscriptionBodies.VALID_JSON);
        Task task = switch (mode) {
            case "deep" -> deep();
            case "parse" -> parse();
            default -> throw new IllegalArgumentException("mode is deep or parse, not " + mode);
        };

        long callStart = System.nanoTime();
        task.run(bodies.get(0));
        long firstCallNanos = System.nanoTime() - callStart;
        long sinceJvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                Locale.ROOT,
                "%s: first body %d ms after JVM start (first call %.0f ms), peak RSS after it %s%n",
                mode,
                sinceJvmStart,
                firstCallNanos / 1e6,
                peakRss());

        for (Body body : bodies) {
            for (int i = 0; i < Math.max(20, rounds / 5); i++) {
                task.run(body);
            }
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                task.run(body);
            }
            double perBody = (System.nanoTime() - start) / 1e6 / rounds;
            System.out.printf(
                    Locale.ROOT, "%s: warm %s %.3f ms per body (%d rounds)%n", mode, body.format(), perBody, rounds);
        }
        System.out.printf(Locale.ROOT, "%s: peak RSS %s%n", mode, peakRss());
    }

    private interface Task {
        void run(Body body);
    }

    private static Task deep() {
        DeepProfileValidator validator = DeepProfileValidator.withProjectProfile();
        return body -> {
            if (!validator.validate(body.text(), body.format()).isEmpty()) {
                throw new IllegalStateException("the bench body should be valid: " + body);
            }
        };
    }

    private static Task parse() {
        return body -> {
            FhirContext context = FhirContext.forDstu3Cached();
            var parser =
                    body.format() == DeepProfileValidator.Format.XML ? context.newXmlParser() : context.newJsonParser();
            parser.parseResource(Subscription.class, body.text());
        };
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring("VmHWM:".length()).strip())
                .findFirst()
                .orElse("n/a");
    }
}
