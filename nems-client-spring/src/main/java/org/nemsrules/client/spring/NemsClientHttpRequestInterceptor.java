package org.nemsrules.client.spring;

import java.io.IOException;
import java.util.Objects;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.SentRequest;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The adapter for {@code RestTemplate} and {@code RestClient}: a {@link ClientHttpRequestInterceptor} that checks
 * every request with a {@link NemsRequestCheck} before it is executed. Spring hands an interceptor the body as its
 * message converter encoded it, and the header fields the converter set ({@code Content-Type}), so the check judges
 * the bytes that are sent.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder().requestInterceptor(new NemsClientHttpRequestInterceptor(check)).build();
 * restTemplate.getInterceptors().add(new NemsClientHttpRequestInterceptor(check));
 * }</pre>
 *
 * <p>Thread-safe. A rejected request is not executed: the call fails with the check's
 * {@code NemsRequestRejectedException}, which {@code RestTemplate} and {@code RestClient} wrap in a
 * {@code ResourceAccessException}, as any I/O failure.
 */
public final class NemsClientHttpRequestInterceptor implements ClientHttpRequestInterceptor {
    private final NemsRequestCheck check;

    public NemsClientHttpRequestInterceptor(NemsRequestCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        check.check(new SentRequest(
                request.getMethod().name(), request.getURI(), SpringRequests.fields(request.getHeaders()), body));
        return execution.execute(request, body);
    }
}
