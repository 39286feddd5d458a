package org.nemsrules.recording;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a request body that a {@code .http} recording takes from a file ({@code < ./body.json}), with the care
 * {@link RecordingReader} takes over a recording: relative to the recording's directory, regular files only (a pipe or
 * a device, which may never end, is refused unread), bounded in size while it is read, opened for reading only.
 */
final class BodyFile {
    /** The bytes of the file, or why they could not be read (in words that follow the file's name). */
    @SuppressWarnings("ArrayRecordComponent") // carries one read's bytes back to its caller; never compared
    record Outcome(byte[] bytes, String problem) {}

    private final Path directory;
    private long allowance;

    /**
     * @param directory the recording's directory; {@code null} when the recording is not a file
     * @param allowance the most bytes all body files of one recording may hold together
     */
    BodyFile(Path directory, long allowance) {
        this.directory = directory;
        this.allowance = allowance;
    }

    Outcome read(String written) {
        if (directory == null) {
            return problem(
                    "is not read: the recording was not read from a file, so there is no directory to find it " + "in");
        }
        Path file;
        try {
            file = directory.resolve(written);
        } catch (InvalidPathException e) {
            return problem("is not a path this system can open (" + e.getReason() + ")");
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileKind kind = FileKind.of(file, attributes);
            if (kind != FileKind.REGULAR) {
                return problem("is " + kind.words() + ", not a file; a body is read from a file only");
            }
            if (attributes.size() > allowance) {
                return problem(String.format(
                        Locale.ROOT,
                        "is %,d bytes, more than the %,d bytes left of the bound on "
                                + "one recording, which its body files share",
                        attributes.size(),
                        allowance));
            }
            byte[] bytes;
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                bytes = BoundedBytes.read(in, attributes.size(), allowance);
            }
            if (bytes.length > allowance) {
                return problem(String.format(
                        Locale.ROOT,
                        "holds more than the %,d bytes left of the bound on one "
                                + "recording (it grew while it was read); it was read no further",
                        allowance));
            }
            allowance -= bytes.length;
            return new Outcome(bytes, null);
        } catch (java.nio.file.NoSuchFileException e) {
            return problem("does not exist"
                    + (Path.of(written).isAbsolute()
                            ? ""
                            : " (a relative path is read from " + "the recording's directory)"));
        } catch (IOException | SecurityException e) {
            return problem("could not be read: " + ReadFailure.inWords(e));
        } catch (OutOfMemoryError e) {
            return problem("could not be read: " + ReadFailure.inWords(e));
        }
    }

    private static Outcome problem(String words) {
        return new Outcome(null, words);
    }
}
