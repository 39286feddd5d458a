package org.nemsrules.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.engine.Finding;
import org.nemsrules.recording.RecordingReader;

/**
 * Findings accepted when a project adopted NEMS Rules, so that a run reports only new ones. Modelled on
 * ArchUnit's frozen rules: a committed plain-text file, one finding a line, matched without line numbers.
 *
 * <p>Each entry is {@code file, rule id, logical path, fingerprint, message}, tab-separated, sorted, under a header
 * comment: it diffs well in review, and the same findings always give the same bytes. Paths and messages are
 * redacted as reports are by default (JWTs cut, NHS numbers masked), in every mode. Only the fingerprint
 * ({@link Finding#fingerprint()}) is matched; the other fields are there for the reader. An entry absorbs one
 * finding, so two identical findings need two entries. Entries that match nothing are stale: the fault was fixed.
 *
 * <pre>{@code
 * Report report = Baseline.read(Path.of("nems-baseline.txt")).apply(validator.validate(paths));
 * }</pre>
 */
public final class Baseline {
    static final String HEADER = """
            # NEMS Rules baseline: findings accepted when this file was written; runs with it report only new ones.
            # One finding a line: file, rule, logical path, fingerprint, message (tab-separated; only the
            # fingerprint is matched). Rewrite with 'nems-check --baseline FILE --update-baseline'; delete lines freely.
            """;
    /**
     * The largest baseline read, the bound on one recording: a baseline entry is a few hundred bytes, so this is tens
     * of thousands of accepted findings. Without a bound, a 90 MB file took 796 MB of heap.
     */
    public static final long MAX_BYTES = RecordingReader.DEFAULT_MAX_BYTES;

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Sorted entry lines, without the header. */
    private final List<String> entries;

    private final Map<String, Integer> counts;

    private Baseline(List<String> entries) {
        this.entries = entries.stream().sorted().toList();
        Map<String, Integer> byFingerprint = new HashMap<>();
        for (String entry : this.entries) {
            byFingerprint.merge(entry.split("\t", -1)[3], 1, Integer::sum);
        }
        this.counts = Map.copyOf(byFingerprint);
    }

    /** A baseline accepting every finding of the report. */
    public static Baseline of(Report report) {
        return new Baseline(report.findings().map(Baseline::entry).toList());
    }

    /**
     * Reads a baseline file of at most {@link #MAX_BYTES}, counted as it is read (a FIFO or a growing file has no
     * size to trust beforehand).
     *
     * @throws NoSuchFileException when it does not exist
     * @throws IOException         when it cannot be read, is too large or is not UTF-8, or a line is not an entry; the
     *                             message names the file (and the line), in words
     */
    public static Baseline read(Path file) throws IOException {
        return read(Path.of(""), file);
    }

    /** As {@link #read(Path)}, a relative {@code file} being relative to {@code directory}; messages name it as given. */
    public static Baseline read(Path directory, Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(directory.resolve(file))) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), e.getOtherFile(), e.getReason());
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read: " + FileProblem.describe(e), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(String.format(
                    "%s: is larger than the limit of %,d bytes for a baseline; a baseline "
                            + "lists accepted findings, a few hundred bytes each",
                    file, MAX_BYTES));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": is not UTF-8 text; a baseline is written by --write-baseline", e);
        }
        return parse(text, file.toString());
    }

    static Baseline parse(String text, String source) throws IOException {
        List<String> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 5 || !FINGERPRINT.matcher(fields[3]).matches()) {
                throw new IOException(source + ":" + (i + 1) + ": not a baseline entry; expected 'file<TAB>rule<TAB>"
                        + "path<TAB>fingerprint<TAB>message' with a fingerprint of 32 hex digits, as "
                        + "--write-baseline writes it");
            }
            entries.add(line);
        }
        return new Baseline(entries);
    }

    /** How many findings the baseline accepts. */
    public int size() {
        return entries.size();
    }

    /** The file as written: the header, then the sorted entries, each ending with a line feed. */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach(entry -> text.append(entry).append('\n'));
        return text.toString();
    }

    /**
     * Writes the baseline atomically, unless the file already holds exactly this text: an unchanged baseline is not
     * touched, so a read-only copy in CI stays as it is.
     *
     * @return whether the file was written
     */
    public boolean write(Path file) throws IOException {
        return write(Path.of(""), file);
    }

    /** As {@link #write(Path)}, a relative {@code file} being relative to {@code directory}. */
    public boolean write(Path directory, Path file) throws IOException {
        String text = text();
        Path at = directory.resolve(file);
        if (Files.isRegularFile(at) && Files.size(at) <= MAX_BYTES && unchanged(at, text)) {
            return false;
        }
        AtomicFile.write(directory, file, out -> out.write(text));
        return true;
    }

    private static boolean unchanged(Path file, String text) {
        try {
            return Arrays.equals(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Unreadable (a write-only file, say): written over, and any real problem is told by the write.
            return false;
        }
    }

    /** The report without the findings this baseline accepts, saying how many it accepted and how many entries were stale. */
    public Report apply(Report report) {
        Map<String, Integer> remaining = new HashMap<>(counts);
        int baselined = 0;
        List<FileResult> files = new ArrayList<>();
        for (FileResult file : report.files()) {
            List<Finding> kept = new ArrayList<>();
            for (Finding f : file.findings()) {
                String fingerprint = f.fingerprint();
                int left = remaining.getOrDefault(fingerprint, 0);
                if (left > 0) {
                    remaining.put(fingerprint, left - 1);
                    baselined++;
                } else {
                    kept.add(f);
                }
            }
            files.add(file.withFindings(file.interactions(), kept));
        }
        int stale = remaining.values().stream().mapToInt(Integer::intValue).sum();
        return new Report(files, report.rules(), report.notes(), Optional.of(new BaselineSummary(baselined, stale)));
    }

    /**
     * The path and message as {@link Redactor#DEFAULT} shows them, whatever the run's redaction: a baseline is
     * committed and reviewed like a report, and it must come out byte for byte the same with or without
     * {@code --no-redact}. The fingerprint is the same either way ({@link Finding#fingerprint()}).
     */
    private static String entry(Finding f) {
        return String.join(
                "\t",
                field(f.location().file()),
                f.ruleId(),
                field(Redactor.DEFAULT.redact(f.location().path())),
                f.fingerprint(),
                field(Redactor.DEFAULT.redact(f.message(), f.location().path())));
    }

    /** A tab or line break inside a field would split the entry; the field is for reading, not matching. */
    private static String field(String text) {
        return CONTROL.matcher(text).replaceAll(" ");
    }
}
