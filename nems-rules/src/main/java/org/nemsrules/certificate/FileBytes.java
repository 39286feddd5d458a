package org.nemsrules.certificate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a configured file whole, saying in plain words why it could not be read. */
final class FileBytes {
    /**
     * Far more than any certificate, key or CA bundle (a bundle of every public root is under 300 KiB), and little
     * enough to read whole into memory.
     */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private FileBytes() {}

    /**
     * The file's bytes.
     *
     * @param what what the file should hold, said after the reason ("the endpoint certificate")
     */
    static byte[] read(Path file, String what) throws UnreadableException {
        String shown = Wording.file(file);
        if (Files.isDirectory(file)) {
            throw new UnreadableException(
                    "cannot read " + shown + ": it is a directory; expected " + what + " in a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableException(String.format(
                        Locale.ROOT,
                        "cannot read %s: it is %,d bytes, more than any certificate or key file (at most %,d are "
                                + "read); expected %s",
                        shown,
                        size,
                        MAX_BYTES,
                        what));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("cannot read " + shown + ": no such file; expected " + what
                    + " there (paths are resolved " + "against the directory of the configuration file)");
        } catch (AccessDeniedException e) {
            throw new UnreadableException(
                    "cannot read " + shown + ": permission denied; the check needs to read " + what + " in it");
        } catch (IOException | RuntimeException e) {
            // An I/O error names the file and the system's reason, never the file's content.
            throw new UnreadableException("cannot read " + shown + ": " + reason(e) + "; expected " + what);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the file could not be read" : message;
    }
}
