package org.nemsrules.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.Baseline;
import org.nemsrules.report.Report;
import org.nemsrules.report.TextReportWriter;

/**
 * Checks the project's recorded NEMS Subscription API requests and fails the build on findings
 * at or above {@code failOnSeverity}. Findings are logged as {@code path:line: rule-id: message}
 * so IDEs link them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

    /** Directories (or files) holding recordings; those that do not exist are skipped. */
    @Parameter(property = "nems.sourceDirectories",
            defaultValue = "${project.basedir}/src/test/nems,${project.basedir}/src/main/nems")
    private List<File> sourceDirectories;

    /** Lowest severity that fails the build: error, warning, info or never. */
    @Parameter(property = "nems.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * Also validates each Subscription against the EMS-Subscription-1 profile with HAPI FHIR's instance
     * validator (rule subscription.profile). It adds several seconds and some hundreds of megabytes.
     */
    @Parameter(property = "nems.deepValidation", defaultValue = "false")
    private boolean deepValidation;

    /**
     * A baseline file (written by {@code nems-check --write-baseline} or by {@code updateBaseline}): findings it
     * accepts are not reported, and the summary says how many were baselined and how many of its entries are stale.
     * The file is only read unless {@code updateBaseline} is set.
     */
    @Parameter(property = "nems.baselineFile")
    private File baselineFile;

    /** Rewrites {@code baselineFile} (creating it if need be) to accept the current findings. */
    @Parameter(property = "nems.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /**
     * The supplier configuration (systems, mailboxes, environments, severities) the {@code config.*} rules
     * judge against. The default file is used when it exists; a file named explicitly must exist. An invalid
     * file fails the build with one line per problem.
     */
    @Parameter(property = "nems.configFile", defaultValue = "${project.basedir}/nems-rules.yaml")
    private File configFile;

    /** Skips the check. */
    @Parameter(property = "nems.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("NEMS check skipped");
            return;
        }
        Severity threshold = threshold();
        List<Path> roots = new ArrayList<>();
        for (File dir : sourceDirectories) {
            if (dir.exists()) {
                roots.add(dir.toPath());
            }
        }
        if (roots.isEmpty()) {
            getLog().info("No NEMS recordings: none of " + sourceDirectories + " exists");
            return;
        }
        NemsValidator.Builder builder = NemsValidator.builder().baseDirectory(baseDirectory.toPath())
                .deepValidation(deepValidation);
        configure(builder).flatMap(SupplierConfig::baseline).filter(b -> baselineFile == null)
                .ifPresent(b -> baselineFile = b.toFile());
        Report report;
        try {
            report = builder.build().validate(roots);
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("no such file or directory: " + e.getFile());
        }
        report = baselined(report);
        report.findings().forEach(this::log);
        String summary = TextReportWriter.summary(report);
        getLog().info("NEMS check: " + summary);
        report.notes().forEach(note -> getLog().info("NEMS check: " + note));
        if (threshold != null && report.hasFindingsAtLeast(threshold)) {
            throw new MojoFailureException("NEMS check failed: " + summary);
        }
    }

    private Report baselined(Report report) throws MojoExecutionException {
        if (baselineFile == null) {
            if (updateBaseline) {
                throw new MojoExecutionException("updateBaseline needs baselineFile, the baseline to write");
            }
            return report;
        }
        Path file = baselineFile.toPath();
        try {
            if (updateBaseline) {
                Baseline accepted = Baseline.of(report);
                boolean written = accepted.write(file);
                getLog().info("NEMS baseline " + (written ? "written to " : "unchanged: ") + file + " ("
                        + accepted.size() + " entries)");
                return accepted.apply(report);
            }
            return Baseline.read(file).apply(report);
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("baselineFile " + file + " does not exist; create it with "
                    + "-Dnems.updateBaseline=true or nems-check --write-baseline");
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Applies the supplier configuration, when there is one, and returns it. */
    private Optional<SupplierConfig> configure(NemsValidator.Builder builder) throws MojoExecutionException {
        if (configFile == null) {
            return Optional.empty();
        }
        if (!configFile.isFile()) {
            boolean isDefault = configFile.toPath().toAbsolutePath().normalize().equals(
                    baseDirectory.toPath().resolve(SupplierConfig.FILE_NAMES.get(0)).toAbsolutePath().normalize());
            if (isDefault) {
                return Optional.empty();
            }
            throw new MojoExecutionException("configFile " + configFile + ": no such file");
        }
        try {
            SupplierConfig supplier = SupplierConfig.load(configFile.toPath());
            supplier.applyTo(builder);
            return Optional.of(supplier);
        } catch (ConfigException e) {
            // Maven prints the message as [ERROR] lines: one per problem, file:line first.
            throw new MojoExecutionException("invalid NEMS Rules configuration " + configFile + ":"
                    + System.lineSeparator() + String.join(System.lineSeparator(), e.errors()));
        }
    }

    private void log(Finding f) {
        String line = f.location().fileAndLine() + ": " + f.ruleId() + ": " + f.message();
        switch (f.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    private Severity threshold() throws MojoExecutionException {
        if ("never".equalsIgnoreCase(failOnSeverity.strip())) {
            return null;
        }
        return Severity.fromLabel(failOnSeverity).orElseThrow(() -> new MojoExecutionException(
                "failOnSeverity '" + failOnSeverity + "' is not one of error, warning, info, never"));
    }
}
