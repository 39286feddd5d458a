package org.nemsrules.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown table {@code bench/jmh.sh} prints, with the ratios
 * issue 11 sets goals for. Benchmarks missing from the results (a narrower regex) show as {@code n/a}.
 *
 * <p>Usage: {@code JmhSummary <jmh.json>}.
 */
public final class JmhSummary {
    private static final String PACKAGE = JmhSummary.class.getPackageName() + ".";

    /**
     * One result row.
     *
     * @param benchmark  class and method, e.g. {@code DefaultPathBenchmark.oneThread}
     * @param params     its parameters, e.g. {@code recordings=ALL}, or empty
     * @param threads    benchmark threads
     * @param microsPerOp mean microseconds per operation, per thread
     * @param error      JMH's 99.9 % confidence half-width, or NaN with too few iterations
     */
    record Row(String benchmark, String params, int threads, double microsPerOp, double error) {
        double recordingsPerSecond() {
            return threads * 1e6 / microsPerOp;
        }
    }

    private JmhSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary <jmh.json>");
            System.exit(2);
        }
        System.out.print(
                markdown(rows(new ObjectMapper().readTree(Path.of(args[0]).toFile()))));
    }

    static List<Row> rows(JsonNode results) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText();
            if (name.startsWith(PACKAGE)) {
                name = name.substring(PACKAGE.length());
            }
            List<String> params = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            result.path("params").properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> param = it.next();
                params.add(param.getKey() + "=" + param.getValue().asText());
            }
            JsonNode metric = result.path("primaryMetric");
            double micros = toMicros(
                    metric.path("score").asDouble(), metric.path("scoreUnit").asText());
            double error = toMicros(
                    metric.path("scoreError").asDouble(Double.NaN),
                    metric.path("scoreUnit").asText());
            rows.add(new Row(
                    name, String.join(" ", params), result.path("threads").asInt(1), micros, error));
        }
        return rows;
    }

    private static double toMicros(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1000;
            case "ms/op" -> value * 1000;
            case "s/op" -> value * 1e6;
            default -> value;
        };
    }

    static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | params | threads | µs/op (± 99.9 % CI) | recordings/s |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %s ± %s | %,.0f |%n",
                    row.benchmark(),
                    row.params().isEmpty() ? "" : row.params(),
                    row.threads(),
                    number(row.microsPerOp()),
                    Double.isNaN(row.error()) ? "n/a" : number(row.error()),
                    row.recordingsPerSecond()));
        }
        Optional<Row> oneThread = find(rows, "DefaultPathBenchmark.oneThread", "recordings=ALL");
        Optional<Row> twoThreads = find(rows, "DefaultPathBenchmark.twoThreads", "recordings=ALL");
        Optional<Row> oneValid = find(rows, "DefaultPathBenchmark.oneThread", "recordings=VALID");
        Optional<Row> twoValid = find(rows, "DefaultPathBenchmark.twoThreads", "recordings=VALID");
        Optional<Row> hand = find(rows, "HandRolledBenchmark.validate", "");
        Optional<Row> deep = find(rows, "DeepPathBenchmark.validate", "");
        out.append(System.lineSeparator()).append("Goals of issue 11:").append(System.lineSeparator());
        out.append("- warm per thread: hand-rolled ÷ default (all recordings) = ")
                .append(ratio(hand.map(Row::microsPerOp), oneThread.map(Row::microsPerOp)))
                .append(" (goal ≥ 20)")
                .append(System.lineSeparator());
        out.append("- 2 threads ÷ 1 thread, recordings/s (all recordings) = ")
                .append(ratio(twoThreads.map(Row::recordingsPerSecond), oneThread.map(Row::recordingsPerSecond)))
                .append("; valid only = ")
                .append(ratio(twoValid.map(Row::recordingsPerSecond), oneValid.map(Row::recordingsPerSecond)))
                .append(" (goal ≥ 1.7)")
                .append(System.lineSeparator());
        out.append("- deep ÷ hand-rolled per recording = ")
                .append(ratio(deep.map(Row::microsPerOp), hand.map(Row::microsPerOp)))
                .append(" (goal ≤ 1.2)")
                .append(System.lineSeparator());
        return out.toString();
    }

    private static Optional<Row> find(List<Row> rows, String benchmark, String params) {
        return rows.stream()
                .filter(r -> r.benchmark().equals(benchmark) && r.params().equals(params))
                .findFirst();
    }

    private static String ratio(Optional<Double> a, Optional<Double> b) {
        if (a.isEmpty() || b.isEmpty() || b.get() == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", a.get() / b.get());
    }

    /** Three significant figures at most, never scientific notation. */
    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f", value);
    }
}
