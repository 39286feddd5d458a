package org.nemsrules.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;
import org.nemsrules.report.AtomicFile;

/**
 * Writes each request as a {@code .http} file, laid out as {@link Interactions#toHttpText} lays it out, so that a
 * check of the file finds what the live check found on the same lines. Names are deterministic: the test
 * ({@code NemsClientTest.subscribes}) or {@code request}, then a sequence of that name's own, so one test's
 * recordings keep their names however many other tests run. Written atomically: a reader never sees half a file.
 */
final class RequestRecorder {
    private final Path directory;
    private final Map<String, AtomicInteger> sequences = new ConcurrentHashMap<>();

    RequestRecorder(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** The file the next request of {@code prefix} goes to, e.g. {@code NemsClientTest.subscribes-001.http}. */
    Path next(String prefix) {
        int n = sequences.computeIfAbsent(prefix, p -> new AtomicInteger()).incrementAndGet();
        return directory.resolve(String.format("%s-%03d.http", safe(prefix), n));
    }

    void write(Path file, Interaction request) {
        try {
            Files.createDirectories(directory);
            AtomicFile.write(file, out -> out.write(Interactions.toHttpText(request)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the request in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A name any file system takes: letters, digits, '.', '-' and '_' kept, anything else '_'. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
