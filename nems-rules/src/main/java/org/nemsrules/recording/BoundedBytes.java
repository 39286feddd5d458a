package org.nemsrules.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Reads a file's bytes, never more than one byte beyond a bound. The size a file system reports is only a first
 * guess: a file can grow while it is read, and {@code /proc} files, pipes and devices report none or 0 and may never
 * end. So the bound holds while reading, not only before it.
 */
final class BoundedBytes {
    /** The largest array the JVM allows, with the usual margin for the array header. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final int CHUNK = 64 * 1024;

    private BoundedBytes() {}

    /**
     * The bytes of {@code in} up to its end or to {@code limit + 1} bytes, whichever comes first: more than
     * {@code limit} bytes means the input was longer than the bound, and was read no further.
     *
     * @param expected the size the file system reported (0 when it has none): the buffer starts at that size, so
     *                 a file that does not change is read into one array of its size with no copy
     * @param progress told the number of bytes read so far after each read, so that a caller can tell a slow
     *                 input from a silent one
     */
    static byte[] read(ReadableByteChannel in, long expected, long limit, IntConsumer progress) throws IOException {
        int most = (int) Math.max(0, Math.min(limit, MAX_ARRAY - 1)) + 1;
        byte[] buffer = new byte[(int) Math.min(Math.max(expected, 0), most)];
        int filled = 0;
        while (true) {
            if (filled == buffer.length) {
                if (filled == most) {
                    return buffer;
                }
                // Full at the expected size: the file usually ends here, which one more read tells without a copy.
                if (filled > 0 && filled == expected) {
                    ByteBuffer probe = ByteBuffer.allocate(1);
                    int n = readSome(in, probe);
                    if (n < 0) {
                        return buffer;
                    }
                    buffer = Arrays.copyOf(buffer, grown(filled, most));
                    buffer[filled++] = probe.get(0);
                    progress.accept(filled);
                    continue;
                }
                buffer = Arrays.copyOf(buffer, grown(filled, most));
            }
            int n = readSome(in, ByteBuffer.wrap(buffer, filled, buffer.length - filled));
            if (n < 0) {
                return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
            }
            filled += n;
            progress.accept(filled);
        }
    }

    static byte[] read(ReadableByteChannel in, long expected, long limit) throws IOException {
        return read(in, expected, limit, bytes -> {});
    }

    private static int grown(int filled, int most) {
        return (int) Math.min(most, Math.max((long) filled * 2, CHUNK));
    }

    /** One read that returns data or the end: a blocking channel returns 0 only for an empty buffer. */
    private static int readSome(ReadableByteChannel in, ByteBuffer into) throws IOException {
        int n;
        do {
            n = in.read(into);
        } while (n == 0 && into.hasRemaining());
        return n;
    }
}
