package org.nemsrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.simulator.NemsSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nems-check serve}: the NEMS simulator over HTTP, judging each request as a check judges a recording of it
 * (the same configuration, the same {@code --now}). Its options and set-up are here; the server itself is in
 * {@link ServedSimulator}. Picocli builds this class's model on every run, checks included, so no field or method
 * here names a Jetty type: a check never loads a Jetty class.
 */
@Command(
        name = ServeCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = NemsCheck.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves the NEMS simulator: a NEMS Subscription API on this machine that judges every request with the "
                    + "rules of a check and answers as NEMS would (docs/simulator.md).",
            "Prints the base URL on the first line (http://127.0.0.1:8080/STU3), then one line per request: method, "
                    + "path, status and the number of findings. Runs until interrupted (Ctrl-C or SIGTERM)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:usage or configuration error, or the port is in use (one line on stderr)"})
final class ServeCommand implements Callable<Integer> {
    /** The check command this one is a subcommand of: it knows the working directory the run is in. */
    @CommandLine.ParentCommand
    private NemsCheck parent;

    static final String NAME = "serve";

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String host;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Supplier configuration file (default: nems-rules.yaml, .yml or .json in the current "
                    + "directory, if there is one).")
    private Path config;

    @Option(
            names = "--as",
            paramLabel = "ENV",
            description = "Answer as the environment ENV of the configuration: every request is judged and recorded "
                    + "as if sent to ENV's endpoint, which is the only environment judged (its NEMS ASID in toASID, "
                    + "its endpoint in the JWT's aud). Without it, a configuration with environments finds every "
                    + "request sent to the simulator's own address under none of them.")
    private String as;

    @Option(
            names = "--record",
            paramLabel = "DIR",
            description = "Record every exchange as a HAR file in DIR (created when missing), e.g. "
                    + "000001-create-201.har, ready for nems-check DIR.")
    private Path record;

