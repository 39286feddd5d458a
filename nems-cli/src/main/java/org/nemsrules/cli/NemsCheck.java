package org.nemsrules.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.FileProblem;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.UnknownEnvironmentException;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.Glob;
import org.nemsrules.recording.InvalidGlobException;
import org.nemsrules.recording.ScanResult;
import org.nemsrules.report.AtomicFile;
import org.nemsrules.report.Baseline;
import org.nemsrules.report.JunitReportWriter;
import org.nemsrules.report.OutputTarget;
import org.nemsrules.report.PrintableText;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.RequirementCoverage;
import org.nemsrules.report.RequirementCoverageWriter;
import org.nemsrules.report.RunInputs;
import org.nemsrules.report.ToolInfo;
import org.nemsrules.subscription.SubscriptionBody;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nems-check}: checks recorded NEMS Subscription API requests from a shell, a pre-commit
 * hook or CI. Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings at or above it;
 * 2 a usage or configuration error, explained in one line on stderr (an invalid configuration file gives
 * one line per problem, {@code file:line: property.path: message}).
 */
@Command(
        name = "nems-check",
        mixinStandardHelpOptions = true,
        versionProvider = NemsCheck.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        subcommands = ServeCommand.class,
        description = "Checks recorded requests to the NHS NEMS Subscription API (.http, .har, and bare FHIR "
                + "Subscription .xml/.json files) against the published specification.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing found at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage or configuration error, or no recording found (one line on stderr per problem)"
        })
