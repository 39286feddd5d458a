package org.nemsrules.recording;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.nemsrules.engine.FileProblem;

/**
 * Why a recording could not be read, in the words a person uses ("permission denied"), not the name of the Java
 * exception that said so ({@code AccessDeniedException}) nor the path, which the finding already names.
 */
final class ReadFailure {
    private ReadFailure() {}

    static String inWords(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file (it was moved or deleted)";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of its path is not a directory";
        }
        if (e instanceof SecurityException) {
            return "permission denied by the Java security policy";
        }
        if (e instanceof OutOfMemoryError) {
            return String.format(
                    Locale.ROOT,
                    "there was not enough memory to read the file (%,d bytes of heap in all); "
                            + "give Java more (e.g. -Xmx512m), or split the file",
                    Runtime.getRuntime().maxMemory());
        }
        if (e instanceof IOException io) {
            // Permission, loops and the operating system's own reasons read as every other file failure does.
            return FileProblem.describe(io);
        }
        String reason = e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the operating system gave no reason";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
