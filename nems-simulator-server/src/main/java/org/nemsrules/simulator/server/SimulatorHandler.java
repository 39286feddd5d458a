package org.nemsrules.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.HeaderField;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.SimulatedRequest;
import org.nemsrules.simulator.SimulatedResponse;

/**
 * Hands each HTTP request to the simulator as it came (header fields in order, the body's bytes), and writes the
 * simulator's answer back. Jetty parses HTTP (keep-alive, chunked bodies, timeouts); nothing here does.
 */
final class SimulatorHandler extends Handler.Abstract {
    private final NemsSimulator simulator;
    private final Consumer<Exchange> log;

    SimulatorHandler(NemsSimulator simulator, Consumer<Exchange> log) {
        this.simulator = simulator;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        List<HeaderField> headers = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            headers.add(new HeaderField(field.getName(), field.getValue()));
        }
        URI uri = request.getHttpURI().toURI();
        Optional<String> certificate = ClientCertificates.subject(request);
        long max = simulator.maxBodyBytes();
        long declared = request.getLength();
        // What is refused unread: the request line and headers, without the body.
        SimulatedRequest headersOnly =
                new SimulatedRequest(request.getMethod(), uri, headers, new byte[0], certificate);
        Exchange exchange;
        if (declared > max) {
            exchange = simulator.refuseOversized(headersOnly, declared);
        } else {
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            } catch (IOException e) {
                unreadBody(request, response, callback, e);
                return true;
            }
            if (body.length > max) {
                exchange = simulator.refuseOversized(headersOnly, body.length);
            } else {
                exchange = simulator.handle(new SimulatedRequest(request.getMethod(), uri, headers, body, certificate));
            }
        }
        write(exchange.response(), response, callback);
        log.accept(exchange);
        return true;
    }

    /**
     * The body did not come whole. A client that went quiet past the idle timeout is told so, {@code 408} (its
     * fault, not the server's: Jetty would answer {@code 500}); a client that went away is past answering. Neither
     * is judged or remembered: half a request is not the request.
     */
    private static void unreadBody(Request request, Response response, Callback callback, IOException e) {
        if (causedBy(e, TimeoutException.class)) {
            Response.writeError(
                    request,
                    response,
                    callback,
                    HttpStatus.REQUEST_TIMEOUT_408,
                    "the request body did not arrive within the server's idle timeout");
        } else {
            callback.failed(e);
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void write(SimulatedResponse answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        for (HeaderField header : answer.headers()) {
            response.getHeaders().add(header.name(), header.value());
        }
        byte[] body = answer.body();
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
