package org.nemsrules.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.nemsrules.model.LineEnds;
import org.nemsrules.recording.RecordingReader;

/**
 * The lines of a recorded file, found by the path a report shows it by, so that a report can quote the request
 * around a finding. A report does not keep the bytes it was built from: the file is read again when the report is
 * written.
 */
@FunctionalInterface
public interface RecordingSource {
    /** A source that has no files: reports quote nothing. */
    RecordingSource NONE = file -> List.of();

    /**
     * The file's lines, numbered as findings number them (line 1 is element 0), or an empty list when the file
     * cannot be read. Never throws for what is (or is not) on disk.
     */
    List<String> lines(String shownPath);

    /**
     * Files read from disk, a shown path being relative to {@code baseDirectory} (as {@code NemsValidator} made it)
     * or absolute. Files above the size a recording may have are not read: the validator did not read them either. An
     * IDE's private environment file ({@code http-client.private.env.json}) is never quoted: its every line may hold
     * a secret, and a finding on it says what is wrong without it.
     */
    static RecordingSource under(Path baseDirectory) {
        return shownPath -> {
            try {
                Path file = baseDirectory.resolve(shownPath);
                if (file.getFileName() == null
                        || file.getFileName().toString().equalsIgnoreCase("http-client.private.env.json")
                        || !Files.isRegularFile(file)
                        || Files.size(file) > RecordingReader.DEFAULT_MAX_BYTES) {
                    return List.of();
                }
                return split(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            } catch (IOException | InvalidPathException | SecurityException e) {
                return List.of();
            }
        };
    }

    /**
     * Lines as every reader counts them ({@link LineEnds}): a line ends at CR LF, LF or CR alone, and the line end of
     * the last line starts no further line. A byte-order mark is not part of the first line.
     */
    static List<String> split(String text) {
        return LineEnds.split(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