public final class NemsCheck implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    /**
     * What relative paths of the command line are relative to: the process's working directory ({@code ""}), or
     * the directory an embedding names ({@link #run(Path, String...)}), since Java cannot change a running process's
     * working directory. Paths are kept as the user named them, for messages, and resolved against this only to be
     * read or written.
     */
    private final Path workingDirectory;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Files and directories to check. A directory named serve is given as ./serve, since "
                    + "serve alone is the command that serves the simulator.")
    private List<Path> paths = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT[=FILE]",
            converter = ReportOutput.Converter.class,
            completionCandidates = FormatLabels.class,
            description =
                    "One of ${COMPLETION-CANDIDATES} (default: text). Repeat it to write several reports from one "
                            + "run: FORMAT=FILE writes that report to FILE as -o would; at most one FORMAT goes without a file, "
                            + "to -o or stdout. operation-outcome predicts NEMS's answer to each request; github writes "
                            + "annotations for GitHub Actions; html writes one self-contained page.")
    private List<ReportOutput> formats = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report (of the --format without =FILE) to FILE, whole or not at all (default: "
                    + "stdout). A symbolic link is written through to its target; a device or FIFO (/dev/stdout) is "
                    + "written through, never replaced. FILE must not be an input of the run.")
    private Path output;

    @Option(
            names = "--no-redact",
            description = "Show NHS numbers in full in the report. By default they are masked (943****919), because "
                    + "reports are uploaded to CI and code scanning and recordings may hold real patients' numbers. "
                    + "A credential (a token, a password, a cookie) is never shown, with or without this option.")
    private boolean noRedact;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(
            names = "--junit-warnings-as-failures",
            description =
                    "In the JUnit report, a warning fails its test case as an error does. By default a warning is "
                            + "written to its test case's system-out and the case passes. The exit code still follows --fail-on.")
    private boolean junitWarningsAsFailures;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Supplier configuration file (default: nems-rules.yaml, .yml or .json in the current "
                    + "directory, if there is one).")
    private Path config;

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description = "Only files matching GLOB inside directories (repeatable; default: **/*.http, **/*.har, "
                    + "**/*.xml, **/*.json).")
    private List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Skip files matching GLOB inside directories (repeatable; added to the defaults, which "
                    + "skip pom.xml, target/ and hidden directories).")
    private List<String> excludes = new ArrayList<>();

    @Option(
            names = "--allow-empty-input",
            description = "Exit 0, with a note on stderr that nothing was checked, when the PATHs hold no recording "
                    + "(an empty directory, or no file matching --include). Without it that is an error (exit 2), so "
                    + "that a CI job never passes having checked nothing.")
    private boolean allowEmptyInput;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once (default: one per core).")
    private Integer threads;

    @Option(
            names = "--now",
            paramLabel = "INSTANT",
            description = "Judge token expiry against INSTANT (ISO-8601 UTC such as 2026-01-05T09:02:00Z, or epoch "
                    + "seconds). Without it, no rule reads the clock.")
    private String now;

    @Option(
            names = "--deep",
            description = "Also validate each Subscription against the EMS-Subscription-1 profile with HAPI FHIR's "
                    + "instance validator (rule subscription.profile). Adds several seconds to start.")
    private boolean deep;

    @Option(
            names = "--env",
            paramLabel = "NAME",
            description = "Read .http recordings with the IDE environment NAME: the variables of IntelliJ's "
                    + "http-client.env.json and http-client.private.env.json, or VS Code's "
                    + "rest-client.environmentVariables in .vscode/settings.json, found from each recording's directory "
                    + "upwards. Values from the private file are used but never shown. Without it, only $shared "
                    + "variables apply. See docs/environments.md.")
    private String env;

    @Option(
            names = "--enable",
            paramLabel = "RULE",
            description = "Turn on a rule (nhs-number.not-test-data) or a category (nhs-number.*), including rules "
                    + "that are off by default (repeatable).")
    private List<String> enable = new ArrayList<>();

    @Option(
            names = "--disable",
            paramLabel = "RULE",
            description = "Turn off a rule (jwt.unknown-claim) or a category (jwt.*) (repeatable). A rule's own "
                    + "setting wins over its category's.")
    private List<String> disable = new ArrayList<>();

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report only findings not accepted in the baseline FILE, and say how many were baselined "
                    + "and how many of its entries are stale. The file is only read, unless --update-baseline.")
    private Path baseline;

    @Option(
            names = "--update-baseline",
            description = "With --baseline: rewrite FILE to accept the current findings (it is left untouched when "
                    + "they have not changed).")
    private boolean updateBaseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Write the current findings to the baseline FILE, to be used later with --baseline (written "
                    + "as -o writes its FILE).")
    private Path writeBaseline;

    @Option(
            names = "--coverage",
            paramLabel = "FILE",
            description = "Also write the requirement coverage of the recordings to FILE: for each requirement of "
                    + "the NEMS Subscription API, whether a recording breaks it, demonstrates it (a rule examined a "
                    + "request and found it clean), never exercises it, or cannot be checked from a recording. "
                    + "The format follows the extension: .json, .md or .html. Redacted as the report is.")
    private Path coverage;

    @Option(names = "--list-rules", description = "List the rules and exit.")
    private boolean listRules;

    public static void main(String[] args) {
        if (List.of(args).contains(ServeCommand.NAME)) {
            warmUpInBackground();
        }
        System.exit(run(args));
    }

    /**
     * For {@code serve}: starts reading a first Subscription body on a thread of its own from the first moment, while
     * this thread parses the command line, builds the validator and starts the server, so that HAPI's context, the
     * largest single cost of a cold start, is off the way to the first answer (docs/benchmarks.md). Not for a check:
     * it would pay for it in processor time whenever it reads no create, and gains little when it does. The word is
     * looked for before picocli runs, which is the point; an argument "serve" that is not the subcommand only costs
     * the warm-up.
     */
    private static void warmUpInBackground() {
        Thread warmUp = new Thread(NemsCheck::warmUp, "nems-check-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void warmUp() {
        try {
            SubscriptionBody.warmUp();
        } catch (RuntimeException | Error e) {
            // A warm-up judges nothing: whatever failed here fails again, and is reported, when a body is read.
        }
    }

    private NemsCheck(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Runs the command as {@code main} would, without exiting: for tests and embedding. */
    static int run(String... args) {
        return run(Path.of(""), args);
    }

    /**
     * Runs the command as {@code main} would, without exiting, as if started in {@code workingDirectory}: relative
     * paths of {@code args}, and the configuration file looked for in the working directory, are taken from there,
     * and reports show paths relative to it. Writes to {@link System#out} and {@link System#err} as {@code main}
     * does. For tests and embedding.
     *
     * @return the exit code {@code main} would exit with
     */
    public static int run(Path workingDirectory, String... args) {
        CommandLine cli = new CommandLine(new NemsCheck(workingDirectory));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, a) -> usageError(MistypedOption.describe(e)));
        cli.setExecutionExceptionHandler((e, c, parsed) -> usageError(oneLine(e)));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // Last resort: a user sees one line, never a stack trace.
            return usageError("internal error (please report it): " + oneLine(e));
        }
    }

    @Override
    public Integer call() throws IOException {
        if (listRules) {
            return listRules();
        }
        if (paths.isEmpty()) {
            return usageError("no PATH given; try 'nems-check sample-payloads' or 'nems-check --help'");
        }
        Optional<String> formatsError = formatsError();
        if (formatsError.isPresent()) {
            return usageError(formatsError.get());
        }
        if (coverage != null
                && RequirementCoverageWriter.Format.forFile(coverage.toString()).isEmpty()) {
            return usageError("--coverage " + coverage + ": the format follows the extension, .json, .md or .html");
        }
        Optional<Severity> threshold =
                "never".equalsIgnoreCase(failOn.strip()) ? Optional.empty() : Severity.fromLabel(failOn);
        if (threshold.isEmpty() && !"never".equalsIgnoreCase(failOn.strip())) {
            return usageError("--fail-on '" + failOn + "' is not one of error, warning, info, never");
        }
        Optional<String> globError = globError("--include", includes).or(() -> globError("--exclude", excludes));
        if (globError.isPresent()) {
            return usageError(globError.get());
        }
        Optional<String> configError = ValidatorSetup.missingConfig(workingDirectory, config);
        if (configError.isPresent()) {
            return usageError(configError.get());
        }
        RuleCatalog catalog = RuleCatalog.discover();
        NemsValidator.Builder builder =
                NemsValidator.builder().catalog(catalog).deepValidation(deep).baseDirectory(workingDirectory);
        Optional<Path> configFile = ValidatorSetup.configFile(workingDirectory, config, paths);
        if (configFile.isPresent()) {
            Optional<SupplierConfig> supplier = ValidatorSetup.applyConfig(workingDirectory, configFile.get(), builder);
            if (supplier.isEmpty()) {
                return USAGE;
            }
            // The file's baseline is used when the command line names none; --write-baseline names its own.
            if (baseline == null && writeBaseline == null) {
                baseline = supplier.get().baseline().orElse(null);
            }
        }
        if (updateBaseline && baseline == null) {
            return usageError("--update-baseline needs --baseline FILE, the baseline to rewrite");
        }
        if (writeBaseline != null && baseline != null) {
            return usageError("--write-baseline and --baseline cannot be used together; to rewrite a baseline use "
                    + "--baseline FILE --update-baseline");
        }
        if (baseline != null && !updateBaseline && !Files.exists(at(baseline))) {
            return usageError("--baseline " + baseline + ": no such file; create it with --write-baseline " + baseline);
        }
        Optional<String> overwrite = overwrittenInput(configFile);
        if (overwrite.isPresent()) {
            return usageError(overwrite.get());
        }
        // After the file's severities, so that the command line has the last word.
        Optional<String> selectionError = selectRules(builder, catalog);
        if (selectionError.isPresent()) {
            return usageError(selectionError.get());
        }
        if (threads != null) {
            if (threads < 1) {
                return usageError("--threads must be at least 1, was " + threads);
            }
            builder.threads(threads);
        }
        if (now != null) {
            Optional<Instant> instant = ValidatorSetup.instant(now);
            if (instant.isEmpty()) {
                return usageError(ValidatorSetup.notAnInstant(now));
            }
            builder.judgingInstant(instant.get());
        }
        if (env != null) {
            if (env.isBlank()) {
                return usageError("--env needs the name of an environment, such as --env dev");
            }
            builder.httpEnvironment(env);
        }
        ScanResult scan;
        try {
            scan = scanner().scan(workingDirectory, paths);
        } catch (NoSuchFileException e) {
            return usageError(e.getFile() + ": no such file or directory");
        }
        if (scan.isEmpty()) {
            // A gate that checked nothing must not pass as if everything were fine.
            if (!allowEmptyInput) {
                return usageError(
                        "no recordings found in " + scan.whereLooked() + "; pass --allow-empty-input to accept this");
            }
            System.err.println("nems-check: "
                    + PrintableText.escape("nothing was checked: no recordings found in " + scan.whereLooked()));
        }
        Report validated;
        try {
            validated = builder.build().validate(scan);
        } catch (UnknownEnvironmentException e) {
            return usageError("--env: " + e.getMessage());
        }
        Report report = baselined(validated);
        Report shown = report.redacted(redactor());
        for (Destination destination : destinations()) {
            write(shown, destination);
        }
        if (coverage != null) {
            // Before the baseline: a finding it accepts still breaks its requirement.
            writeCoverage(RequirementCoverage.of(validated.redacted(redactor())));
        }
        return threshold.isPresent() && report.hasFindingsAtLeast(threshold.get()) ? FINDINGS : OK;
    }

    /**
     * Why an output of this run cannot be written, if one cannot: it is a directory, it would overwrite an input (a
     * recording, the configuration, a baseline only read), or two outputs name one file. Said before anything is
     * checked, so that a mistyped {@code -o} costs nothing.
     */
    private Optional<String> overwrittenInput(Optional<Path> configFile) {
        RunInputs inputs = RunInputs.of(scanner(), workingDirectory, paths);
        if (configFile.isPresent()) {
            inputs = inputs.and(configFile.get(), "the configuration");
        }
        if (baseline != null && !updateBaseline) {
            inputs = inputs.and(baseline, "the baseline");
        }
        // Each output after the option that named it: "-o ", "--format sarif=".
        List<Map.Entry<String, Path>> outputs = new ArrayList<>();
        for (Destination destination : destinations()) {
            destination.file().ifPresent(file -> outputs.add(Map.entry(destination.option(), file)));
        }
        if (writeBaseline != null) {
            outputs.add(Map.entry("--write-baseline ", writeBaseline));
        }
        if (updateBaseline && baseline != null) {
            outputs.add(Map.entry("--update-baseline ", baseline));
        }
        if (coverage != null) {
            outputs.add(Map.entry("--coverage ", coverage));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Path> named : outputs) {
            String shown = named.getKey() + named.getValue();
            try {
                Optional<RunInputs.Overwritten> input = inputs.overwrittenBy(named.getValue());
                if (input.isPresent()) {
                    return Optional.of(shown + ": " + input.get().describe() + "; inputs are never written: "
                            + "write it elsewhere, e.g. under target/"
                            + (input.get().fromDirectory() ? ", or --exclude it" : ""));
                }
                OutputTarget target = OutputTarget.of(workingDirectory, named.getValue());
                if (target.kind() != OutputTarget.Kind.STREAM) {
                    Path file = target.realFile();
                    if (written.contains(file)) {
                        return Optional.of(shown + ": is also another output of this run; name two files");
                    }
                    written.add(file);
                }
            } catch (IOException e) {
                // OutputTarget says what is wrong with the output ("/: is a directory") after its name.
                return Optional.of(named.getKey() + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * A report this run writes: its format, and its file ({@code --format FORMAT=FILE}, or {@code -o}), or none for
     * stdout.
     *
     * @param option how the file was named, put before it in messages: {@code "--format sarif="}, {@code "-o "}
     */
    private record Destination(ReportFormat format, String option, Optional<Path> file) {}

    /** Each report to write, in the order of the {@code --format} options; text alone when none is given. */
    private List<Destination> destinations() {
        return requestedFormats().stream()
                .map(r -> r.file().isPresent()
                        ? new Destination(r.format(), "--format " + r.format().label() + "=", r.file())
                        : new Destination(r.format(), "-o ", Optional.ofNullable(output)))
                .toList();
    }

    private List<ReportOutput> requestedFormats() {
        return formats.isEmpty() ? List.of(ReportOutput.DEFAULT) : formats;
    }

    /**
     * Why the {@code --format} options cannot be written as given, if they cannot: two reports to one stream would
     * mix, and an {@code -o} no format writes to, or a JUnit option without a JUnit report, would be dropped in silence.
     */
    private Optional<String> formatsError() {
        List<ReportOutput> unnamed =
                requestedFormats().stream().filter(r -> r.file().isEmpty()).toList();
        if (unnamed.size() > 1) {
            return Optional.of("--format " + unnamed.get(0).written() + " and --format "
                    + unnamed.get(1).written()
                    + " would both write to " + (output == null ? "stdout" : "-o " + output) + "; name a file for all "
                    + "but one, e.g. --format " + unnamed.get(1).written() + "=FILE");
        }
        if (output != null && unnamed.isEmpty()) {
            return Optional.of("-o " + output + ": every --format names its own file, so nothing would be written to "
                    + "it; drop -o, or give one --format without =FILE");
        }
        if (junitWarningsAsFailures && requestedFormats().stream().noneMatch(r -> r.format() == ReportFormat.JUNIT)) {
            return Optional.of("--junit-warnings-as-failures changes only the JUnit report; add --format junit or "
                    + "junit=FILE");
        }
        return Optional.empty();
    }

    /** Applies --enable and --disable, or says in one line why one of them names no rule. */
    private Optional<String> selectRules(NemsValidator.Builder builder, RuleCatalog catalog) {
        List<RuleSelector> on = new ArrayList<>();
        List<RuleSelector> off = new ArrayList<>();
        for (String text : enable) {
            RuleSelector.Result parsed = RuleSelector.parse("--enable", text, catalog);
            if (parsed.selector().isEmpty()) {
                return Optional.of(parsed.error());
            }
            on.add(parsed.selector().get());
        }
        for (String text : disable) {
            RuleSelector.Result parsed = RuleSelector.parse("--disable", text, catalog);
            if (parsed.selector().isEmpty()) {
                return Optional.of(parsed.error());
            }
            off.add(parsed.selector().get());
        }
        // Options lose their relative order once parsed, so "on and off" has no last word to honour: refuse it.
        Optional<RuleSelector> both = on.stream().filter(off::contains).findFirst();
        if (both.isPresent()) {
            return Optional.of("'" + both.get().selector() + "' is both enabled and disabled; keep one of "
                    + "--enable and --disable");
        }
        on.forEach(s -> builder.enable(s.selector()));
        off.forEach(s -> builder.disable(s.selector()));
        return Optional.empty();
    }

    /**
     * Applies the baseline asked for. Writing or updating one accepts every current finding, so the run then
     * reports none; reading one never writes it, so CI can keep it read-only.
     */
    private Report baselined(Report report) throws IOException {
        Path rewrite = writeBaseline != null ? writeBaseline : updateBaseline ? baseline : null;
        if (rewrite != null) {
            Baseline accepted = Baseline.of(report);
            boolean written;
            try {
                written = accepted.write(workingDirectory, rewrite);
            } catch (OutputTarget.OutputException e) {
                throw e.after(writeBaseline != null ? "--write-baseline" : "--baseline");
            }
            System.err.println(PrintableText.escape("nems-check: " + (written ? "wrote " : "left unchanged ") + rewrite
                    + " (" + accepted.size() + (accepted.size() == 1 ? " entry)" : " entries)")));
            return accepted.apply(report);
        }
        return baseline != null ? Baseline.read(workingDirectory, baseline).apply(report) : report;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    /** The file a path of the command line names: relative to the working directory the command runs in. */
    Path at(Path named) {
        return workingDirectory.resolve(named);
    }

    private Redactor redactor() {
        return Redactor.maskingNhsNumbers(!noRedact);
    }

    /** The first glob of an option that cannot be read, said with the option: {@code --include '[': unclosed [ …}. */
    private static Optional<String> globError(String option, List<String> globs) {
        for (String glob : globs) {
            try {
                Glob.of(glob);
            } catch (InvalidGlobException e) {
                return Optional.of(option + " " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private FileScanner scanner() {
        List<String> allExcludes = new ArrayList<>(FileScanner.DEFAULT_EXCLUDES);
        allExcludes.addAll(excludes);
        return new FileScanner(includes.isEmpty() ? FileScanner.DEFAULT_INCLUDES : includes, allExcludes);
    }

    private void write(Report report, Destination to) throws IOException {
        JunitReportWriter.Warnings warnings =
                junitWarningsAsFailures ? JunitReportWriter.Warnings.FAIL : JunitReportWriter.Warnings.PASS;
        if (to.file().isEmpty()) {
            // JDK 17 to 21 and 25 give no console when stdout is redirected; JDK 22 to 24 may give one anyway, and
            // Console.isTerminal(), which tells, is not in JDK 17. Known and left as it is (docs/quality.md).
            @SuppressWarnings("SystemConsoleNull")
            boolean colour =
                    to.format() == ReportFormat.TEXT && System.console() != null && System.getenv("NO_COLOR") == null;
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            to.format().writer(colour, workingDirectory, redactor(), warnings).write(report, out);
            out.flush();
            return;
        }
        // Written whole or not at all: a report is never left half-written for a CI step to upload.
        try {
            AtomicFile.write(
                    workingDirectory,
                    to.file().get(),
                    out -> to.format()
                            .writer(false, workingDirectory, redactor(), warnings)
                            .write(report, out));
        } catch (OutputTarget.OutputException e) {
            // "-o report.sarif: permission denied", "--format sarif=report.sarif: permission denied"
            throw new IOException(to.option() + e.getMessage(), e);
        }
    }

    private void writeCoverage(RequirementCoverage measured) throws IOException {
        RequirementCoverageWriter.Format format =
                RequirementCoverageWriter.Format.forFile(coverage.toString()).orElseThrow();
        try {
            AtomicFile.write(
                    workingDirectory,
                    coverage,
                    out -> new RequirementCoverageWriter(ToolInfo.current()).write(measured, format, out));
        } catch (OutputTarget.OutputException e) {
            throw new IOException("--coverage " + e.getMessage(), e);
        }
    }

    private int listRules() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        List<RuleMetadata> rules = RuleCatalog.discover().metadata();
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleMetadata rule : rules) {
            out.printf(
                    "%-" + width + "s  %-7s  %s%s%s%n",
                    rule.id(),
                    rule.defaultSeverity().label(),
                    rule.title(),
                    rule.enabledByDefault() ? "" : " (off by default)",
                    rule.requirements().isEmpty() ? "" : " [" + String.join(", ", rule.requirements()) + "]");
        }
        return OK;
    }

    /**
     * One line on stderr. Messages name paths and quote arguments, which may hold a line feed or an escape sequence:
     * shown as escapes, so that no line of a CI log starts a workflow command of a file's choosing.
     */
    static int usageError(String message) {
        System.err.println("nems-check: " + PrintableText.escape(message));
        return USAGE;
    }

    static String oneLine(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            // The JDK's message is the file's name alone; say what went wrong with it.
            return f.getFile() + ": " + FileProblem.describe(f);
        }
        String message = e.getMessage() == null
                ? "internal error (please report it): " + e.getClass().getSimpleName()
                : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The formats for {@code --help}, from the one list in {@link ReportFormat}. */
    static final class FormatLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ReportFormat.labels().iterator();
        }
    }

    /** The version written into the jar by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            ToolInfo tool = ToolInfo.current();
            return new String[] {tool.name() + " " + tool.version()};
        }
    }
}
