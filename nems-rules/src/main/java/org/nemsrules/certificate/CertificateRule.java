package org.nemsrules.certificate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.config.SupplierConfig.Endpoint;
import org.nemsrules.engine.Configuration;
import org.nemsrules.engine.ConfigurationRule;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;

/**
 * Shared shape of the {@code certificate.*} rules, which judge the endpoint certificate each system of
 * {@code nems-rules.yaml} names (R-HDR-07): each rule reports the kinds of problem it owns, on the line of the
 * configuration that names the file. Silent without a configuration, or for a system without an {@code endpoint}.
 */
abstract class CertificateRule implements ConfigurationRule {
    private final RuleMetadata metadata;
    private final Set<CertificateProblem.Kind> kinds;

    CertificateRule(RuleMetadata metadata, CertificateProblem.Kind first, CertificateProblem.Kind... more) {
        this.metadata = metadata;
        this.kinds = EnumSet.of(first, more);
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void check(Configuration configuration, Instant now, FindingSink sink) {
        if (!(configuration instanceof SupplierConfig config)) {
            return;
        }
        for (int i = 0; i < config.endpoints().size(); i++) {
            Endpoint endpoint = config.endpoints().get(i);
            for (CertificateProblem problem : problems(config, endpoint, now)) {
                if (kinds.contains(problem.kind())) {
                    boolean aboutTheKey = problem.kind() == CertificateProblem.Kind.KEY_MISMATCH
                            || problem.kind() == CertificateProblem.Kind.KEY_UNREADABLE;
                    sink.report(
                            aboutTheKey && endpoint.keyLine() > 0 ? endpoint.keyLine() : endpoint.certificateLine(),
                            "systems[" + endpoint.system() + "].endpoint." + (aboutTheKey ? "key" : "certificate"),
                            shownFiles(problem.message(), config, endpoint));
                }
            }
        }
    }

    /**
     * The message with each file of the endpoint named as the configuration names it (relative to its directory),
     * not as the absolute path it was read from, which differs from machine to machine.
     */
    private static String shownFiles(String message, SupplierConfig config, Endpoint endpoint) {
        List<Path> files = new ArrayList<>();
        files.add(endpoint.certificate());
        endpoint.key().ifPresent(files::add);
        config.judgedEnvironments().forEach(environment -> files.addAll(environment.caCertificates()));
        String shown = message;
        for (Path file : files) {
            shown = shown.replace(file.toString(), endpoint.shown(file));
        }
        return shown;
    }

    /** What is wrong with one endpoint's certificate at {@code now}. */
    static List<CertificateProblem> problems(SupplierConfig config, Endpoint endpoint, Instant now) {
        List<Path> authorities = new ArrayList<>();
        config.judgedEnvironments().forEach(environment -> authorities.addAll(environment.caCertificates()));
        EndpointRegistration registration = new EndpointRegistration(
                endpoint.asid(),
                endpoint.host(),
                endpoint.certificate(),
                endpoint.alias(),
                endpoint.key(),
                endpoint.passwordEnv());
        return EndpointCertificateCheck.check(
                registration,
                authorities.stream().distinct().toList(),
                now,
                Duration.ofDays(endpoint.expiryWarningDays()),
                System::getenv);
    }
}
