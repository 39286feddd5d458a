package org.nemsrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.PrintableText;

/**
 * The parts of the validator's set-up that a check and {@code nems-check serve} share: the supplier configuration
 * (named by {@code --config}, else found as a check finds it) and the instant of {@code --now}. One place, so that
 * the simulator judges a request exactly as a check judges a recording of it, and both say the same about a bad
 * option.
 */
final class ValidatorSetup {
    private ValidatorSetup() {}

    /** Why {@code --config FILE} cannot be read, if it names no file. */
    static Optional<String> missingConfig(Path workingDirectory, Path named) {
        return named == null || Files.isRegularFile(workingDirectory.resolve(named))
                ? Optional.empty()
                : Optional.of("--config " + named + ": no such file");
    }

    /**
     * The configuration file: the one {@code --config} names, else one of {@link SupplierConfig#FILE_NAMES} in the
     * working directory, else next to the first input (in it, when it is a directory). As a path is named on the
     * command line: relative to the working directory, or absolute.
     */
    static Optional<Path> configFile(Path workingDirectory, Path named, List<Path> inputs) {
        if (named != null) {
            return Optional.of(named);
        }
        Optional<Path> here = SupplierConfig.find(workingDirectory).map(workingDirectory::relativize);
        if (here.isPresent() || inputs.isEmpty()) {
            return here;
        }
        Path first = workingDirectory.resolve(inputs.get(0)).toAbsolutePath().normalize();
        Path directory = Files.isDirectory(first) ? first : first.getParent();
        return directory == null ? Optional.empty() : SupplierConfig.find(directory);
    }

    /**
     * Loads the configuration file and applies it to {@code builder}. When it is invalid, prints one line per
     * problem on stderr, {@code file:line} first so that editors and CI logs link each to the file, and returns
     * nothing.
     */
    static Optional<SupplierConfig> applyConfig(Path workingDirectory, Path file, NemsValidator.Builder builder) {
        Optional<SupplierConfig> supplier = loadConfig(workingDirectory, file);
        supplier.ifPresent(s -> s.applyTo(builder));
        return supplier;
    }

    /** Loads the configuration file; when it is invalid, says why as {@link #applyConfig} does, and gives nothing. */
    static Optional<SupplierConfig> loadConfig(Path workingDirectory, Path file) {
        try {
            return Optional.of(SupplierConfig.load(workingDirectory.resolve(file), file.toString()));
        } catch (ConfigException e) {
            e.errors().forEach(error -> System.err.println(PrintableText.escape(error)));
            return Optional.empty();
        }
    }

    /** The instant of {@code --now}: ISO-8601 such as {@code 2026-01-05T09:02:00Z}, or epoch seconds. */
    static Optional<Instant> instant(String text) {
        String value = text.strip();
        try {
            return Optional.of(
                    value.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What is said of a {@code --now} that {@link #instant} cannot read. */
    static String notAnInstant(String text) {
        return "--now '" + text + "' is not an instant; expected e.g. 2026-01-05T09:02:00Z or epoch seconds";
    }
}
