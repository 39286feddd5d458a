package org.nemsrules.engine;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A failure to read or write a file, in the words a user reads ("permission denied"), never a Java exception's
 * name: the JDK's {@code AccessDeniedException} carries only the file's name as its message, so printing the
 * message alone told a user which file but not what was wrong with it.
 */
public final class FileProblem {
    private FileProblem() {}

    /** What went wrong, lower case, without the file's name: the caller says which file. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory that is not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof CharacterCodingException) {
            return "is not UTF-8 text";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            // The operating system's own words ("Read-only file system", "No space left on device").
            return lowerFirst(f.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? "input/output error"
                : lowerFirst(message.lines().findFirst().orElse(message));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
