package org.nemsrules.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.regex.Pattern;
import org.nemsrules.engine.FileProblem;

/**
 * What an output path names once its symbolic links are followed, as a shell's {@code >} follows them: a regular
 * file to replace, a file to create, or a stream (a character device, a FIFO, or an open file descriptor such as
 * {@code /dev/stdout}) to write through. Replacing a link, a device or a FIFO by a regular file would destroy the
 * node the user named: run as root, {@code -o /dev/null} once replaced the system's own {@code /dev/null}.
 *
 * @param named    what the user named, as the user named it (for messages)
 * @param absolute what the user named, as an absolute path: resolved against the directory the command runs in
 * @param file     where the bytes go: the last target of the links, or {@code absolute} itself
 * @param kind     what is there
 */
public record OutputTarget(Path named, Path absolute, Path file, Kind kind) {
    /** What an output path names. */
    public enum Kind {
        /** Nothing yet: a file is created. */
        NEW_FILE,
        /** A regular file: replaced whole, keeping its permissions. */
        REGULAR_FILE,
        /** A character device, a FIFO or an open descriptor: opened and written through, never replaced. */
        STREAM
    }

    /** As many links as Linux follows before it gives up ({@code MAXSYMLINKS}). */
    private static final int MAX_LINKS = 40;
    /** {@code /proc/<pid>/fd} and {@code /proc/<pid>/task/<tid>/fd}, where /dev/stdout and /dev/fd/N lead. */
    private static final Pattern DESCRIPTORS = Pattern.compile("/proc/[^/]+(/task/[^/]+)?/fd");

    private static final int TYPE_BITS = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    /** The output {@code named} stands for, a relative path being relative to the process's working directory. */
    public static OutputTarget of(Path named) throws IOException {
        return of(Path.of(""), named);
    }

    /**
     * The output {@code named} stands for, a relative path being relative to {@code directory}: the directory a
     * command runs in when it is not the process's own (an embedded run). Messages name the output as it was named.
     */
    public static OutputTarget of(Path directory, Path named) throws IOException {
        Path absolute = directory.resolve(named).toAbsolutePath();
        Path file = absolute;
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops == MAX_LINKS) {
                throw new OutputException(named, "too many levels of symbolic links");
            }
            if (isDescriptor(file)) {
                // A link the kernel resolves to an open file ("pipe:[1234]" reads as no path at all): write to it
                // as the process's own stdout, never to what its text names.
                return new OutputTarget(named, absolute, file, Kind.STREAM);
            }
            // Absolute and a link, so not the root: it has a parent.
            Path parent = Objects.requireNonNull(file.getParent());
            file = parent.resolve(Files.readSymbolicLink(file));
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            // Also a dangling link: its target is created, as the shell's > would create it.
            return new OutputTarget(named, absolute, file, Kind.NEW_FILE);
        } catch (IOException e) {
            throw new OutputException(named, FileProblem.describe(e));
        }
        if (attributes.isDirectory()) {
            throw new OutputException(named, "is a directory");
        }
        if (attributes.isRegularFile()) {
            return new OutputTarget(named, absolute, file, Kind.REGULAR_FILE);
        }
        if (isCharacterDeviceOrFifo(file)) {
            return new OutputTarget(named, absolute, file, Kind.STREAM);
        }
        throw new OutputException(
                named,
                "is not a regular file, a character device or a FIFO (a socket or a "
                        + "block device is never written)");
    }

    /** The target with its directories' links resolved too, to compare with inputs; the file itself may not exist. */
    public Path realFile() {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            return absolute;
        }
        try {
            return parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isDescriptor(Path link) {
        try {
            Path directory = Objects.requireNonNull(link.getParent()).toRealPath();
            return DESCRIPTORS.matcher(directory.toString().replace('\\', '/')).matches();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isCharacterDeviceOrFifo(Path file) throws IOException {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS;
            return type == CHARACTER_DEVICE || type == FIFO;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // No unix view (Windows): what is neither a file nor a directory there is a device such as NUL.
            return true;
        }
    }

    /** An output that cannot be written, in words, naming the output as the user named it. */
    public static final class OutputException extends IOException {
        public OutputException(Path named, String problem) {
            super(named + ": " + problem);
        }

        public OutputException(Path named, String problem, Throwable cause) {
            super(named + ": " + problem, cause);
        }

        private OutputException(String message, Throwable cause) {
            super(message, cause);
        }

        /** The same, after the option that named the output: "-o report.sarif: permission denied". */
        public OutputException after(String option) {
            return new OutputException(option + " " + getMessage(), this);
        }
    }
}
