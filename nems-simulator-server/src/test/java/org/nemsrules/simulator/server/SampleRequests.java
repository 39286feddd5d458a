package org.nemsrules.simulator.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/** The requests of the shipped samples, sent over a real socket to a running simulator with java.net.http. */
final class SampleRequests {
    static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    /** Headers java.net.http sets itself and refuses from a caller. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SampleRequests() {}

    /** The requests of one sample recording, in order. */
    static List<Interaction> of(String sample) {
        return new RecordingReader().read(SAMPLES.resolve(sample), sample).interactions();
    }

    /** Sends {@code request} to the simulator at {@code base}: its path moved onto the simulator's host. */
    static HttpResponse<String> send(URI base, Interaction request) throws Exception {
        return send(base, request, request.target());
    }

    static HttpResponse<String> send(URI base, Interaction request, String target) throws Exception {
        return send(CLIENT, base, request, target);
    }

    /** The same, with a client of the caller's (one with a TLS context, say). */
    static HttpResponse<String> send(HttpClient client, URI base, Interaction request, String target) throws Exception {
        URI original = URI.create(target);
        String path = original.getRawPath() + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery());
        URI to = URI.create(base.getScheme() + "://" + base.getRawAuthority() + path);
        byte[] body = request.body().bytes();
        HttpRequest.Builder builder = HttpRequest.newBuilder(to)
                .timeout(Duration.ofSeconds(20))
                .method(
                        request.method(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Header header : request.headers().all()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                builder.header(header.name(), header.value());
            }
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
