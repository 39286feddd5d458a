package org.nemsrules.client.spring;

import java.util.Objects;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.NemsRequestRejectedException;
import org.nemsrules.client.SentRequest;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * The adapter for {@code WebClient}: an {@link ExchangeFilterFunction} that checks every request with a
 * {@link NemsRequestCheck} as it is written. It decorates the request the connector writes rather than encoding the
 * body object a second time, so it judges the bytes the encoder produced and the header fields as they stand when the
 * body is written ({@code Content-Type}, and {@code Content-Length} where the encoder sets it).
 *
 * <pre>{@code
 * WebClient client = WebClient.builder().filter(new NemsExchangeFilterFunction(check)).build();
 * }</pre>
 *
 * <p>The body is joined into one buffer before it is written (the rules need all of it). A rejected request errors
 * before anything is written, its buffer released: the exchange's {@code Mono} fails with the check's
 * {@code NemsRequestRejectedException} (wrapped by WebClient in a {@code WebClientRequestException}). Thread-safe.
 */
public final class NemsExchangeFilterFunction implements ExchangeFilterFunction {
    private final NemsRequestCheck check;

    public NemsExchangeFilterFunction(NemsRequestCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        ClientRequest checked = ClientRequest.from(request)
                .body((message, context) -> request.body().insert(new Checking(message, request), context))
                .build();
        return next.exchange(checked);
    }

    /** The request the connector writes, checked when its body (or its end, without one) is written. */
    private final class Checking extends ClientHttpRequestDecorator {
        private final ClientRequest request;

        Checking(ClientHttpRequest delegate, ClientRequest request) {
            super(delegate);
            this.request = request;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return DataBufferUtils.join(body).flatMap(joined -> {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                DataBufferUtils.release(joined);
                try {
                    checkSent(bytes);
                } catch (NemsRequestRejectedException e) {
                    return Mono.error(e);
                }
                return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
            });
        }

        @Override
        public Mono<Void> setComplete() {
            try {
                checkSent(new byte[0]);
            } catch (NemsRequestRejectedException e) {
                return Mono.error(e);
            }
            return super.setComplete();
        }

        private void checkSent(byte[] body) throws NemsRequestRejectedException {
            check.check(
                    new SentRequest(request.method().name(), request.url(), SpringRequests.fields(getHeaders()), body));
        }
    }
}
