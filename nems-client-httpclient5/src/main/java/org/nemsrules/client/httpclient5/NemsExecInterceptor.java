package org.nemsrules.client.httpclient5;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.SentRequest;

/**
 * The Apache HttpClient 5 adapter: an exec interceptor of the classic client that checks every request with a
 * {@link NemsRequestCheck} before the client sends it.
 *
 * <pre>{@code
 * CloseableHttpClient client = NemsExecInterceptor.addTo(HttpClients.custom(), check).build();
 * }</pre>
 *
 * <p>It runs first in the client's chain, so it sees the header fields the request was given; the entity's content
 * type, which the client will send as {@code Content-Type}, is added after them when no field sets it. The entity is
 * read into memory once; one that cannot be read twice ({@link HttpEntity#isRepeatable()} false, a stream) is then
 * sent from the bytes read, with its own content type, encoding and chunking, so the bytes on the wire are the same.
 * Thread-safe. A rejected request fails {@code execute} with the check's {@code NemsRequestRejectedException}, an
 * {@link IOException}, and is not sent.
 */
public final class NemsExecInterceptor implements ExecChainHandler {
    /** The name the interceptor has in the client's chain. */
    public static final String NAME = "nems-rules";

    private final NemsRequestCheck check;

    public NemsExecInterceptor(NemsRequestCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /** Adds the interceptor first in the builder's chain, and gives the builder back. */
    public static HttpClientBuilder addTo(HttpClientBuilder builder, NemsRequestCheck check) {
        return builder.addExecInterceptorFirst(NAME, new NemsExecInterceptor(check));
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        HttpEntity entity = request.getEntity();
        byte[] bytes = new byte[0];
        if (entity != null) {
            bytes = EntityUtils.toByteArray(entity);
            if (!entity.isRepeatable()) {
                request.setEntity(new ByteArrayEntity(
                        bytes,
                        entity.getContentType() == null ? null : ContentType.parse(entity.getContentType()),
                        entity.getContentEncoding(),
                        entity.isChunked() || entity.getContentLength() < 0));
            }
        }
        check.check(new SentRequest(request.getMethod(), uri(request), fields(request), bytes));
        return chain.proceed(request, scope);
    }

    /** The header fields in order; the entity's content type after them when no field sets it. */
    static List<SentRequest.Field> fields(ClassicHttpRequest request) {
        List<SentRequest.Field> fields = new ArrayList<>();
        for (Header header : request.getHeaders()) {
            fields.add(new SentRequest.Field(header.getName(), header.getValue()));
        }
        HttpEntity entity = request.getEntity();
        if (entity != null && entity.getContentType() != null && !request.containsHeader(HttpHeaders.CONTENT_TYPE)) {
            fields.add(new SentRequest.Field(HttpHeaders.CONTENT_TYPE, entity.getContentType()));
        }
        return fields;
    }

    private static URI uri(ClassicHttpRequest request) throws IOException {
        try {
            return request.getUri();
        } catch (URISyntaxException e) {
            throw new IOException("the request's URI cannot be read: " + e.getMessage(), e);
        }
    }
}
