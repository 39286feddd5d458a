package org.nemsrules.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads any recording, choosing the reader by file extension, and turns every failure to read
 * into a problem: nothing escapes as an exception, and the input is only ever read.
 */
public final class RecordingReader {
    /** Default bound on a recording's size: far above any real request, far below a heap's worth. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public RecordingReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public RecordingReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether the file name has an extension this reader understands. */
    public static boolean isRecording(Path file) {
        return format(file) != Format.UNKNOWN;
    }

    public Recording read(Path file, String shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Recording.unreadable(shownAs, new ReadProblem(UnreadableFileRule.ID, 0, null, String.format(
                        "the file is %,d bytes, above the limit of %,d bytes for one recording; split it", size, maxBytes)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return Recording.unreadable(shownAs, new ReadProblem(UnreadableFileRule.ID, 0, null,
                    "the file could not be read: " + describe(e)));
        }
        return read(shownAs, bytes, format(file));
    }

    public Recording read(String shownAs, byte[] bytes, Format format) {
        return switch (format) {
            case HTTP -> new HttpFileReader().read(shownAs, bytes);
            case HAR -> new HarReader().read(shownAs, bytes);
            case BARE_RESOURCE, UNKNOWN -> new BareResourceReader().read(shownAs, bytes);
        };
    }

    private static String describe(Throwable e) {
        String type = e.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }

    /** The recording formats, by extension. */
    public enum Format {
        HTTP, HAR, BARE_RESOURCE, UNKNOWN
    }

    public static Format format(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
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
