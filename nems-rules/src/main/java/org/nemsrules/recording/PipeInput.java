package org.nemsrules.recording;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a pipe (a named FIFO, {@code /dev/stdin}, or {@code /dev/fd/N} from a shell's {@code <(...)}), bounded in size
 * and in silence. Opening a FIFO waits until some program opens it to write, and reading it waits for that program's
 * next bytes: either can last for ever. So the pipe is opened and read on a daemon thread, and the caller gives up
 * when nothing has happened for the silence bound.
 *
 * <p>Giving up must not leave that thread blocked. A blocked read ends when the channel is closed. A blocked open
 * cannot be interrupted; it ends when a writer appears, so the pipe is opened once for reading and writing (which
 * does not wait, and writes nothing) and closed again: the waiting open returns, sees that it was given up, and
 * closes.
 */
final class PipeInput {
    static final String THREAD_NAME = "nems-pipe-reader";

    /** What became of the pipe: its bytes (up to one beyond the bound), or why there are none. */
    @SuppressWarnings("ArrayRecordComponent") // carries one read's bytes back to its caller; never compared
    record Outcome(byte[] bytes, String problem) {}

    private final Path pipe;
    private final long limit;
    private final Duration silence;
    private final CompletableFuture<byte[]> read = new CompletableFuture<>();
    private volatile long lastActivity;
    private volatile int received;
    private volatile FileChannel channel;
    private volatile boolean givenUp;

    private PipeInput(Path pipe, long limit, Duration silence) {
        this.pipe = pipe;
        this.limit = limit;
        this.silence = silence;
    }

    /** The pipe's bytes, or a problem in words when it stayed silent for {@code silence} or the wait was interrupted. */
    static Outcome read(Path pipe, long limit, Duration silence) throws IOException {
        return new PipeInput(pipe, limit, silence).read();
    }

    private Outcome read() throws IOException {
        lastActivity = System.nanoTime();
        Thread reader = new Thread(this::openAndRead, THREAD_NAME);
        reader.setDaemon(true);
        reader.start();
        while (true) {
            long left = silence.toNanos() - (System.nanoTime() - lastActivity);
            if (left <= 0) {
                return new Outcome(null, giveUp(reader));
            }
            try {
                return new Outcome(read.get(left, TimeUnit.NANOSECONDS), null);
            } catch (TimeoutException stillWaiting) {
                // Look again: bytes may have come meanwhile, which moves the deadline.
            } catch (InterruptedException e) {
                giveUp(reader);
                Thread.currentThread().interrupt();
                return new Outcome(null, "it is a pipe, and reading it was interrupted");
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }
    }

    private void openAndRead() {
        try (FileChannel in = FileChannel.open(pipe, StandardOpenOption.READ)) {
            channel = in;
            lastActivity = System.nanoTime();
            if (givenUp) {
                return;
            }
            read.complete(BoundedBytes.read(in, 0, limit, bytes -> {
                received = bytes;
                lastActivity = System.nanoTime();
            }));
        } catch (IOException | RuntimeException | Error e) {
            read.completeExceptionally(e);
        }
    }

    private String giveUp(Thread reader) {
        givenUp = true;
        FileChannel opened = channel;
        if (opened == null) {
            unblockOpen();
        } else {
            closeQuietly(opened);
        }
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String seconds = seconds(silence);
        if (opened == null) {
            return "it is a pipe, and no program opened it to write within " + seconds + "; nothing was read";
        }
        if (received == 0) {
            return "it is a pipe, and the program writing to it sent nothing for " + seconds + "; nothing was read";
        }
        return String.format(
                Locale.ROOT,
                "it is a pipe, and it sent nothing for %s after %,d bytes; it was not read " + "to its end",
                seconds,
                received);
    }

    /** Lets a waiting open return by being, for a moment, the writer it waits for. Nothing is written. */
    private void unblockOpen() {
        try {
            // Opened and closed: the waiting open has returned, and reads the end of the pipe.
            FileChannel.open(pipe, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    .close();
        } catch (IOException | SecurityException e) {
            // Not allowed to open it for writing: the reading thread waits until a writer comes. It is a daemon
            // thread, so it does not keep the JVM alive, and it holds nothing but the waiting open.
        }
    }

    private static void closeQuietly(FileChannel opened) {
        try {
            opened.close();
        } catch (IOException e) {
            // Closing is what ends the blocked read; if it fails there is nothing more to do.
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /** "10 seconds", "0.5 seconds". */
    static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + (millis == 1000 ? " second" : " seconds");
        }
        return String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }
}