    @Option(
            names = "--now",
            paramLabel = "INSTANT",
            description = "Judge token expiry against INSTANT and fix the simulator's clock there (ISO-8601 UTC such "
                    + "as 2026-01-05T09:02:00Z, or epoch seconds). Without it, no rule reads the clock and the simulator's "
                    + "clock is the system's.")
    private String now;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "Serve HTTPS with the key and certificate in this PKCS#12 key store; its password comes from "
                    + "the environment variable " + TLS_KEYSTORE_PASSWORD + " (empty when unset).")
    private Path tlsKeyStore;

    @Option(
            names = "--tls-truststore",
            paramLabel = "FILE",
            description = "With --tls-keystore: require a client certificate that chains to one in this PKCS#12 "
                    + "trust store (mutual TLS, as Spine requires); its password comes from " + TLS_TRUSTSTORE_PASSWORD
                    + ". The certificate's subject is shown in each request's line. Without it, a configuration "
                    + "whose judged environments (--as) name caCertificates makes the simulator require a client "
                    + "certificate that chains to those.")
    private Path tlsTrustStore;

    /** Passwords never on the command line, where any user of the machine can read them. */
    static final String TLS_KEYSTORE_PASSWORD = "NEMS_TLS_KEYSTORE_PASSWORD";

    static final String TLS_TRUSTSTORE_PASSWORD = "NEMS_TLS_TRUSTSTORE_PASSWORD";

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            return NemsCheck.usageError("--port must be 0 (any free port) to 65535, was " + port);
        }
        if (host.isBlank()) {
            return NemsCheck.usageError("--host needs an address, such as --host 127.0.0.1");
        }
        Optional<String> configError = ValidatorSetup.missingConfig(parent.workingDirectory(), config);
        if (configError.isPresent()) {
            return NemsCheck.usageError(configError.get());
        }
        NemsValidator.Builder validator = NemsValidator.builder().catalog(RuleCatalog.discover());
        NemsSimulator.Builder simulator = NemsSimulator.builder();
        Optional<Path> configFile = ValidatorSetup.configFile(parent.workingDirectory(), config, List.of());
        Optional<SupplierConfig> supplier = Optional.empty();
        if (configFile.isPresent()) {
            supplier = ValidatorSetup.loadConfig(parent.workingDirectory(), configFile.get());
            if (supplier.isEmpty()) {
                return NemsCheck.USAGE;
            }
        }
        if (as != null) {
            if (supplier.isEmpty()) {
                return NemsCheck.usageError(
                        "--as " + as + " needs a configuration that names the environment (--config "
                                + "FILE, or nems-rules.yaml in the current directory); none was found");
            }
            try {
                supplier = Optional.of(supplier.get().judging(as));
            } catch (IllegalArgumentException e) {
                return NemsCheck.usageError("--as: " + e.getMessage());
            }
            simulator.standsFor(URI.create(supplier.get().environments().get(as).endpoint()));
        }
        supplier.ifPresent(s -> s.applyTo(validator));
        if (now != null) {
            Optional<Instant> instant = ValidatorSetup.instant(now);
            if (instant.isEmpty()) {
                return NemsCheck.usageError(ValidatorSetup.notAnInstant(now));
            }
            validator.judgingInstant(instant.get());
            simulator.clock(Clock.fixed(instant.get(), ZoneOffset.UTC));
        }
        if (record != null) {
            Optional<String> recordError = recordError(record);
            if (recordError.isPresent()) {
                return NemsCheck.usageError(recordError.get());
            }
            simulator.recordTo(parent.at(record));
        }
        if (tlsTrustStore != null && tlsKeyStore == null) {
            return NemsCheck.usageError("--tls-truststore needs --tls-keystore: mutual TLS is HTTPS first");
        }
        Optional<String> storeError = storeError("--tls-keystore", tlsKeyStore, TLS_KEYSTORE_PASSWORD)
                .or(() -> storeError("--tls-truststore", tlsTrustStore, TLS_TRUSTSTORE_PASSWORD));
        if (storeError.isPresent()) {
            return NemsCheck.usageError(storeError.get());
        }
        // Without a trust store of its own, mutual TLS trusts what the build's certificate.chain checks against: the
        // caCertificates of the judged environments of the configuration.
        List<Path> trusted = tlsTrustStore != null
                ? List.of()
                : supplier.map(s -> s.judgedEnvironments().stream()
                                .flatMap(e -> e.caCertificates().stream())
                                .distinct()
                                .toList())
                        .orElse(List.of());
        return ServedSimulator.serve(
                simulator.validator(validator.build()).build(),
                host,
                port,
                Optional.ofNullable(tlsKeyStore).map(parent::at),
                password(TLS_KEYSTORE_PASSWORD),
                Optional.ofNullable(tlsTrustStore).map(parent::at),
                password(TLS_TRUSTSTORE_PASSWORD),
                trusted);
    }

    private static String password(String variable) {
        String value = System.getenv(variable);
        return value == null ? "" : value;
    }

    /**
     * Why a key or trust store cannot be used, if it cannot: opened here, before the server starts, so that a wrong
     * path or password is one line naming the option, never a server that fails later. The password is never shown.
     */
    private Optional<String> storeError(String option, Path store, String passwordVariable) {
        if (store == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(parent.at(store))) {
            return Optional.of(option + " " + store + ": no such file");
        }
        try (InputStream in = Files.newInputStream(parent.at(store))) {
            KeyStore.getInstance("PKCS12").load(in, password(passwordVariable).toCharArray());
            return Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            return Optional.of(option + " " + store + ": cannot be opened as a PKCS#12 store with the password in "
                    + passwordVariable + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")");
        }
    }

    /** Why the recording directory cannot be made, if it cannot: said before the server starts. */
    private Optional<String> recordError(Path directory) {
        // A file on the way (blocker/recordings, where blocker is a file), named as the user wrote it.
        for (Path on = directory; on != null; on = on.getParent()) {
            if (Files.exists(parent.at(on)) && !Files.isDirectory(parent.at(on))) {
                return Optional.of("--record " + directory + ": the directory cannot be created: " + on
                        + " is a file, not a directory");
            }
        }
        try {
            Files.createDirectories(parent.at(directory));
        } catch (IOException e) {
            return Optional.of(
                    "--record " + directory + ": the directory cannot be created: " + FileProblem.describe(e));
        }
        if (!Files.isWritable(parent.at(directory))) {
            return Optional.of("--record " + directory + ": the directory is not writable: permission denied");
        }
        return Optional.empty();
    }
}
