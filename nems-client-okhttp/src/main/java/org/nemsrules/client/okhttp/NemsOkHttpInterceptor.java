package org.nemsrules.client.okhttp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.SentRequest;

/**
 * The OkHttp adapter: an {@link Interceptor} that checks every request with a {@link NemsRequestCheck} before it
 * goes on. Added as a network interceptor it sees the request as sent, with the header fields OkHttp itself adds
 * ({@code Content-Type} from the body, {@code Content-Length}, {@code Host}); added as an application interceptor it
 * sees the fields the client set, and the body's {@code Content-Type}, which OkHttp will send, is added after them.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *         .addNetworkInterceptor(new NemsOkHttpInterceptor(check))
 *         .build();
 * }</pre>
 *
 * <p>The body is read into memory once (the 10 MB bound of the rules applies to what is judged); a body that can be
 * written only once ({@link RequestBody#isOneShot()}) is then sent from the bytes read, with its own content type and
 * length, so the bytes on the wire are the same. A duplex body is never read: it is judged as having none.
 * Thread-safe. A rejected request fails the call with the check's {@code NemsRequestRejectedException}, an
 * {@link IOException}, and is not sent.
 */
public final class NemsOkHttpInterceptor implements Interceptor {
    private static final String CONTENT_TYPE = "Content-Type";

    private final NemsRequestCheck check;

    public NemsOkHttpInterceptor(NemsRequestCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestBody body = request.body();
        byte[] bytes = new byte[0];
        Request toSend = request;
        if (body != null && !body.isDuplex()) {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            bytes = buffer.readByteArray();
            if (body.isOneShot()) {
                toSend = request.newBuilder()
                        .method(request.method(), new Replay(bytes, body.contentType(), body.contentLength()))
                        .build();
            }
        }
        check.check(new SentRequest(request.method(), request.url().uri(), fields(request), bytes));
        return chain.proceed(toSend);
    }

    /** The header fields in order; the body's content type after them when no field sets it. */
    static List<SentRequest.Field> fields(Request request) {
        Headers headers = request.headers();
        List<SentRequest.Field> fields = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            fields.add(new SentRequest.Field(headers.name(i), headers.value(i)));
        }
        RequestBody body = request.body();
        if (body != null && body.contentType() != null && headers.get(CONTENT_TYPE) == null) {
            fields.add(new SentRequest.Field(CONTENT_TYPE, String.valueOf(body.contentType())));
        }
        return fields;
    }

    /** The bytes read from a one-shot body, written again with its content type and declared length. */
    private static final class Replay extends RequestBody {
        private final byte[] bytes;
        private final MediaType contentType;
        private final long contentLength;

        Replay(byte[] bytes, MediaType contentType, long contentLength) {
            this.bytes = bytes;
            this.contentType = contentType;
            this.contentLength = contentLength;
        }

        @Override
        public MediaType contentType() {
            return contentType;
        }

        @Override
        public long contentLength() {
            return contentLength;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
        }
    }
}
