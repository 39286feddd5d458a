package org.nemsrules.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.recording.FileScanner;

/** The whole sample corpus, and a validator that runs every rule over it, for tests that hold to all of it. */
final class Corpus {
    static final Path SAMPLES =
            Path.of(System.getProperty("nems.samples", "")).toAbsolutePath().normalize();
    /** One catalogue for every validator of a test, so that their reports' rule lists compare equal. */
    private static final RuleCatalog CATALOG = RuleCatalog.discover();

    /** What a JWT in compact form looks like wherever it is written; wider than the redactor's own pattern. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private Corpus() {}

    /** Every recording the command line would check in {@code valid/} and {@code invalid/}, sorted. */
    static List<Path> recordings() {
        try {
            return FileScanner.defaults()
                    .scan(List.of(SAMPLES.resolve("valid"), SAMPLES.resolve("invalid")))
                    .files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A validator judging with the samples' configuration and every rule on, off-by-default ones too, so that
     * every message a rule can write about the corpus is written.
     */
    static NemsValidator.Builder everyRule() {
        NemsValidator.Builder builder = configured(NemsValidator.builder().catalog(CATALOG));
        for (RuleMetadata rule : CATALOG.metadata()) {
            builder.enable(rule.id());
        }
        return builder;
    }

    /** A validator judging the samples as their supplier's own build would: nems-rules.yaml, the default rules. */
    static NemsValidator asTheirBuild(int threads) {
        return configured(NemsValidator.builder().threads(threads)).build();
    }

    private static NemsValidator.Builder configured(NemsValidator.Builder builder) {
        builder.baseDirectory(SAMPLES);
        try {
            return SupplierConfig.load(SAMPLES.resolve("nems-rules.yaml")).applyTo(builder);
        } catch (ConfigException e) {
            throw new IllegalStateException("sample-payloads/nems-rules.yaml is invalid:\n" + e.getMessage(), e);
        }
    }

    /** Every JWT written anywhere in the corpus's files (recordings, sidecars, notes), found by its shape. */
    static Set<String> jwts() {
        Set<String> tokens = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !SAMPLES.relativize(f).startsWith("target")
                            && !SAMPLES.relativize(f).startsWith("src"))
                    .toList()) {
                Matcher m = JWT.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    tokens.add(m.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
