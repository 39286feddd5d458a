package org.nemsrules.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, as far as reading it goes. A regular file has a size and an end; a pipe (a named FIFO, or
 * {@code /dev/stdin} and {@code /dev/fd/N} as a shell's {@code <(...)} hands them over) has an end only when its
 * writer closes it; a device ({@code /dev/zero}, {@code /dev/urandom}, a terminal, a disk) or a socket is not a
 * recording at all, and some never end.
 */
enum FileKind {
    REGULAR("a file"),
    DIRECTORY("a directory"),
    PIPE("a pipe"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("not a regular file");

    /** The file type bits of a Unix mode ({@code S_IFMT}) and their values, from POSIX {@code <sys/stat.h>}. */
    private static final int TYPE_BITS = 0170000;

    private static final int FIFO = 0010000;
    private static final int CHARACTER = 0020000;
    private static final int BLOCK = 0060000;
    private static final int UNIX_SOCKET = 0140000;

    private final String words;

    FileKind(String words) {
        this.words = words;
    }

    /** How a message names it: "a pipe", "a character device". */
    String words() {
        return words;
    }

    /** What the path names, following symbolic links (as {@code /dev/stdin} is one). */
    static FileKind of(Path path, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return unixType(path);
    }

    /**
     * The kind from the Unix mode, which the JDK's "unix" attribute view gives on Linux and macOS; Java's portable
     * attributes only say "other". Where there is no such view there are no FIFOs or devices under a path either.
     */
    private static FileKind unixType(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE_BITS) {
                case FIFO -> PIPE;
                case CHARACTER -> CHARACTER_DEVICE;
                case BLOCK -> BLOCK_DEVICE;
                case UNIX_SOCKET -> SOCKET;
                default -> OTHER;
            };
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return OTHER;
        }
    }
}
