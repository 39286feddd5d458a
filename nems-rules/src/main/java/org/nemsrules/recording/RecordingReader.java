package org.nemsrules.recording;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads any recording, choosing the reader by file extension, and turns every failure to read
 * into a problem: nothing escapes as an exception, and the input is only ever read.
 *
 * <p>What is read is bounded: a regular file by its size (refused unread above the bound, and read no further than
 * the bound if it grows meanwhile), a pipe by its size and by how long it stays silent. A device or a socket is not
 * a recording, and some never end ({@code /dev/zero}, {@code /dev/urandom}): they are refused unread.
 */
public final class RecordingReader {
    /** Default bound on a recording's size: far above any real request, far below a heap's worth. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * How long a pipe may stay silent (no program opens it to write, or the one that did sends nothing) before it
     * is given up: long enough for a program that is still working out what to write, short enough that a run
     * never hangs on a FIFO that nobody feeds.
     */
    public static final Duration PIPE_SILENCE = Duration.ofSeconds(10);

    private static final String NOT_A_RECORDING = ", not a file; only files and pipes are read as recordings";

    private final long maxBytes;
    private final Duration pipeSilence;
    private final HttpEnvironments environments;
    private final Instant dynamicInstant;

    public RecordingReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public RecordingReader(long maxBytes) {
        this(maxBytes, HttpEnvironments.NONE);
    }

    /** A reader that reads each {@code .http} recording with the IDE environment {@code environments} finds for it. */
    public RecordingReader(long maxBytes, HttpEnvironments environments) {
        this(maxBytes, PIPE_SILENCE, environments);
    }

    RecordingReader(long maxBytes, Duration pipeSilence) {
        this(maxBytes, pipeSilence, HttpEnvironments.NONE);
    }

    RecordingReader(long maxBytes, Duration pipeSilence, HttpEnvironments environments) {
        this(maxBytes, pipeSilence, environments, DynamicVariables.DEFAULT_INSTANT);
    }

    private RecordingReader(
            long maxBytes, Duration pipeSilence, HttpEnvironments environments, Instant dynamicInstant) {
        this.maxBytes = maxBytes;
        this.pipeSilence = pipeSilence;
        this.environments = environments;
        this.dynamicInstant = dynamicInstant;
    }

    /**
     * This reader, with {@code {{$timestamp}}} and the other dynamic times of a {@code .http} recording standing for
     * {@code instant} (the run's judging instant) instead of the fixed default; {@code null} keeps the default.
     */
    public RecordingReader withDynamicInstant(Instant instant) {
        return instant == null ? this : new RecordingReader(maxBytes, pipeSilence, environments, instant);
    }

    /** Whether the file name has an extension this reader understands. */
    public static boolean isRecording(Path file) {
        return format(file) != Format.UNKNOWN;
    }

    public Recording read(Path file, String shownAs) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileKind kind = FileKind.of(file, attributes);
            return switch (kind) {
                case REGULAR -> regular(file, shownAs, attributes.size());
                case PIPE -> pipe(file, shownAs);
                case DIRECTORY ->
                    unreadable(
                            shownAs,
                            "it is a directory, not a file; name the directory itself as a "
                                    + "path to check the recordings in it");
                default -> unreadable(shownAs, "it is " + kind.words() + NOT_A_RECORDING);
            };
        } catch (IOException | SecurityException e) {
            return unreadable(shownAs, "the file could not be read: " + ReadFailure.inWords(e));
        } catch (OutOfMemoryError e) {
            return unreadable(shownAs, ReadFailure.inWords(e));
        }
    }

    private Recording regular(Path file, String shownAs, long size) throws IOException {
        if (size > maxBytes) {
            return unreadable(
                    shownAs,
                    String.format(
                            Locale.ROOT,
                            "the file is %,d bytes, above the limit of %,d bytes " + "for one recording; split it",
                            size,
                            maxBytes));
        }
        byte[] bytes;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            bytes = BoundedBytes.read(in, size, maxBytes);
        }
        if (bytes.length > maxBytes) {
            return unreadable(
                    shownAs,
                    String.format(
                            Locale.ROOT,
                            "the file holds more than %,d bytes, the limit for "
                                    + "one recording (it grew while it was read); it was read no further: split it",
                            maxBytes));
        }
        return read(shownAs, bytes, format(file), file);
    }

    private Recording pipe(Path file, String shownAs) throws IOException {
        PipeInput.Outcome piped = PipeInput.read(file, maxBytes, pipeSilence);
        if (piped.problem() != null) {
            return unreadable(shownAs, piped.problem());
        }
        if (piped.bytes().length > maxBytes) {
            return unreadable(
                    shownAs,
                    String.format(
                            Locale.ROOT,
                            "the pipe sent more than %,d bytes, the limit for "
                                    + "one recording; it was read no further",
                            maxBytes));
        }
        return read(shownAs, piped.bytes(), format(file), file);
    }

    private static Recording unreadable(String shownAs, String message) {
        return Recording.unreadable(shownAs, new ReadProblem(ReadProblem.UNREADABLE_FILE, 0, null, message));
    }

    /** Reads bytes that are not in a file: a {@code .http} recording is read without environment or file bodies. */
    public Recording read(String shownAs, byte[] bytes, Format format) {
        return read(shownAs, bytes, format, null);
    }

    private Recording read(String shownAs, byte[] bytes, Format format, Path file) {
        return switch (format) {
            case HTTP -> httpReader(file).read(shownAs, bytes);
            case HAR -> new HarReader(maxBytes).read(shownAs, bytes);
            case BARE_RESOURCE, UNKNOWN -> new BareResourceReader().read(shownAs, bytes);
        };
    }

    private HttpFileReader httpReader(Path file) {
        if (file == null) {
            return new HttpFileReader(HttpEnvironment.none(), null, maxBytes, dynamicInstant);
        }
        Path absolute = file.toAbsolutePath();
        return new HttpFileReader(environments.forRecording(absolute), absolute.getParent(), maxBytes, dynamicInstant);
    }

    /** The recording formats, by extension. */
    public enum Format {
        HTTP,
        HAR,
        BARE_RESOURCE,
        UNKNOWN
    }

    public static Format format(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".http") || name.endsWith(".rest")) {
            return Format.HTTP;
        }
        if (name.endsWith(".har")) {
            return Format.HAR;
        }
        if (name.endsWith(".xml") || name.endsWith(".json")) {
            return Format.BARE_RESOURCE;
        }
        return Format.UNKNOWN;
    }
}
