package org.nemsrules.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
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
import org.nemsrules.engine.UnknownEnvironmentException;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.Glob;
import org.nemsrules.recording.InvalidGlobException;
import org.nemsrules.recording.ScanResult;
import org.nemsrules.report.AtomicFile;
import org.nemsrules.report.Baseline;
import org.nemsrules.report.JunitReportWriter;
import org.nemsrules.report.PrintableText;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.RequirementCoverage;
import org.nemsrules.report.RequirementCoverageWriter;
import org.nemsrules.report.RunInputs;
import org.nemsrules.report.TextReportWriter;
import org.nemsrules.report.ToolInfo;

/**
 * Checks the project's recorded NEMS Subscription API requests and fails the build on findings at or above
 * {@code failOnSeverity}, beyond {@code maxAllowedViolations}. Findings are logged as
 * {@code path:line: rule-id: message} so IDEs link them, and written as reports (SARIF and JUnit XML by default)
 * under {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {
    /** The most findings the failure message lists; the reports and the log hold them all. */
    static final int MAX_FAILING_LISTED = 20;

    /**
     * Directories (or files) holding recordings; those that do not exist are skipped. When none exists: left at the
     * default, the module has no recordings and is skipped with one info line (so the plugin can sit in a parent
     * POM); named in the POM, the build fails unless {@code allowEmptyInput}.
     */
    @Parameter(
            property = "nems.sourceDirectories",
            defaultValue = "${project.basedir}/src/test/nems,${project.basedir}/src/main/nems")
    private List<File> sourceDirectories;

    /** Globs, relative to each source directory, of the files to check. */
    @Parameter(property = "nems.includes", defaultValue = "**/*.http,**/*.har,**/*.xml,**/*.json")
    private List<String> includes;

    /**
     * Globs of files not to check, in addition to those never checked: {@code pom.xml}, {@code target/},
     * {@code node_modules/}, hidden directories, {@code nems-rules.json}, {@code *.expect} and the IDE environment files
     * {@code http-client.env.json} and {@code http-client.private.env.json}.
     */
    @Parameter(property = "nems.excludes")
    private List<String> excludes;

    /**
     * The supplier configuration (systems, mailboxes, environments, severities) the {@code config.*} rules
     * judge against. The default file is used when it exists; a file named explicitly must exist. An invalid
     * file fails the build with one line per problem.
     */
    @Parameter(property = "nems.configFile", defaultValue = "${project.basedir}/nems-rules.yaml")
    private File configFile;

    /** Lowest severity that fails the build: error, warning, info or never. */
    @Parameter(property = "nems.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails. */
    @Parameter(property = "nems.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Skips the check. */
    @Parameter(property = "nems.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The report files to write, any of text, json, sarif, junit, operation-outcome, github and html, as a list or
     * comma-separated. An empty value writes none.
     */
    @Parameter(property = "nems.reportFormats", defaultValue = "sarif,junit")
    private List<String> reportFormats;

    /**
     * Whether a warning fails its test case in the JUnit report ({@code TEST-nems-check.xml}), as an error does. By
     * default a warning is written to its test case's {@code system-out} and the case passes. Whether the build fails
     * still follows {@code failOnSeverity}.
     */
    @Parameter(property = "nems.junitWarningsAsFailures", defaultValue = "false")
    private boolean junitWarningsAsFailures;

    /** Where the report files go: nems-check.sarif, TEST-nems-check.xml, nems-check.json, ... */
    @Parameter(property = "nems.outputDirectory", defaultValue = "${project.build.directory}/nems-reports")
    private File outputDirectory;

    /** Whether each finding is logged, as {@code [ERROR] file:line: rule-id: message}. The summary always is. */
    @Parameter(property = "nems.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    /**
     * A baseline file (written by {@code nems-check --write-baseline} or by {@code updateBaseline}): findings it
     * accepts are not reported, and the summary says how many were baselined and how many of its entries are stale.
     * The file is only read unless {@code updateBaseline} is set. Without it, the configuration's
     * {@code baseline} key is used.
     */
    @Parameter(property = "nems.baseline", alias = "baselineFile")
    private File baseline;

    /** Rewrites {@code baseline} (creating it if need be) to accept the current findings. */
    @Parameter(property = "nems.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /**
     * Also validates each Subscription against the EMS-Subscription-1 profile with HAPI FHIR's instance
     * validator (rule subscription.profile). It adds several seconds and some hundreds of megabytes.
     */
    @Parameter(property = "nems.deepValidation", defaultValue = "false")
    private boolean deepValidation;

    /**
     * The IDE environment ({@code dev}) whose variables {@code .http} recordings are read with: IntelliJ's
     * {@code http-client.env.json} and {@code http-client.private.env.json}, or VS Code's
     * {@code rest-client.environmentVariables} in {@code .vscode/settings.json}, found from each recording's directory
     * upwards (see docs/environments.md). Values from the private file are used but never shown. Without it, only
     * {@code $shared} variables apply. An environment that no environment file of the recordings defines fails the
     * build, naming the environments they do define.
     */
    @Parameter(property = "nems.env")
    private String env;

    /**
     * Masks NHS numbers in logged findings and report files ({@code 943****919}): recordings may hold real
     * patients' numbers, and reports are uploaded to CI and code-scanning services. A credential (a token, a
     * password, a cookie) is never shown, whatever this says.
     */
    @Parameter(property = "nems.redact", defaultValue = "true")
    private boolean redact;

    /**
     * Checks only the recordings changed since this git revision (a branch, tag or commit, e.g.
     * {@code origin/main}): committed, staged or not, and new files git does not ignore. Needs git.
     */
    @Parameter(property = "nems.changedSince")
    private String changedSince;

    /**
     * Lets a run that finds no recording pass, with an info line that nothing was checked. By default such a run fails
     * the build (a source directory with no file matching {@code includes}, or none of the named
     * {@code sourceDirectories} existing), so that a build never passes having checked nothing.
     */
    @Parameter(property = "nems.allowEmptyInput", defaultValue = "false")
    private boolean allowEmptyInput;

    /**
     * Also writes the requirement coverage of the recordings to this file: for each requirement of the NEMS
     * Subscription API, whether a recording breaks it, demonstrates it, never exercises it, or cannot be checked from
     * a recording (docs/coverage.md). The format follows the extension: {@code .json}, {@code .md} or {@code .html}. Redacted as the
     * reports are; computed before a baseline, which hides no violation from it.
     */
    @Parameter(property = "nems.coverageFile")
    private File coverageFile;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The directory the paths in the log and the reports are relative to, and SARIF's {@code %SRCROOT%}. By default
     * the directory the build was started in (the root of a multi-module build, so a module's recording is
     * {@code client/src/test/nems/x.http}, as GitHub annotations and code scanning need), or the module's own
     * directory when the build was started elsewhere. A build started inside one module gives paths from that module;
     * set this to the repository's root ({@code ${maven.multiModuleProjectDirectory}} where {@code .mvn} is at the
     * root) to keep repository paths there too.
     */
    @Parameter(property = "nems.sourceRoot")
    private File sourceRoot;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("NEMS check skipped");
            return;
        }
        Severity threshold = threshold();
        Set<ReportFormat> formats = formats();
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("maxAllowedViolations " + maxAllowedViolations + " is negative");
        }
        if (coverageFile != null
                && RequirementCoverageWriter.Format.forFile(coverageFile.getName())
                        .isEmpty()) {
            throw new MojoExecutionException(
                    "coverageFile " + coverageFile + ": the format follows the extension, .json, .md or .html");
        }
        checkGlobs("includes", includes == null ? List.of() : includes);
        checkGlobs("excludes", excludes == null ? List.of() : excludes);
        List<Path> roots = existingSourceDirectories();
        if (roots.isEmpty()) {
            if (!allowEmptyInput && !defaultSourceDirectories()) {
                throw new MojoExecutionException("none of the sourceDirectories exists: " + sourceDirectories
                        + "; name directories that exist, or set allowEmptyInput (-Dnems.allowEmptyInput=true) to "
                        + "accept a module without recordings");
            }
            getLog().info("No NEMS recordings: none of " + sourceDirectories + " exists");
            return;
        }
        Optional<ScanResult> recordings = recordings(roots);
        if (recordings.isEmpty()) {
            return;
        }
        NemsValidator.Builder builder =
                NemsValidator.builder().baseDirectory(reportRoot()).deepValidation(deepValidation);
        if (env != null && !env.isBlank()) {
            builder.httpEnvironment(env);
        }
        Optional<SupplierConfig> config = configure(builder);
        if (baseline == null) {
            config.flatMap(SupplierConfig::baseline).ifPresent(b -> baseline = b.toFile());
        }
        refuseOverwritingInputs(roots, formats);
        Report validated;
        try {
            validated = builder.build().validate(recordings.get());
        } catch (UnknownEnvironmentException e) {
            throw new MojoExecutionException("env: " + PrintableText.escape(e.getMessage()));
        }
        Report report = baselined(validated).redacted(Redactor.maskingNhsNumbers(redact));
        if (consoleOutput) {
            report.findings().forEach(this::log);
        }
        String summary = TextReportWriter.summary(report);
        getLog().info("NEMS check: " + summary);
        report.notes().forEach(note -> getLog().info("NEMS check: " + PrintableText.escape(note)));
        List<Path> written = writeReports(report, formats);
        if (coverageFile != null) {
            written = new ArrayList<>(written);
            written.add(writeCoverage(validated.redacted(Redactor.maskingNhsNumbers(redact))));
        }
        judge(report, threshold, summary, written);
    }

    private void judge(Report report, Severity threshold, String summary, List<Path> written)
            throws MojoFailureException {
        if (threshold == null) {
            return;
        }
        long violations =
                report.findings().filter(f -> f.severity().isAtLeast(threshold)).count();
        if (violations == 0) {
            return;
        }
        String counted =
                violations + (violations == 1 ? " finding" : " findings") + " at " + threshold.label() + " or above";
        if (violations <= maxAllowedViolations) {
            getLog().warn("NEMS check: " + counted + ", within maxAllowedViolations " + maxAllowedViolations);
            return;
        }
        StringBuilder message = new StringBuilder("NEMS check failed: ").append(counted);
        if (maxAllowedViolations > 0) {
            message.append(" (at most ").append(maxAllowedViolations).append(" allowed)");
        }
        message.append(" in ").append(summary);
        if (!written.isEmpty()) {
            message.append("; reports: ")
                    .append(String.join(
                            ", ", written.stream().map(Path::toString).toList()));
        }
        failing(report, threshold, violations)
                .forEach(line -> message.append(System.lineSeparator()).append(line));
        throw new MojoFailureException(message.toString());
    }

    /**
     * The directory every path in the log and the reports is relative to, SARIF's {@code %SRCROOT%}: by default the
     * directory the build was started in, when it holds this module, so that in a multi-module build a module's
     * recording reads {@code client/src/test/nems/x.http}, the path GitHub annotations and code scanning find in the
     * repository; else this module's own directory.
     */
    private Path reportRoot() {
        Path module = normal(baseDirectory.toPath());
        if (sourceRoot != null) {
            return normal(sourceRoot.toPath());
        }
        String started = session == null ? null : session.getExecutionRootDirectory();
        if (started != null && module.startsWith(normal(Path.of(started)))) {
            return normal(Path.of(started));
        }
        return module;
    }

    /**
     * The findings that fail the build, one line each, for the failure message: Maven prints it at ERROR, so they are
     * seen even when it runs quiet ({@code mvn -q}), which hides the warnings and infos logged one by one, and when
     * {@code consoleOutput} is off. Bounded, since the reports hold them all.
     */
    static List<String> failing(Report report, Severity threshold, long violations) {
        List<String> lines = new ArrayList<>(report.findings()
                .filter(f -> f.severity().isAtLeast(threshold))
                .limit(MAX_FAILING_LISTED)
                .map(f -> PrintableText.escape(f.location().fileAndLine() + ": "
                        + f.severity().label() + " " + f.ruleId() + ": " + f.message()))
                .toList());
        if (violations > lines.size()) {
            lines.add("and " + (violations - lines.size()) + " more");
        }
        return lines;
    }

    private List<Path> existingSourceDirectories() {
        List<Path> roots = new ArrayList<>();
        for (File dir : sourceDirectories) {
            if (dir.exists()) {
                roots.add(dir.toPath());
            }
        }
        return roots;
    }

    /**
     * Whether {@code sourceDirectories} is left at its default: then a module where neither directory exists simply
     * has no recordings, as a module without {@code src/test/java} has no tests.
     */
    private boolean defaultSourceDirectories() {
        Path base = baseDirectory.toPath();
        Set<Path> defaults = Set.of(normal(base.resolve("src/test/nems")), normal(base.resolve("src/main/nems")));
        return sourceDirectories.stream()
                .map(dir -> normal(dir.toPath()))
                .collect(Collectors.toSet())
                .equals(defaults);
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private FileScanner scanner() {
        List<String> excluded = new ArrayList<>(FileScanner.DEFAULT_EXCLUDES);
        if (excludes != null) {
            excluded.addAll(excludes);
        }
        List<String> included = includes == null || includes.isEmpty() ? FileScanner.DEFAULT_INCLUDES : includes;
        return new FileScanner(included, excluded);
    }

    /** Inputs are never written: no report file or baseline may be a recording, or the configuration. */
    private void refuseOverwritingInputs(List<Path> roots, Set<ReportFormat> formats) throws MojoExecutionException {
        RunInputs inputs = RunInputs.of(scanner(), roots);
        if (configFile != null && configFile.isFile()) {
            inputs = inputs.and(configFile.toPath(), "the configuration");
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        ReportFiles.files(formats, outputDirectory.toPath()).forEach(file -> outputs.put(file, "report file"));
        if (coverageFile != null) {
            outputs.put(coverageFile.toPath(), "coverage file");
        }
        if (baseline != null) {
            if (updateBaseline) {
                outputs.put(baseline.toPath(), "baseline");
            } else {
                inputs = inputs.and(baseline.toPath(), "the baseline");
            }
        }
        try {
            ReportFiles.refuseInputs(inputs, outputs);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /**
     * The recordings to check, or none when {@code changedSince} leaves none (then there is nothing to do). A source
     * directory without any recording fails the build unless {@code allowEmptyInput}.
     */
    private Optional<ScanResult> recordings(List<Path> roots) throws MojoExecutionException {
        ScanResult scan;
        try {
            scan = scanner().scan(roots);
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("no such file or directory: " + PrintableText.escape(e.getFile()));
        }
        if (scan.isEmpty() && !allowEmptyInput) {
            // A build that checked nothing must not pass as if everything were fine.
            throw new MojoExecutionException("no NEMS recordings found in " + scan.whereLooked()
                    + "; set allowEmptyInput (-Dnems.allowEmptyInput=true) to accept this");
        }
        if (changedSince == null || changedSince.isBlank() || scan.isEmpty()) {
            return Optional.of(scan);
        }
        try {
            Set<Path> changed = GitChanges.since(baseDirectory.toPath(), changedSince.strip());
            List<Path> kept = scan.files().stream()
                    .filter(f -> changed.contains(normal(f)))
                    .toList();
            getLog().info("NEMS check: " + kept.size() + " of " + scan.files().size() + " recordings changed since "
                    + changedSince.strip());
            // A directory that could not be read may hold changed recordings: it is reported whatever changed.
            if (kept.isEmpty() && scan.unreadableDirectories().isEmpty()) {
                getLog().info("No NEMS recordings to check in " + roots + " changed since " + changedSince.strip());
                return Optional.empty();
            }
            return Optional.of(scan.withFiles(kept));
        } catch (GitChanges.GitException e) {
            throw new MojoExecutionException("changedSince " + changedSince.strip() + ": " + e.getMessage());
        }
    }

    /** Refuses the first glob that cannot be read, naming the parameter: {@code includes '[': unclosed [ …}. */
    private static void checkGlobs(String parameter, List<String> globs) throws MojoExecutionException {
        for (String glob : globs) {
            try {
                Glob.of(glob);
            } catch (InvalidGlobException e) {
                throw new MojoExecutionException(parameter + " " + e.getMessage());
            }
        }
    }

    /** Writes the requirement coverage of {@code report}, whole or not at all. */
    private Path writeCoverage(Report report) throws MojoExecutionException {
        RequirementCoverageWriter.Format format =
                RequirementCoverageWriter.Format.forFile(coverageFile.getName()).orElseThrow();
        RequirementCoverage coverage = RequirementCoverage.of(report);
        try {
            AtomicFile.write(
                    coverageFile.toPath(),
                    out -> new RequirementCoverageWriter(ToolInfo.current()).write(coverage, format, out));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "could not write the coverage file " + coverageFile + ": " + e.getMessage(), e);
        }
        getLog().info("NEMS coverage: " + coverageFile + " (" + coverage.count(RequirementCoverage.Status.VIOLATED)
                + " requirements violated, " + coverage.count(RequirementCoverage.Status.DEMONSTRATED)
                + " demonstrated)");
        return coverageFile.toPath();
    }

    private List<Path> writeReports(Report report, Set<ReportFormat> formats) throws MojoExecutionException {
        try {
            List<Path> written = ReportFiles.write(
                    report,
                    formats,
                    outputDirectory.toPath(),
                    reportRoot(),
                    Redactor.maskingNhsNumbers(redact),
                    junitWarningsAsFailures ? JunitReportWriter.Warnings.FAIL : JunitReportWriter.Warnings.PASS);
            written.forEach(file -> getLog().info("NEMS report: " + file));
            return written;
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "could not write the NEMS reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private Report baselined(Report report) throws MojoExecutionException {
        if (baseline == null) {
            if (updateBaseline) {
                throw new MojoExecutionException("updateBaseline needs baseline, the file to write");
            }
            return report;
        }
        Path file = baseline.toPath();
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
            throw new MojoExecutionException("baseline " + file + " does not exist; create it with "
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
            boolean isDefault = configFile
                    .toPath()
                    .toAbsolutePath()
                    .normalize()
                    .equals(baseDirectory
                            .toPath()
                            .resolve(SupplierConfig.FILE_NAMES.get(0))
                            .toAbsolutePath()
                            .normalize());
            if (isDefault) {
                return Optional.empty();
            }
            throw new MojoExecutionException("configFile " + configFile + ": no such file");
        }
        try {
            // Named as the recordings are, relative to where the build started: its findings (the endpoint
            // certificate's) are listed with theirs.
            Path config = normal(configFile.toPath());
            Path root = reportRoot();
            SupplierConfig supplier = SupplierConfig.load(
                    configFile.toPath(),
                    config.startsWith(root) ? root.relativize(config).toString() : config.toString());
            supplier.applyTo(builder);
            return Optional.of(supplier);
        } catch (ConfigException e) {
            // Maven prints the message as [ERROR] lines: one per problem, file:line first.
            throw new MojoExecutionException("invalid NEMS Rules configuration " + configFile + ":"
                    + System.lineSeparator()
                    + String.join(
                            System.lineSeparator(),
                            e.errors().stream().map(PrintableText::escape).toList()));
        }
    }

    /**
     * {@code path:line: rule-id: message}, control characters shown as escapes: file names and messages come from
     * recordings, and a line feed followed by {@code ::error} would start a workflow command in a CI log.
     */
    private void log(Finding f) {
        String line = PrintableText.escape(f.location().fileAndLine() + ": " + f.ruleId() + ": " + f.message());
        switch (f.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    private Set<ReportFormat> formats() throws MojoExecutionException {
        try {
            return ReportFiles.parse(reportFormats == null ? List.of() : reportFormats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private Severity threshold() throws MojoExecutionException {
        if ("never".equalsIgnoreCase(failOnSeverity.strip())) {
            return null;
        }
        return Severity.fromLabel(failOnSeverity)
                .orElseThrow(() -> new MojoExecutionException(
                        "failOnSeverity '" + failOnSeverity + "' is not one of error, warning, info, never"));
    }
}
