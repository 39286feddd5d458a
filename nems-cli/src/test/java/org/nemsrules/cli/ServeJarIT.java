package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.RecordingReader;

/**
 * Runs {@code nems-check serve} from the real jar and talks to it over real sockets with java.net.http: the base
 * URL on the first line, one line per request, HAR recordings a later check agrees with, a clean stop on SIGTERM,
 * one-line errors for a busy port or a recording directory that cannot be made, and the supplier configuration
 * applied as a check applies it. One long-lived process per scenario: each start of the jar costs about a second.
 */
class ServeJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();
    /**
     * Within the life of every sample token used (issued 09:00 to 09:03, expiring 09:05 or later): the judging
     * instant and the simulator's clock are both fixed here.
     */
    private static final String NOW = "2026-01-05T09:04:00Z";
    /** Headers java.net.http sets itself and refuses from a caller. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void createReadDeleteAndAnUnsupportedRequestAreAnsweredLoggedRecordedAndAgreedWithByACheck(@TempDir Path dir)
            throws Exception {
        Path recordings = dir.resolve("recordings");
        Served served = Served.start(dir, "serve", "--port", "0", "--record", recordings.toString(), "--now", NOW);
        URI base;
        int port;
        List<String> logged = new ArrayList<>();
        try {
            base = served.base();
            assertEquals("127.0.0.1", base.getHost());
            assertEquals("/STU3", base.getPath());
            port = base.getPort();

            HttpResponse<String> created = send(base, sample("valid/create-explicit.http"), null);
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            assertTrue(location.matches(base + "/Subscription/[0-9a-f]{32}"), location);
            String path = URI.create(location).getPath();
            // The sample token's audience is Spine's host, not the simulator's: one warning, as a check says.
            logged.add(served.nextLine());
            assertEquals("POST /STU3/Subscription 201 1 finding", logged.get(0));

            HttpResponse<String> read = send(base, sample("valid/read.http"), path);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("<status value=\"active\"/>"), read.body());
            // The simulator's clock is fixed at --now.
            assertTrue(read.body().contains("<lastUpdated value=\"2026-01-05T09:04:00.000+00:00\"/>"), read.body());
            logged.add(served.nextLine());
            assertTrue(logged.get(1).matches("GET " + path + " 200 \\d+ findings?"), logged.get(1));

            HttpResponse<String> deleted = send(base, sample("valid/delete.http"), path);
            assertEquals(200, deleted.statusCode(), deleted.body());
            logged.add(served.nextLine());
            assertTrue(logged.get(2).matches("DELETE " + path + " 200 \\d+ findings?"), logged.get(2));

            HttpResponse<String> put = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(location))
                            .timeout(Duration.ofSeconds(20))
                            .PUT(HttpRequest.BodyPublishers.ofString("<Subscription xmlns=\"http://hl7.org/fhir\"/>"))
                            .header("Content-Type", "application/fhir+xml")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, put.statusCode(), put.body());
            assertTrue(put.body().contains("http.unsupported-method"), put.body());
            logged.add(served.nextLine());
            // No fromASID, toASID, InteractionID or Authorization, and PUT itself: five errors.
            assertEquals("PUT " + path + " 400 5 findings", logged.get(3));
        } finally {
            served.stop();
        }
        assertTrue(served.exited(), "serve did not end within 5 s of SIGTERM");
        assertEquals(
                List.of("nems-check: simulator stopped"), served.err().lines().toList());
        assertEquals(List.of(), served.remainingLines(), "nothing after the request lines");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort(), "the port is free again");
        }
        String printed = String.join("\n", logged);
        assertFalse(printed.contains("9990000018") || printed.contains("eyJ"), "no NHS number, no token:\n" + printed);

        List<String> files = List.of(
                "000001-create-201.har", "000002-read-200.har", "000003-delete-200.har", "000004-other-400.har");
        try (Stream<Path> recorded = Files.list(recordings)) {
            assertEquals(
                    files,
                    recorded.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String har = Files.readString(recordings.resolve("000001-create-201.har"));
        assertTrue(har.contains("\"startedDateTime\" : \"" + NOW + "\""), har);

        // A check of the recordings finds what the simulator found live, request by request.
        Run check = NemsCheckJarIT.run(dir, "--now", NOW, recordings.toString());
        assertEquals(1, check.exit(), check.out() + check.err());
        assertEquals(loggedFindings(logged), checkedFindings(check.out(), files), check.out());
    }

    @Test
    void theSupplierConfigurationJudgesRequestsAsItJudgesRecordingsAndJettyComesFromTheArchive(@TempDir Path dir)
            throws Exception {
        Path loaded = dir.resolve("classes.log");
        Served served = Served.start(
                dir,
                List.of("-Xlog:class+load=info:file=" + loaded),
                "serve",
                "--port",
                "0",
                "--now",
                NOW,
                "--config",
                SAMPLES.resolve("nems-rules.yaml").toString());
        try {
            URI base = served.base();
            // From an ASID the configuration does not know: the same create that a server without it accepts (the
            // first test) is refused as a check of its recording would be. Three findings: config.unknown-system,
            // config.environment (the simulator's URL is under none of the file's endpoints) and the warning
            // jwt.audience-host (the token's audience is Spine's host).
            HttpResponse<String> unknown = send(base, sample("invalid/config-unknown-system.http"), null);
            assertEquals(403, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("<code value=\"ASID_CHECK_FAILED\"/>"), unknown.body());
            assertTrue(unknown.body().contains("config.unknown-system"), unknown.body());
            assertTrue(unknown.body().contains("config.environment"), unknown.body());
            assertEquals("POST /STU3/Subscription 403 3 findings", served.nextLine());
        } finally {
            served.stop();
        }
        assertTrue(served.exited(), "serve did not end within 5 s of SIGTERM");
        // The training run of serve's archive (ClassDataSharingTraining) has the simulator answer a request, so that
        // serve starts from the archive too (docs/benchmarks.md). Without an archive (-Dnems.cds.skip) there is none.
        if (JavaCommand.serveArchive().isPresent()) {
            String classes = Files.readString(loaded);
            for (String name : List.of(
                    "org.eclipse.jetty.server.Server",
                    "org.eclipse.jetty.server.internal.HttpChannelState",
                    "org.nemsrules.simulator.NemsSimulator")) {
                assertTrue(
                        classes.contains(name + " source: shared objects file"),
                        name + " is not mapped from the archive");
            }
        }
    }

    /**
     * With {@code --as live} the simulator stands for the configuration's live endpoint: a request sent to its own
     * address is judged as sent there, so config.environment and jwt.audience-host (which the test above meets) are
     * silent, and what is left is the supplier's own mistake.
     */
    @Test
    void answeringAsAnEnvironmentJudgesRequestsAsSentToItsEndpoint(@TempDir Path dir) throws Exception {
        Served served = Served.start(
                dir,
                "serve",
                "--port",
                "0",
                "--now",
                NOW,
                "--config",
                SAMPLES.resolve("nems-rules.yaml").toString(),
                "--as",
                "live");
        try {
            URI base = served.base();
            HttpResponse<String> valid = send(base, sample("valid/create-explicit.http"), null);
            assertEquals(201, valid.statusCode(), valid.body());
            assertEquals("POST /STU3/Subscription 201 0 findings", served.nextLine());
            String location = valid.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(base + "/Subscription/"), location);

            HttpResponse<String> unknown = send(base, sample("invalid/config-unknown-system.http"), null);
            assertEquals(403, unknown.statusCode(), unknown.body());
            assertFalse(unknown.body().contains("config.environment"), unknown.body());
            assertEquals("POST /STU3/Subscription 403 1 finding", served.nextLine());
        } finally {
            served.stop();
        }
        assertTrue(served.exited(), "serve did not end within 5 s of SIGTERM");
    }

    @Test
    void answeringAsAnEnvironmentTheConfigurationLacksIsAOneLineUsageError(@TempDir Path dir) throws Exception {
        Run run = NemsCheckJarIT.run(
                dir,
                "serve",
                "--port",
                "0",
                "--config",
                SAMPLES.resolve("nems-rules.yaml").toString(),
                "--as",
                "dep");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: --as: no environment 'dep' in nems-rules.yaml; configured: live"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void aPortInUseIsAOneLineUsageError(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run run = NemsCheckJarIT.run(dir, "serve", "--port", String.valueOf(port));
            assertEquals(2, run.exit(), run.out() + run.err());
            assertEquals(
                    List.of("nems-check: serve: cannot listen on 127.0.0.1:" + port + ": the port is in use; choose "
                            + "another --port, or --port 0 for any free one"),
                    run.err().lines().toList());
            assertEquals("", run.out());
        }
    }

    @Test
    void aRecordingDirectoryThatCannotBeMadeIsAOneLineUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file, not a directory\n");
        Run run = NemsCheckJarIT.run(dir, "serve", "--port", "0", "--record", "blocker/recordings");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: --record blocker/recordings: the directory cannot be created: blocker is a file, "
                        + "not a directory"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    /**
     * A check builds its command model with serve's options in it, but must not pay for the server: no Jetty class is
     * loaded. The JVM's own class-loading log says which classes were loaded. The run also checks a directory
     * named serve, given as ./serve.
     */
    @Test
    void aCheckLoadsNoJettyClassAndADirectoryNamedServeIsCheckedAsDotSlashServe(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("serve"));
        Files.copy(SAMPLES.resolve("valid/read.http"), dir.resolve("serve/read.http"));
        Path loaded = dir.resolve("classes.log");
        List<String> command = JavaCommand.java();
        command.add("-Xlog:class+load=info:file=" + loaded);
        command.addAll(List.of("-jar", JavaCommand.jar().toString(), "./serve"));

        Run run = NemsCheckJarIT.run(new ProcessBuilder(command).directory(dir.toFile()));

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("1 file, 1 request"), run.out());
        String classes = Files.readString(loaded);
        assertTrue(classes.contains("org.nemsrules.cli.ServeCommand "), "the log names the classes loaded");
        assertTrue(classes.contains("org.nemsrules.engine.NemsValidator "), "the log names the classes loaded");
        List<String> jetty =
                classes.lines().filter(l -> l.contains("org.eclipse.jetty.")).toList();
        assertEquals(List.of(), jetty, "a check loaded Jetty classes");
        assertFalse(classes.contains("org.nemsrules.simulator.server."), "a check loaded the simulator's server");
    }

    /** Each request's finding count from the log lines, in order. */
    /**
     * Mutual TLS, as Spine requires: the simulator serves HTTPS with the key store, asks for a client certificate
     * the trust store vouches for, and names its subject in the request's line. Passwords come from the environment,
     * never from the command line. The certificates are made in the test (SelfSignedStores).
     */
    @Test
    void mutualTlsServesAClientCertificateAndLogsItsSubject(@TempDir Path dir) throws Exception {
        Path server = SelfSignedStores.keyPair(dir, "server", "CN=localhost", "ip:127.0.0.1", "dns:localhost");
        Path client = SelfSignedStores.keyPair(
                dir, "client", "CN=nems-client.supplier.example", "dns:nems-client.supplier.example");
        Path serverTrusts = SelfSignedStores.trustStore(dir, "server-trusts", client, "client");
        Path clientTrusts = SelfSignedStores.trustStore(dir, "client-trusts", server, "server");
        Served served = Served.start(
                dir,
                List.of(),
                Map.of(
                        "NEMS_TLS_KEYSTORE_PASSWORD",
                        SelfSignedStores.PASSWORD,
                        "NEMS_TLS_TRUSTSTORE_PASSWORD",
                        SelfSignedStores.PASSWORD),
                "serve",
                "--port",
                "0",
                "--tls-keystore",
                server.toString(),
                "--tls-truststore",
                serverTrusts.toString());
        try {
            URI base = served.base();
            assertTrue(base.toString().startsWith("https://127.0.0.1:"), base.toString());
            HttpClient tls = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .sslContext(sslContext(client, clientTrusts))
                    .build();
            HttpRequest.Builder request = sampleCreate(base);
            HttpResponse<String> created = tls.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String line = served.nextLine();
            assertTrue(line.startsWith("POST /STU3/Subscription 201 "), line);
            assertTrue(line.endsWith("(client certificate CN=nems-client.supplier.example)"), line);
        } finally {
            served.stop();
            assertTrue(served.exited(), "serve did not end on SIGTERM");
        }
    }

    /**
     * The certificate a build checks is the one the simulator trusts: without a trust store, {@code serve --as ENV}
     * asks for a client certificate that chains to the {@code caCertificates} the configuration names for ENV, and
     * refuses a client of another authority.
     */
    @Test
    void mutualTlsTrustsTheCaCertificatesTheConfigurationNames(@TempDir Path dir) throws Exception {
        Path server = SelfSignedStores.keyPair(dir, "server", "CN=localhost", "ip:127.0.0.1", "dns:localhost");
        Path client = SelfSignedStores.keyPair(
                dir, "client", "CN=nems-client.supplier.example", "dns:nems-client.supplier.example");
        Path stranger =
                SelfSignedStores.keyPair(dir, "stranger", "CN=other.supplier.example", "dns:other.supplier.example");
        Path clientTrusts = SelfSignedStores.trustStore(dir, "client-trusts", server, "server");
        // The client's certificate is self-signed here: its own authority, named as the environment's CA.
        SelfSignedStores.pem(dir.resolve("client-ca.pem"), client, "client");
        Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "environments:\n  live:\n    nemsAsid: \"928942012545\"\n"
                        + "    endpoint: https://clinicals.spineservices.nhs.uk\n    caCertificates: [client-ca.pem]\n");
        Served served = Served.start(
                dir,
                List.of(),
                Map.of("NEMS_TLS_KEYSTORE_PASSWORD", SelfSignedStores.PASSWORD),
                "serve",
                "--port",
                "0",
                "--as",
                "live",
                "--tls-keystore",
                server.toString());
        try {
            URI base = served.base();
            HttpRequest.Builder request = sampleCreate(base);
            HttpClient trusted = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .sslContext(sslContext(client, clientTrusts))
                    .build();
            HttpResponse<String> created = trusted.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(created.statusCode() < 500, created.statusCode() + " " + created.body());
            assertTrue(
                    served.nextLine().endsWith("(client certificate CN=nems-client.supplier.example)"),
                    "the configured authority's client was served");
            HttpClient other = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .sslContext(sslContext(stranger, clientTrusts))
                    .build();
            assertThrows(
                    java.io.IOException.class,
                    () -> other.send(request.build(), HttpResponse.BodyHandlers.ofString()),
                    "a client of another authority is refused");
        } finally {
            served.stop();
            assertTrue(served.exited(), "serve did not end on SIGTERM");
        }
    }

    @Test
    void aKeyStoreThatCannotBeOpenedIsAOneLineErrorThatNeverShowsThePassword(@TempDir Path dir) throws Exception {
        Path server = SelfSignedStores.keyPair(dir, "server", "CN=localhost", "ip:127.0.0.1");
        List<String> java = JavaCommand.javaForServe();
        java.addAll(List.of("-jar", JavaCommand.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(java);
        builder.command().addAll(List.of("serve", "--port", "0", "--tls-keystore", "server.p12"));
        builder.environment().put("NEMS_TLS_KEYSTORE_PASSWORD", "not-the-password-9f3a");
        Run run = NemsCheckJarIT.run(builder.directory(dir.toFile()));
        assertEquals(2, run.exit(), run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(
                lines.get(0)
                        .startsWith("nems-check: --tls-keystore server.p12: cannot be opened as a PKCS#12 store "
                                + "with the password in NEMS_TLS_KEYSTORE_PASSWORD"),
                lines.get(0));
        assertFalse(run.err().contains("not-the-password-9f3a"), run.err());
        assertTrue(Files.isRegularFile(server));
    }

    /** The create of valid/create-explicit.http, to the simulator at {@code base}, with the headers a client may set. */
    private static HttpRequest.Builder sampleCreate(URI base) throws Exception {
        Interaction create = sample("valid/create-explicit.http");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/Subscription"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(create.body().bytes()));
        for (Header header : create.headers().all()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                request.header(header.name(), header.value());
            }
        }
        return request;
    }

    private static SSLContext sslContext(Path keys, Path trusted) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(SelfSignedStores.load(keys), SelfSignedStores.PASSWORD.toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(SelfSignedStores.load(trusted));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static List<Integer> loggedFindings(List<String> lines) {
        return lines.stream()
                .map(l -> Integer.parseInt(l.replaceAll(".* (\\d+) findings?$", "$1")))
                .toList();
    }

    /** Each recording's finding count from a check's text report, in the order of {@code files}. */
    private static List<Integer> checkedFindings(String report, List<String> files) {
        List<Integer> counts = files.stream()
                .map(file -> (int) report.lines()
                        .filter(l -> l.startsWith("  ") && l.contains(file + ":"))
                        .count())
                .toList();
        Matcher summary = Pattern.compile("(\\d+) errors?, (\\d+) warnings?, (\\d+) infos?")
                .matcher(report);
        assertTrue(summary.find(), report);
        int total = Integer.parseInt(summary.group(1))
                + Integer.parseInt(summary.group(2))
                + Integer.parseInt(summary.group(3));
        assertEquals(total, counts.stream().mapToInt(Integer::intValue).sum(), report);
        return counts;
    }

    private static Interaction sample(String name) {
        return new RecordingReader()
                .read(SAMPLES.resolve(name), name)
                .interactions()
                .get(0);
    }

    /** Sends a sample's request to the simulator at {@code base}: its path (or {@code path}) on the simulator. */
    private static HttpResponse<String> send(URI base, Interaction request, String path) throws Exception {
        URI original = URI.create(request.target());
        URI to = URI.create(
                base.getScheme() + "://" + base.getRawAuthority() + (path != null ? path : original.getRawPath()));
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
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A running {@code nems-check serve}: its stdout read line by line as it comes, its stderr to a file. */
    private record Served(Process process, BlockingQueue<String> lines, Path errFile) {
        private static final String END = "\u0000end";

        static Served start(Path dir, String... args) throws IOException {
            return start(dir, List.of(), args);
        }

        static Served start(Path dir, List<String> jvmOptions, String... args) throws IOException {
            return start(dir, jvmOptions, Map.of(), args);
        }

        static Served start(Path dir, List<String> jvmOptions, Map<String, String> env, String... args)
                throws IOException {
            List<String> command = JavaCommand.javaForServe();
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", JavaCommand.jar().toString()));
            command.addAll(List.of(args));
            Path err = Files.createTempFile(dir, "serve-err", ".txt");
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException | UncheckedIOException e) {
                    // The process ended: the lines read so far are all there is.
                } finally {
                    lines.add(END);
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Served(process, lines, err);
        }

        /** The base URL, from the first line. */
        URI base() throws Exception {
            String first = nextLine();
            assertTrue(first.startsWith("http://") || first.startsWith("https://"), first + "\n" + err());
            return URI.create(first);
        }

        /** The next line on stdout, waited for (a line is printed once its answer has been written). */
        String nextLine() throws Exception {
            String line = lines.poll(30, TimeUnit.SECONDS);
            assertNotNull(line, "no line within 30 s");
            assertFalse(END.equals(line), () -> "serve ended:\n" + err());
            return line;
        }

        /** SIGTERM, as Ctrl-C or a service manager stops it. */
        void stop() {
            process.destroy();
        }

        /** Whether it ended within 5 s; if not, it is killed, so that no test leaves a server behind. */
        boolean exited() throws InterruptedException {
            boolean ended = process.waitFor(5, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return ended;
        }

        /** The lines after those read, once the process has ended. */
        List<String> remainingLines() throws InterruptedException {
            List<String> rest = new ArrayList<>();
            for (String line = lines.poll(5, TimeUnit.SECONDS);
                    line != null && !END.equals(line);
                    line = lines.poll(5, TimeUnit.SECONDS)) {
                rest.add(line);
            }
            return rest;
        }

        String err() {
            try {
                return Files.readString(errFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
