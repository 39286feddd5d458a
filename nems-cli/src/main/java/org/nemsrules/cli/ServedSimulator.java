package org.nemsrules.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.nemsrules.report.PrintableText;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.server.SimulatorServer;
import org.nemsrules.simulator.server.TlsSettings;

/**
 * The simulator of {@code nems-check serve} while it runs: started on the address asked for, one line on stdout per
 * request, stopped cleanly when the process is told to end. The only class of the command line that touches the
 * server (and so Jetty), reached only from {@link ServeCommand#call()}.
 */
final class ServedSimulator {
    private ServedSimulator() {}

    /**
     * Serves until the JVM is told to stop (SIGINT, SIGTERM); returns only when the server cannot start, with the
     * usage exit code and one line on stderr.
     */
    static int serve(
            NemsSimulator simulator,
            String host,
            int port,
            Optional<Path> keyStore,
            String keyStorePassword,
            Optional<Path> trustStore,
            String trustStorePassword,
            List<Path> trustedCertificates) {
        // One writer for every line, so that lines of requests answered at once never interleave.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        // A client that knows the port may be answered before the base URL is printed; its line waits, so that the
        // URL stays the first line.
        CountDownLatch announced = new CountDownLatch(1);
        SimulatorServer server;
        try {
            SimulatorServer.Builder builder = SimulatorServer.builder(simulator)
                    .host(host)
                    .port(port)
                    .onExchange(exchange -> {
                        awaitQuietly(announced);
                        out.println(logLine(exchange));
                    });
            keyStore.ifPresent(keys -> builder.tls(
                    new TlsSettings(keys, keyStorePassword, trustStore, trustStorePassword, trustedCertificates)));
            server = builder.start();
        } catch (IllegalStateException e) {
            return NemsCheck.usageError(cannotStart(host, port, e));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "nems-simulator-stop"));
        // The first line alone, flushed at once: a script waits for it to know where to send.
        out.println(server.baseUri());
        announced.countDown();
        try {
            // The server's threads are daemons: this thread keeps the JVM alive until a signal ends it.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return NemsCheck.OK;
    }

    /**
     * {@code POST /STU3/Subscription 201 0 findings}. Only the path of the URL: it holds ids, never a token or an
     * NHS number, which may be in the headers, the body or (on a search) the query; none of them is printed.
     */
    static String logLine(Exchange exchange) {
        int findings = exchange.findings().size();
        return PrintableText.escape(exchange.request().method() + " "
                + exchange.request().uri().getRawPath() + " "
                + exchange.response().status() + " " + findings
                + (findings == 1 ? " finding" : " findings")
                + exchange.request()
                        .clientCertificate()
                        .map(subject -> " (client certificate " + subject + ")")
                        .orElse(""));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why the server did not start, in one line that names the address asked for. */
    private static String cannotStart(String host, int port, IllegalStateException e) {
        String where = "serve: cannot listen on " + host + ":" + port + ": ";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    && String.valueOf(cause.getMessage()).contains("in use")) {
                return where + "the port is in use; choose another --port, or --port 0 for any free one";
            }
            if (cause instanceof BindException) {
                // "Cannot assign requested address": the host is not one of this machine's.
                return where + cause.getMessage();
            }
            if (cause instanceof UnresolvedAddressException) {
                return where + "no such host; give an address such as 127.0.0.1 or a name this machine resolves";
            }
        }
        return where + NemsCheck.oneLine(e.getCause() == null ? e : e.getCause());
    }

    private static void stop(SimulatorServer server) {
        try {
            server.close();
            System.err.println("nems-check: simulator stopped");
        } catch (IllegalStateException e) {
            System.err.println("nems-check: " + PrintableText.escape(e.getMessage()));
        }
    }
}
