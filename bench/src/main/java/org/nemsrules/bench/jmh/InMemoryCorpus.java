package org.nemsrules.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nemsrules.bench.CorpusGenerator;
import org.nemsrules.bench.RecordingBody;

/**
 * A corpus of {@link CorpusGenerator} recordings held in memory, so that a benchmark operation reads no file: the
 * generator writes them to a temporary directory, which is read back and deleted.
 */
public final class InMemoryCorpus {
    /** Which of the generated recordings a benchmark cycles through. */
    public enum Selection {
        /** Every recording: half valid, half with one fault each. */
        ALL,
        /** Only the valid recordings, the common case in a supplier's test suite. */
        VALID
    }

    /**
     * One recording.
     *
     * @param name  its file name, which names its fault
     * @param bytes the whole {@code .http} file
     * @param body  its request body, as the hand-rolled route takes it
     * @param valid whether it carries no fault
     */
    @SuppressWarnings("ArrayRecordComponent") // a corpus file held for a benchmark to read; never compared
    public record Entry(String name, byte[] bytes, RecordingBody body, boolean valid) {}

    private final List<Entry> entries;

    private InMemoryCorpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Generates {@code count} recordings and keeps those {@code selection} asks for. */
    public static InMemoryCorpus generate(int count, Selection selection) throws IOException {
        Path dir = Files.createTempDirectory("nems-jmh-corpus");
        try {
            List<Path> files = CorpusGenerator.write(dir, count);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                boolean valid = CorpusGenerator.faultOf(i) == CorpusGenerator.Fault.NONE;
                if (selection == Selection.VALID && !valid) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(files.get(i));
                entries.add(new Entry(
                        files.get(i).getFileName().toString(),
                        bytes,
                        RecordingBody.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)),
                        valid));
            }
            return new InMemoryCorpus(entries);
        } finally {
            deleteTree(dir);
        }
    }

    public int size() {
        return entries.size();
    }

    public Entry get(int index) {
        return entries.get(index);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
