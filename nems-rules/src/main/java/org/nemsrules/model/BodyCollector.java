package org.nemsrules.model;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the bytes a {@link HttpRequest.BodyPublisher} publishes, as {@code HttpClient} would when sending. The
 * publishers of {@link HttpRequest.BodyPublishers} publish on the subscriber's thread; another publisher may
 * publish on its own, so the wait is bounded rather than trusted to end.
 */
final class BodyCollector implements Flow.Subscriber<ByteBuffer> {
    /** The largest body read, the same bound as on one recording file. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    static final int TIMEOUT_SECONDS = 10;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    private BodyCollector() {}

    static byte[] collect(HttpRequest.BodyPublisher publisher) {
        if (publisher.contentLength() == 0) {
            return new byte[0];
        }
        BodyCollector collector = new BodyCollector();
        publisher.subscribe(collector);
        try {
            return collector.result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while reading the request's body publisher", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(
                    "the request's body publisher could not be read ("
                            + (cause.getMessage() != null ? cause.getMessage() : cause)
                            + "); pass the body as a String or byte[] instead",
                    cause);
        } catch (TimeoutException e) {
            collector.cancel();
            throw new IllegalArgumentException(
                    "the request's body publisher did not finish within " + TIMEOUT_SECONDS
                            + " seconds; pass the body as a String or byte[] instead",
                    e);
        }
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(ByteBuffer buffer) {
        if (result.isDone()) {
            return;
        }
        if (bytes.size() + buffer.remaining() > MAX_BYTES) {
            cancel();
            result.completeExceptionally(new IllegalStateException("the body is larger than " + MAX_BYTES + " bytes"));
            return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
    }

    @Override
    public synchronized void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(bytes.toByteArray());
    }

    private synchronized void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
