package org.nemsrules.certificate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.config.SupplierConfig.Endpoint;
import org.nemsrules.engine.ConfigurationContext;
import org.nemsrules.engine.ConfigurationRule;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;

/**
 * Shared shape of the {@code certificate.*} rules, which judge the endpoint certificate each system of
 * {@code nems-rules.yaml} names (R-HDR-07): each rule reports the kinds of problem it owns, on the line of the
 * configuration that names the file. Silent without a configuration, or for a system without an {@code endpoint}.
 */
abstract class CertificateRule implements ConfigurationRule {
    private static final ConfigurationContext.Key<List<List<CertificateProblem>>> INSPECTED =
            ConfigurationContext.Key.of("the endpoint certificates", CertificateRule::inspect);

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
    public final void check(ConfigurationContext context, FindingSink sink) {
        if (!(context.configuration() instanceof SupplierConfig config)) {
            return;
        }
        List<List<CertificateProblem>> inspected = context.computed(INSPECTED);
        for (int i = 0; i < config.endpoints().size(); i++) {
            Endpoint endpoint = config.endpoints().get(i);
            for (CertificateProblem problem : inspected.get(i)) {
                if (kinds.contains(problem.kind())) {
                    boolean aboutTheKey = problem.kind() == CertificateProblem.Kind.KEY_MISMATCH
                            || problem.kind() == CertificateProblem.Kind.KEY_UNREADABLE;
                    sink.report(
                            aboutTheKey && endpoint.keyLine() > 0 ? endpoint.keyLine() : endpoint.certificateLine(),
                            "systems[" + endpoint.system() + "].endpoint." + (aboutTheKey ? "key" : "certificate"),
                            problem.message());
                }
            }
        }
    }

    /**
     * What is wrong with each endpoint's certificate (in the order of {@link SupplierConfig#endpoints()}), read,
     * parsed and validated once a run for all the rules of the family: each reports only its own kinds.
     */
    private static List<List<CertificateProblem>> inspect(ConfigurationContext context) {
        if (!(context.configuration() instanceof SupplierConfig config)) {
            return List.of();
        }
        List<Path> authorities = config.judgedEnvironments().stream()
                .flatMap(environment -> environment.caCertificates().stream())
                .distinct()
                .toList();
        List<List<CertificateProblem>> inspected = new ArrayList<>();
        for (Endpoint endpoint : config.endpoints()) {
            EndpointRegistration registration = new EndpointRegistration(
                    endpoint.asid(),
                    endpoint.host(),
                    endpoint.certificate(),
                    endpoint.alias(),
                    endpoint.key(),
                    endpoint.passwordEnv());
            List<Path> files = new ArrayList<>(authorities);
            files.add(endpoint.certificate());
            endpoint.key().ifPresent(files::add);
            inspected.add(EndpointCertificateCheck.check(
                            registration,
                            authorities,
                            context.now(),
                            Duration.ofDays(endpoint.expiryWarningDays()),
                            System::getenv)
                    .stream()
                    .map(problem -> new CertificateProblem(
                            problem.kind(), problem.warning(), shownFiles(problem.message(), files, endpoint)))
                    .toList());
        }
        return inspected;
    }

    /**
     * The message with each file of the endpoint named as the configuration names it (relative to its directory),
     * not as the absolute path it was read from, which differs from machine to machine.
     */
    private static String shownFiles(String message, List<Path> files, Endpoint endpoint) {
        String shown = message;
        for (Path file : files) {
            shown = shown.replace(file.toString(), endpoint.shown(file));
        }
        return shown;
    }
}
