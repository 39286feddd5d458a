package org.nemsrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.simulator.NemsSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nems-check serve}: the NEMS simulator over HTTP, judging each request as a check judges a recording of it
 * (the same configuration, the same {@code --now}). Its options and set-up are here; the server itself is in
 * {@link ServedSimulator}. Picocli builds this class's model on every run, checks included, so no field or method
 * here names a Jetty type: a check never loads a Jetty class.
 */
@Command(
        name = "serve",
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

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            return NemsCheck.usageError("--port must be 0 (any free port) to 65535, was " + port);
        }
        if (host.isBlank()) {
            return NemsCheck.usageError("--host needs an address, such as --host 127.0.0.1");
        }
        Optional<String> configError = ValidatorSetup.missingConfig(config);
        if (configError.isPresent()) {
            return NemsCheck.usageError(configError.get());
        }
        NemsValidator.Builder validator = NemsValidator.builder().catalog(RuleCatalog.discover());
        Optional<Path> configFile = ValidatorSetup.configFile(config, List.of());
        if (configFile.isPresent()
                && ValidatorSetup.applyConfig(configFile.get(), validator).isEmpty()) {
            return NemsCheck.USAGE;
        }
        NemsSimulator.Builder simulator = NemsSimulator.builder();
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
            simulator.recordTo(record);
        }
        return ServedSimulator.serve(simulator.validator(validator.build()).build(), host, port);
    }

    /** Why the recording directory cannot be made, if it cannot: said before the server starts. */
    private static Optional<String> recordError(Path directory) {
        // A file on the way (blocker/recordings, where blocker is a file), named as the user wrote it.
        for (Path on = directory; on != null; on = on.getParent()) {
            if (Files.exists(on) && !Files.isDirectory(on)) {
                return Optional.of("--record " + directory + ": the directory cannot be created: " + on
                        + " is a file, not a directory");
            }
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            return Optional.of(
                    "--record " + directory + ": the directory cannot be created: " + FileProblem.describe(e));
        }
        if (!Files.isWritable(directory)) {
            return Optional.of("--record " + directory + ": the directory is not writable: permission denied");
        }
        return Optional.empty();
    }
}
