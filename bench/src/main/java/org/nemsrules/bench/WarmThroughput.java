package org.nemsrules.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.Report;

/**
 * The warm, in-process cost of checking a corpus with {@link NemsValidator}: one untimed pass to warm the JVM,
 * then one timed pass, then the heap still in use (after a GC) while that pass's report is held.
 *
 * <p>Usage: {@code WarmThroughput <directory> [--threads n] [--deep] [--limit n]}; prints one line of
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
            return String.format(Locale.ROOT, "recordings=%d findings=%d seconds=%.3f recordings/s=%.1f "
                    + "ms/recording=%.3f heapMB=%.1f", recordings, findings, seconds, perSecond(),
                    millisPerRecording(), heapUsedMb);
        }
    }

    private WarmThroughput() {
    }

    /** Measures the first {@code limit} recordings of {@code directory}. */
    public static Result measure(Path directory, int threads, boolean deep, int limit) throws IOException {
        List<Path> all = HandRolledBaseline.httpFiles(directory);
        List<Path> files = all.subList(0, Math.min(limit, all.size()));
        NemsValidator validator = NemsValidator.builder().threads(threads).deepValidation(deep).build();
        validator.validate(files);
        long start = System.nanoTime();
        Report report = validator.validate(files);
        double seconds = (System.nanoTime() - start) / 1e9;
        double heap = heapUsedAfterGcMb();
        long findings = report.findings().count();
        return new Result(report.files().size(), findings, seconds, heap);
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
            System.err.println("usage: WarmThroughput <directory> [--threads n] [--deep] [--limit n]");
            System.exit(2);
        }
        int threads = 1;
        int limit = Integer.MAX_VALUE;
        boolean deep = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--deep" -> deep = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        System.out.println(measure(Path.of(args[0]), threads, deep, limit));
    }
}
