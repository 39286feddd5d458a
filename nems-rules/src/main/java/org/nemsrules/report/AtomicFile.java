package org.nemsrules.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.report.OutputTarget.OutputException;

/**
 * Writes a file whole or not at all: a temporary file in the target's directory, moved over the target. A report a
 * CI step uploads, or a baseline a reviewer commits, is never left half-written by a run that was stopped.
 *
 * <p>Only regular files are replaced so. The output is first followed through its symbolic links
 * ({@link OutputTarget}): a link is written through to its target, never replaced; a character device or a FIFO
 * ({@code /dev/stdout}, {@code /dev/null}, a named pipe) is opened and written through; a directory is refused.
 * A new file gets the mode any new file gets (0666 less the umask); a replaced file keeps its permission bits.
 * A temporary file left by a run that is stopped (SIGTERM, Ctrl-C) is deleted as the JVM shuts down.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static final String TEMP_PREFIX = ".nems-check-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {}

    public static void write(Path file, Content content) throws IOException {
        write(Path.of(""), file, content);
    }

    /** As {@link #write(Path, Content)}, a relative {@code file} being relative to {@code directory}. */
    public static void write(Path directory, Path file, Content content) throws IOException {
        OutputTarget target = OutputTarget.of(directory, file);
        if (target.kind() == OutputTarget.Kind.STREAM) {
            writeThrough(target, content);
        } else {
            replace(target, content);
        }
    }

    /** A device, FIFO or descriptor keeps its identity: opened as it is, not truncated, not replaced. */
    private static void writeThrough(OutputTarget target, Content content) throws IOException {
        Writer out;
        try {
            // APPEND: a descriptor that is a regular file (stdout redirected with >>) keeps what it holds.
            out = writer(Files.newOutputStream(target.file(), StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw failure(target, e);
        }
        try (out) {
            content.writeTo(out);
        }
    }

    private static void replace(OutputTarget target, Content content) throws IOException {
        Path file = target.file();
        Path directory = Objects.requireNonNull(file.getParent(), "an output target is an absolute path to a file");
        Path temp;
        try {
            Files.createDirectories(directory);
            Optional<Set<PosixFilePermission>> kept =
                    target.kind() == OutputTarget.Kind.REGULAR_FILE ? permissions(file) : Optional.empty();
            temp = createTemp(directory, kept);
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            try (Writer out = writer(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                move(temp, file);
            } catch (IOException e) {
                throw failure(target, e);
            }
        } finally {
            Files.deleteIfExists(temp);
            PendingFiles.remove(temp);
        }
    }

    /**
     * A new temporary file, created as any file is (0666 less the umask: {@code Files.createTempFile} would force
     * 0600); when a file is replaced, created with no more permissions than it has, the umask taking more away.
     */
    private static Path createTemp(Path dir, Optional<Set<PosixFilePermission>> kept) throws IOException {
        FileAttribute<?>[] attributes = kept.map(p -> new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(p)})
                .orElse(new FileAttribute<?>[0]);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        while (true) {
            Path temp = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                // Known to the shutdown hook before it exists, so that no moment leaves it behind.
                PendingFiles.add(temp);
                Files.newByteChannel(temp, options, attributes).close();
            } catch (FileAlreadyExistsException e) {
                PendingFiles.remove(temp);
                continue;
            } catch (IOException e) {
                PendingFiles.remove(temp);
                throw e;
            }
            if (kept.isPresent()) {
                // Exactly the replaced file's bits (the umask may have taken some away), before anything is written,
                // so the content is never more readable than the file it replaces.
                try {
                    Files.setPosixFilePermissions(temp, kept.get());
                } catch (IOException e) {
                    Files.deleteIfExists(temp);
                    PendingFiles.remove(temp);
                    throw e;
                }
            }
            return temp;
        }
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
        try {
            return Optional.of(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Writer writer(java.io.OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The output as the user named it and what went wrong; where a link led elsewhere, where it led. */
    private static IOException failure(OutputTarget target, IOException e) {
        String problem = FileProblem.describe(e);
        boolean linked = !target.file().equals(target.absolute());
        return new OutputException(
                target.named(),
                linked ? problem + " (writing " + target.file() + ", where the link " + "leads)" : problem,
                e);
    }

    /**
     * Temporary files being written, deleted by one shutdown hook if the JVM stops first: SIGTERM from a CI runner
     * that times a job out, or Ctrl-C, runs the hooks but not the writer's {@code finally}.
     */
    private static final class PendingFiles {
        private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
        private static boolean hooked;

        static synchronized void add(Path temp) {
            if (!hooked) {
                try {
                    Runtime.getRuntime()
                            .addShutdownHook(new Thread(PendingFiles::deleteAll, "nems-check temporary files"));
                } catch (IllegalStateException e) {
                    // Already shutting down: the write goes on, and its finally deletes the file.
                }
                hooked = true;
            }
            PENDING.add(temp);
        }

        static void remove(Path temp) {
            PENDING.remove(temp);
        }

        private static void deleteAll() {
            for (Path temp : PENDING) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Shutting down: nothing is left to tell; the next run's temporary file has another name.
                }
            }
        }
    }
}
