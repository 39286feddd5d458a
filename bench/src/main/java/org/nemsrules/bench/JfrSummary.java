package org.nemsrules.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time went in a flight recording, in the few lines docs/benchmarks.md quotes: CPU samples by the method
 * on top of the stack and by the class (outside the JDK) anywhere on it, sampled allocation by class, and collector pauses against
 * the recording's length. Java 17's {@code jfr} tool prints events but does not aggregate them.
 *
 * <p>Usage: {@code JfrSummary <recording.jfr> [top n]} (record with
 * {@code -XX:StartFlightRecording=filename=x.jfr,settings=profile}).
 */
public final class JfrSummary {
    private final Map<String, Integer> topFrames = new HashMap<>();
    private final Map<String, Integer> classesOnStack = new HashMap<>();
    private final Map<String, Long> allocationByClass = new HashMap<>();
    private final Map<String, Long> allocationBySite = new HashMap<>();
    private int samples;
    private long allocationTotal;
    private Duration gcPauses = Duration.ZERO;
    private int collections;
    private java.time.Instant first;
    private java.time.Instant last;

    private JfrSummary() {}

    /** Reads every event of {@code recording}. */
    public static JfrSummary of(Path recording) throws IOException {
        JfrSummary summary = new JfrSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            summary.add(event);
        }
        return summary;
    }

    private void add(RecordedEvent event) {
        if (first == null || event.getStartTime().isBefore(first)) {
            first = event.getStartTime();
        }
        if (last == null || event.getEndTime().isAfter(last)) {
            last = event.getEndTime();
        }
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> addSample(event.getStackTrace());
            case "jdk.ObjectAllocationSample" -> {
                long weight = event.getLong("weight");
                allocationTotal += weight;
                allocationByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                allocationBySite.merge(firstOwnFrame(event.getStackTrace()), weight, Long::sum);
            }
            case "jdk.GarbageCollection" -> {
                gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                collections++;
            }
            default -> {}
        }
    }

    private void addSample(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        List<RecordedFrame> frames = stack.getFrames();
        topFrames.merge(method(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!isJdk(type) && !type.contains("$$Lambda") && seen.add(outerClass(type))) {
                classesOnStack.merge(outerClass(type), 1, Integer::sum);
            }
        }
    }

    /** The first method not of the JDK on the stack, where an allocation was asked for by the project or a library. */
    private static String firstOwnFrame(RecordedStackTrace stack) {
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                if (!isJdk(frame.getMethod().getType().getName())) {
                    return method(frame);
                }
            }
        }
        return "(JDK only)";
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.")
                || type.startsWith("jdk.")
                || type.startsWith("sun.")
                || type.startsWith("com.sun.");
    }

    private static String outerClass(String type) {
        int nested = type.indexOf('$');
        return nested < 0 ? type : type.substring(0, nested);
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The summary as Markdown lines. */
    public String render(int top) {
        StringBuilder out = new StringBuilder();
        double seconds = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
        out.append(String.format(
                Locale.ROOT,
                "recording %.1f s; %d CPU samples; %d collections, pauses %.2f s"
                        + " (%.0f %%); %.0f MB allocated (sampled estimate)%n",
                seconds,
                samples,
                collections,
                gcPauses.toMillis() / 1000.0,
                seconds == 0 ? 0 : 100 * gcPauses.toMillis() / 1000.0 / seconds,
                allocationTotal / 1e6));
        out.append("\ntop of stack (self time):\n");
        topOf(topFrames, top).forEach(e -> out.append(line(e.getKey(), e.getValue(), samples)));
        out.append("\nclass (outside the JDK) anywhere on the stack (total time):\n");
        topOf(classesOnStack, top).forEach(e -> out.append(line(e.getKey(), e.getValue(), samples)));
        out.append("\nallocation by class:\n");
        topOf(allocationByClass, top)
                .forEach(e -> out.append(line(e.getKey(), e.getValue(), (double) allocationTotal)));
        out.append("\nallocation by the first method outside the JDK:\n");
        topOf(allocationBySite, top).forEach(e -> out.append(line(e.getKey(), e.getValue(), (double) allocationTotal)));
        return out.toString();
    }

    private static <N extends Number> List<Map.Entry<String, N>> topOf(Map<String, N> counts, int top) {
        return counts.entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(b.getValue().doubleValue(), a.getValue().doubleValue()))
                .limit(top)
                .toList();
    }

    private static String line(String name, Number count, double total) {
        return String.format(Locale.ROOT, "- %5.1f %%  %s%n", total == 0 ? 0 : 100 * count.doubleValue() / total, name);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary <recording.jfr> [top n]");
            System.exit(2);
        }
        System.out.print(of(Path.of(args[0])).render(args.length > 1 ? Integer.parseInt(args[1]) : 15));
    }
}
