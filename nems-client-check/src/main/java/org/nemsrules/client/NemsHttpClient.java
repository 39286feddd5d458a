package org.nemsrules.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.nemsrules.model.Interactions;

/**
 * The {@code java.net.http} adapter: an {@link HttpClient} that checks every request with a
 * {@link NemsRequestCheck}, then has the client it wraps send it. The body is read once from its publisher and sent
 * from the bytes read, with the publisher's own content length (a streamed body stays chunked), so a publisher that
 * can be read only once still sends its bytes. Rejected requests fail {@code send} with a
 * {@link NemsRequestRejectedException} and {@code sendAsync} with a future completed by it; nothing is sent then.
 *
 * <pre>{@code
 * HttpClient client = NemsHttpClient.wrap(HttpClient.newHttpClient(), NemsRequestCheck.builder().reject().build());
 * }</pre>
 */
public final class NemsHttpClient extends HttpClient {
    private final HttpClient client;
    private final NemsRequestCheck check;

    private NemsHttpClient(HttpClient client, NemsRequestCheck check) {
        this.client = Objects.requireNonNull(client, "client");
        this.check = Objects.requireNonNull(check, "check");
    }

    public static HttpClient wrap(HttpClient client, NemsRequestCheck check) {
        return new NemsHttpClient(client, check);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(checked(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        HttpRequest checked;
        try {
            checked = checked(request);
        } catch (NemsRequestRejectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.sendAsync(checked, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushes) {
        HttpRequest checked;
        try {
            checked = checked(request);
        } catch (NemsRequestRejectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.sendAsync(checked, handler, pushes);
    }

    /** Checks the request; gives it back to send, its body now from the bytes read. */
    private HttpRequest checked(HttpRequest request) throws NemsRequestRejectedException {
        byte[] body = Interactions.bodyOf(request);
        List<SentRequest.Field> headers = new ArrayList<>();
        request.headers()
                .map()
                .forEach((name, values) -> values.forEach(v -> headers.add(new SentRequest.Field(name, v))));
        check.check(new SentRequest(request.method(), request.uri(), headers, body));
        if (request.bodyPublisher().isEmpty()) {
            return request;
        }
        HttpRequest.BodyPublisher same =
                new Replay(body, request.bodyPublisher().get().contentLength());
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .method(request.method(), same)
                .build();
    }

    /** The bytes read, published again with the length the original publisher declared. */
    // The array is the body read, held by nothing else and never changed: a copy would only cost.
    @SuppressWarnings("ArrayRecordComponent")
    private record Replay(byte[] bytes, long contentLength) implements HttpRequest.BodyPublisher {
        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            HttpRequest.BodyPublishers.ofByteArray(bytes).subscribe(subscriber);
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
