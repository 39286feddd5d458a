package org.nemsrules.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.Report;

/**
 * The warm, in-process cost of checking a corpus with {@link NemsValidator}: untimed passes until the JIT has
 * settled, then timed passes (the median is given), then the heap still in use (after a GC) while the last pass's
 * report is held.
 *
 * <p>The default path needs some 40,000 recordings before its cost per recording stops falling (0.7 ms in the
 * first pass over 10,000, 0.11 ms from the fifth), so one untimed pass over a small corpus would time the JIT
 * rather than the rules, and the small corpus would look dearer per recording than the large one. Two threads on
 * two cores need longer still, because the compiler then has no idle core: after 50,000 recordings two threads
 * gave 1.2 times one thread's throughput over 10,000, after 200,000 they gave 1.9. The warm-up therefore repeats
 * the corpus until {@link #WARM_UP_RECORDINGS} have been checked. Deep validation costs tens of
 * milliseconds a recording, where that many would take half an hour, so it warms up with one pass.
 *
 * <p>Usage: {@code WarmThroughput <directory> [--threads n] [--deep] [--limit n] [--warm-up n] [--passes n]}
 * ({@code --warm-up}: recordings checked untimed first; default {@value #WARM_UP_RECORDINGS}, or one pass with
 * {@code --deep}; {@code --passes}: timed passes, the median is given, default 3); prints one line of
 * {@code key=value} pairs.
 */
public final class WarmThroughput {
    /**
     * One measurement.
     *
     * @param recordings   how many recordings the timed pass checked
     * @param findings     how many findings it reported
     * @param seconds      its wall time
     * @param heapUsedMb   heap in use after a GC with its report still held
     */
    public record Result(int recordings, long findings, double seconds, double heapUsedMb) {
        public double perSecond() {
            return recordings / seconds;
        }

        public double millisPerRecording() {
            return seconds * 1000 / recordings;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "recordings=%d findings=%d seconds=%.3f recordings/s=%.1f " + "ms/recording=%.3f heapMB=%.1f",
                    recordings,
                    findings,
                    seconds,
                    perSecond(),
                    millisPerRecording(),
                    heapUsedMb);
        }
    }

    /** Recordings checked untimed before the timed passes; at least one whole pass is always made. */
    static final int WARM_UP_RECORDINGS = 200_000;

    private WarmThroughput() {}

    /**
     * Measures the first {@code limit} recordings of {@code directory}, after checking at least
     * {@code warmUpRecordings} (and at least one whole pass) untimed: the median time of {@code passes} timed
     * passes.
     */
    public static Result measure(Path directory, int threads, boolean deep, int limit, int warmUpRecordings, int passes)
            throws IOException {
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1: " + passes);
        }
        List<Path> all = HandRolledBaseline.httpFiles(directory);
        List<Path> files = all.subList(0, Math.min(limit, all.size()));
        NemsValidator validator =
                NemsValidator.builder().threads(threads).deepValidation(deep).build();
        warmUp(validator, files, warmUpRecordings);
        // The median of several timed passes: on a shared 2-core machine one pass can be a third off either way.
        double[] times = new double[passes];
        Report report = null;
        for (int i = 0; i < passes; i++) {
            report = null;
            long start = System.nanoTime();
            report = validator.validate(files);
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(times);
        double seconds = times[passes / 2];
        double heap = heapUsedAfterGcMb();
        long findings = report.findings().count();
        return new Result(report.files().size(), findings, seconds, heap);
    }

    /**
     * Checks {@code files} over and over, untimed, in whole passes until {@code recordings} have been checked;
     * returns how many were.
     */
    static int warmUp(NemsValidator validator, List<Path> files, int recordings) throws IOException {
        int checked = 0;
        do {
            validator.validate(files);
            checked += files.size();
        } while (checked < recordings && !files.isEmpty());
        return checked;
    }

    private static double heapUsedAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "usage: WarmThroughput <directory> [--threads n] [--deep] [--limit n] [--warm-up n] [--passes n]");
            System.exit(2);
        }
        int threads = 1;
        int limit = Integer.MAX_VALUE;
        Integer warmUp = null;
        int passes = 3;
        boolean deep = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--deep" -> deep = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        int warmUpRecordings = warmUp != null ? warmUp : deep ? 0 : WARM_UP_RECORDINGS;
        System.out.println(measure(Path.of(args[0]), threads, deep, limit, warmUpRecordings, passes));
    }
}
