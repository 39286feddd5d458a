package org.nemsrules.engine;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.nemsrules.fhir.DeepProfileValidator;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;
import org.nemsrules.model.Suppression;
import org.nemsrules.recording.EnvironmentFileProblem;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.IdeEnvironmentFiles;
import org.nemsrules.recording.ReadProblem;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.recording.ScanResult;
import org.nemsrules.recording.UnreadableDirectory;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

/**
 * Validates recorded requests to the NEMS Subscription API. Built once, immutable, and safe to
 * share between threads: validating many files in parallel gives the same findings, in the same
 * order, as validating them one by one.
 *
 * <pre>{@code
 * NemsValidator validator = NemsValidator.builder().build();
 * Report report = validator.validate(List.of(Path.of("src/test/nems")));
 * if (report.hasFindingsAtLeast(Severity.ERROR)) { ... }
 *
 * ValidationReport one = validator.validateRequest(httpRequest);   // a java.net.http.HttpRequest built in a test
 * assert one.isValid() : one.describe();
 * }</pre>
 *
 * <p>The {@code validateRequest} methods are the supported way to check requests built in code; see
 * {@code docs/api.md}.
 */
public final class NemsValidator {
    private static final Comparator<Finding> IN_FILE_ORDER = Comparator.comparingInt(
                    (Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().interaction());

    /**
     * The most findings one rule lists for one request (or, for a rule on the whole file, one file); the
     * suppression rules are held to it too, per request.
     * No real recording comes near it; a hostile one (a criteria of a million {@code &}) would
     * otherwise produce a report nobody reads and cost time that grows with the square of its findings.
     */
    public static final int MAX_FINDINGS_PER_RULE = 100;

    /** The most skipped files the run's note names; it counts them all. */
    static final int MAX_SKIPPED_NAMED = 10;

    private final RuleCatalog catalog;
    private final List<RecordingRule> recordingRules;
    private final List<InteractionRule> interactionRules;
    private final List<SuppressionRule> suppressionRules;
    private final List<VerdictRule> verdictRules;
    private final List<ConfigurationRule> configurationRules;
    private final List<TraitReader> traitReaders = RuleCatalog.builtInTraitReaders();
    private final Map<String, Optional<Severity>> severities;
    private final Path baseDirectory;
    private final FileScanner scanner;
    private final long maxRecordingBytes;
    private final Optional<String> httpEnvironment;
    private final int threads;
    private final Optional<Instant> judgingInstant;
    private final boolean deepValidation;
    private final Optional<Configuration> configuration;

    private NemsValidator(Builder b) {
        this.catalog = b.catalog != null ? b.catalog : RuleCatalog.discover();
        this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
        this.scanner = b.scanner;
        this.maxRecordingBytes = b.maxRecordingBytes;
        this.httpEnvironment = Optional.ofNullable(b.httpEnvironment);
        this.threads = b.threads;
        this.judgingInstant = Optional.ofNullable(b.judgingInstant);
        this.deepValidation = b.deepValidation;
        this.configuration = Optional.ofNullable(b.configuration);
        Map<String, Optional<Severity>> resolved = new LinkedHashMap<>();
        List<RecordingRule> recording = new ArrayList<>();
        List<InteractionRule> interaction = new ArrayList<>();
        List<SuppressionRule> suppression = new ArrayList<>();
        List<VerdictRule> verdict = new ArrayList<>();
        List<ConfigurationRule> configurationWide = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            Optional<Severity> severity = b.severityFor(rule.metadata());
            resolved.put(rule.id(), severity);
            if (severity.isEmpty()) {
                continue;
            }
            if (rule instanceof RecordingRule r) {
                recording.add(r);
            } else if (rule instanceof SuppressionRule r) {
                suppression.add(r);
            } else if (rule instanceof VerdictRule r) {
                verdict.add(r);
            } else if (rule instanceof ConfigurationRule r) {
                configurationWide.add(r);
            } else if (rule instanceof InteractionRule r) {
                interaction.add(r);
            }
        }
        this.severities = Map.copyOf(resolved);
        this.recordingRules = List.copyOf(recording);
        this.interactionRules = List.copyOf(interaction);
        this.suppressionRules = List.copyOf(suppression);
        this.verdictRules = List.copyOf(verdict);
        this.configurationRules = List.copyOf(configurationWide);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** The supplier configuration the {@code config.*} rules judge against, when one was given. */
    public Optional<Configuration> configuration() {
        return configuration;
    }

    /** The findings for one request. */
    public List<Finding> validate(Interaction interaction) {
        List<Finding> findings = new ArrayList<>();
        check(interaction, findings, new LongAdder(), new ArrayList<>(), new ArrayList<>());
        findings.sort(IN_FILE_ORDER);
        return List.copyOf(findings);
    }

    /**
     * Validates one request built in code, e.g. by {@link Interactions#request}: a report of its findings and of
     * the checks this validator could not make.
     */
    public ValidationReport validateRequest(Interaction request) {
        return new ValidationReport(
                List.of(request),
                validate(request),
                unavailableChecks().stream().toList());
    }

    /**
     * Validates a {@link HttpRequest} as a client would send it, its body read from its body publisher (see
     * {@link Interactions#from(HttpRequest)}). Headers {@code HttpClient} adds itself ({@code Content-Length},
     * {@code Host}) are not part of a {@code HttpRequest}, and no rule asks for them.
     *
     * @throws IllegalArgumentException when the body publisher cannot be read
     */
    public ValidationReport validateRequest(HttpRequest request) {
        return validateRequest(Interactions.from(request));
    }

    /** Validates a {@link HttpRequest} with its body given as the text handed to its body publisher. */
    public ValidationReport validateRequest(HttpRequest request, String body) {
        return validateRequest(Interactions.from(request, body));
    }

    /** Validates a {@link HttpRequest} with its body given as bytes. */
    public ValidationReport validateRequest(HttpRequest request, byte[] body) {
        return validateRequest(Interactions.from(request, body));
    }

    /** Validates a request given as method, absolute URI, header fields (each name with its values) and body. */
    public ValidationReport validateRequest(String method, URI uri, Map<String, List<String>> headers, String body) {
        return validateRequest(Interactions.of(method, uri, headers, body));
    }

    /**
     * Reads and validates one file; never throws for what the file holds. A {@code .http} file is read with its IDE
     * environment ({@link Builder#httpEnvironment}); what is wrong with an environment file is reported here on the
     * recording, at line 0, naming the environment file and its line, since only the recording's result is returned.
     *
     * @throws UnknownEnvironmentException when an environment was chosen that no environment file of this
     *                                     {@code .http} file defines
     */
    public FileResult validateFile(Path file) {
        return validateFile(file, new LongAdder());
    }

    /** Reads and validates one file, counting in {@code deepValidated} the Subscriptions deep validation judged. */
    private FileResult validateFile(Path file, LongAdder deepValidated) {
        Path absolute = file.toAbsolutePath().normalize();
        IdeEnvironmentFiles environments = environmentFiles();
        refuseUnknownEnvironment(environments, List.of(absolute));
        FileResult result = validateFile(absolute, environments, deepValidated);
        List<EnvironmentFileProblem> problems = environments.problems();
        if (problems.isEmpty()) {
            return result;
        }
        List<ReadProblem> onRecording = problems.stream()
                .map(p -> new ReadProblem(
                        ReadProblem.ENVIRONMENT_FILE,
                        0,
                        null,
                        shownPath(p.file()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()))
                .toList();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(
                validate(new Recording(result.path(), List.of(), onRecording)).findings());
        findings.sort(IN_FILE_ORDER);
        return result.withFindings(result.interactions(), findings);
    }

    /** One file of a run, read with the run's environment files, its private values masked in what is reported. */
    private FileResult validateFile(Path absolute, IdeEnvironmentFiles environments, LongAdder deepValidated) {
        String shown = shownPath(absolute);
        FileResult result;
        try {
            result = validate(
                    new RecordingReader(maxRecordingBytes, environments)
                            .withDynamicInstant(judgingInstant.orElse(null))
                            .read(absolute, shown),
                    deepValidated);
        } catch (OutOfMemoryError e) {
            // What this file needed is garbage once the error is here; the other files can still be checked.
            return validate(
                    Recording.unreadable(
                            shown,
                            new ReadProblem(
                                    ReadProblem.UNREADABLE_FILE,
                                    0,
                                    null,
                                    String.format(
                                            "there was not enough memory to check the file (%,d bytes of heap in all); give Java more "
                                                    + "(e.g. -Xmx512m), or split the file",
                                            Runtime.getRuntime().maxMemory()))),
                    deepValidated);
        }
        if (RecordingReader.format(absolute) != RecordingReader.Format.HTTP) {
            return result;
        }
        return PrivateValues.of(environments.forRecording(absolute)).mask(result);
    }

    /** The environment files of one run: each read once, whatever the number of recordings and threads. */
    private IdeEnvironmentFiles environmentFiles() {
        return new IdeEnvironmentFiles(httpEnvironment, baseDirectory, this::shownPath);
    }

    private static void refuseUnknownEnvironment(IdeEnvironmentFiles environments, List<Path> files) {
        Optional<String> unknown = environments.unknownChosen(files);
        if (unknown.isPresent()) {
            throw new UnknownEnvironmentException(unknown.get());
        }
    }

    /** Validates what a reader made of one file. */
    public FileResult validate(Recording recording) {
        return validate(recording, new LongAdder());
    }

    private FileResult validate(Recording recording, LongAdder deepValidated) {
        List<Finding> findings = new ArrayList<>();
        for (RecordingRule rule : recordingRules) {
            FindingSink sink = new FindingSink(rule.metadata(), severity(rule), recording.file(), -1, findings);
            guarded(rule, recording.file(), -1, findings, () -> rule.check(recording, sink));
            sink.unlisted("file").ifPresent(findings::add);
        }
        List<List<String>> examinedBy = new ArrayList<>();
        List<List<Trait>> traits = new ArrayList<>();
        for (Interaction interaction : recording.interactions()) {
            List<String> examined = new ArrayList<>();
            List<Trait> read = new ArrayList<>();
            check(interaction, findings, deepValidated, examined, read);
            examinedBy.add(examined.stream().sorted().toList());
            traits.add(read);
        }
        findings.sort(IN_FILE_ORDER);
        return new FileResult(
                recording.file(),
                recording.interactions().stream().map(Interaction::label).toList(),
                findings,
                examinedBy,
                traits);
    }

    /**
     * Finds the recordings under the given files and directories and validates them, in parallel
     * when the validator was built with more than one thread. When it finds none, the report has no files and
     * a note says where it looked: see {@link #validate(ScanResult)}.
     *
     * @throws NoSuchFileException         when a path does not exist
     * @throws UnknownEnvironmentException when an environment was chosen that no environment file of the
     *                                     {@code .http} recordings defines
     */
    public Report validate(Collection<Path> paths) throws NoSuchFileException {
        return validate(scanner.scan(paths));
    }

    /**
     * Validates what a scan found. Each directory it could not read becomes a {@code recording.unreadable-file}
     * finding on that directory, since the recordings it may hold were not checked. A scan that found nothing gives
     * a report without recordings ({@code report.interactionCount() == 0}; its only file, if any, is the
     * configuration's, with what the {@link ConfigurationRule}s found) whose first note says that nothing was checked and
     * where the scan looked; whether that is an error is the caller's to say (the command line and the Maven plugin
     * refuse it unless told to accept it). Never throws for what it finds. Each {@code .http} recording is read with
     * its IDE environment; an environment file that cannot be used is a {@code recording.environment-file} finding
     * on that file.
     *
     * @throws UnknownEnvironmentException when an environment was chosen that no environment file of the
     *                                     {@code .http} recordings defines
     */
    public Report validate(ScanResult scan) {
        List<Path> files = scan.files();
        IdeEnvironmentFiles environments = environmentFiles();
        refuseUnknownEnvironment(environments, files);
        LongAdder deepValidated = new LongAdder();
        List<FileResult> results = new ArrayList<>(
                threads <= 1 || files.size() <= 1
                        ? serially(files, environments, deepValidated)
                        : inParallel(files, environments, deepValidated));
        Map<Path, List<ReadProblem>> environmentProblems = new LinkedHashMap<>();
        for (EnvironmentFileProblem problem : environments.problems()) {
            environmentProblems
                    .computeIfAbsent(problem.file(), f -> new ArrayList<>())
                    .add(new ReadProblem(
                            ReadProblem.ENVIRONMENT_FILE, problem.line(), problem.column(), problem.message()));
        }
        environmentProblems.forEach(
                (file, problems) -> results.add(validate(new Recording(shownPath(file), List.of(), problems))));
        for (UnreadableDirectory directory : scan.unreadableDirectories()) {
            String shown = shownPath(directory.path().toAbsolutePath().normalize());
            results.add(validate(Recording.unreadable(
                    shown,
                    new ReadProblem(
                            ReadProblem.UNREADABLE_FILE,
                            0,
                            null,
                            "the directory could not be read: " + directory.reason()))));
        }
        checkConfiguration().ifPresent(results::add);
        List<String> notes = new ArrayList<>();
        if (scan.isEmpty()) {
            notes.add("nothing was checked: no recordings were found in " + scan.whereLooked());
        }
        if (!scan.skipped().isEmpty()) {
            notes.add(skipped(scan));
        }
        unavailableChecks().ifPresent(notes::add);
        if (httpEnvironment.isPresent()
                && files.stream().noneMatch(f -> RecordingReader.format(f) == RecordingReader.Format.HTTP)) {
            notes.add("the environment '" + httpEnvironment.get() + "' was chosen, but no .http recording was checked; "
                    + "only .http recordings have environments");
        }
        deepValidationNote(deepValidated.sum()).ifPresent(notes::add);
        return new Report(
                results.stream().sorted(Comparator.comparing(FileResult::path)).toList(), catalog.metadata(), notes);
    }

    /**
     * The findings of the configuration rules, on the configuration's file; none when no configuration was given or
     * no rule found anything (a clean configuration is no file of the report, as it holds no request).
     */
    private Optional<FileResult> checkConfiguration() {
        Configuration given = configuration.orElse(null);
        if (given == null || configurationRules.isEmpty()) {
            return Optional.empty();
        }
        ConfigurationContext context = new ConfigurationContext(given, judgingInstant.orElseGet(Instant::now));
        List<Finding> findings = new ArrayList<>();
        for (ConfigurationRule rule : configurationRules) {
            FindingSink sink = new FindingSink(rule.metadata(), severity(rule), given.source(), -1, findings);
            guarded(rule, given.source(), -1, findings, () -> rule.check(context, sink));
            sink.unlisted("file").ifPresent(findings::add);
        }
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        findings.sort(IN_FILE_ORDER);
        return Optional.of(new FileResult(given.source(), List.of(), findings));
    }

    /**
     * {@code 2 files skipped: not FHIR resources (…): package.json, logback-test.xml}: which files a walk passed over,
     * so that a recording passed over by mistake can be seen, and named to be read. The list is bounded: a
     * {@code node_modules} outside the default excludes could hold thousands.
     */
    private String skipped(ScanResult scan) {
        List<Path> skipped = scan.skipped();
        List<String> shown = skipped.stream()
                .limit(MAX_SKIPPED_NAMED)
                .map(file -> shownPath(file.toAbsolutePath().normalize()))
                .toList();
        return scan.skippedCount() + " (a .json or .xml file found in a directory is read only when it starts like "
                + "a FHIR resource; name the file to read it anyway): " + String.join(", ", shown)
                + (skipped.size() > shown.size() ? " and " + (skipped.size() - shown.size()) + " more" : "");
    }

    /**
     * Which checks this validator cannot make, said once for a run rather than once per request: the rules
     * that judge against a supplier configuration, when none was given.
     */
    public java.util.Optional<String> unavailableChecks() {
        if (configuration.isPresent()) {
            return Optional.empty();
        }
        List<String> ids = interactionRules.stream()
                .filter(InteractionRule::needsConfiguration)
                .map(Rule::id)
                .toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no supplier configuration (nems-rules.yaml) was given, so " + ids.size()
                + (ids.size() == 1 ? " check was" : " checks were") + " not possible: " + String.join(", ", ids)
                + " (see docs/configuration.md)");
    }

    /**
     * That deep validation ran, on how many Subscriptions and with which validator, when it was asked for; or that it
     * did not, when its rule is turned off. A run that asked for it and said nothing could have skipped it in silence.
     */
    private Optional<String> deepValidationNote(long subscriptions) {
        if (!deepValidation) {
            return Optional.empty();
        }
        if (severities
                .getOrDefault(DeepProfileValidator.RULE_ID, Optional.empty())
                .isEmpty()) {
            return Optional.of("deep validation was asked for but did not run: the rule " + DeepProfileValidator.RULE_ID
                    + " is turned off");
        }
        return Optional.of("deep validation against EMS-Subscription-1 ran on " + subscriptions
                + (subscriptions == 1 ? " Subscription" : " Subscriptions") + " (HAPI FHIR "
                + DeepProfileValidator.hapiVersion() + ")");
    }

    private List<FileResult> serially(List<Path> files, IdeEnvironmentFiles environments, LongAdder deepValidated) {
        return files.stream()
                .map(f -> validateFile(f.toAbsolutePath().normalize(), environments, deepValidated))
                .toList();
    }

    private List<FileResult> inParallel(List<Path> files, IdeEnvironmentFiles environments, LongAdder deepValidated) {
        return SharedWorkList.map(
                files,
                threads,
                "nems-validator",
                f -> validateFile(f.toAbsolutePath().normalize(), environments, deepValidated));
    }

    /**
     * Runs the rules on one request, adding its findings to {@code findings}, the ids of the rules that examined it
     * to {@code examined} and its traits to {@code traits}.
     */
    private void check(
            Interaction interaction,
            List<Finding> findings,
            LongAdder deepValidated,
            List<String> examined,
            List<Trait> traits) {
        RuleContext context = new RuleContext(interaction, judgingInstant, deepValidation, configuration);
        List<Finding> found = new ArrayList<>();
        IdentityHashMap<Finding, InteractionRule> reportedBy = new IdentityHashMap<>();
        for (InteractionRule rule : interactionRules) {
            if (!viewsAvailable(rule, context)) {
                continue;
            }
            int before = found.size();
            FindingSink sink =
                    new FindingSink(rule.metadata(), severity(rule), interaction.file(), interaction.index(), found);
            guarded(rule, interaction.file(), interaction.index(), found, () -> rule.check(context, sink));
            sink.unlisted("request").ifPresent(found::add);
            if (sink.examinedOrReported()) {
                examined.add(rule.id());
            }
            found.subList(before, found.size()).forEach(f -> reportedBy.put(f, rule));
        }
        Set<Suppression> used = new HashSet<>();
        SuppressionIndex suppressions = new SuppressionIndex(interaction.suppressions());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            InteractionRule rule = Objects.requireNonNull(reportedBy.get(f), "each finding is mapped to its rule");
            boolean restated =
                    found.stream().anyMatch(other -> reportedBy.get(other) != rule && rule.yieldsTo(f, other));
            if (!restated && !suppressed(f, suppressions, used)) {
                kept.add(f);
            }
        }
        List<Finding> verdicts = new ArrayList<>();
        // What the request rules concluded: a finding on the answer recorded after the request is not one of them.
        List<Finding> stand = kept.stream()
                .filter(f ->
                        !Objects.requireNonNull(reportedBy.get(f)).metadata().judgesTheAnswer())
                .toList();
        for (VerdictRule rule : verdictRules) {
            if (!viewsAvailable(rule, context)) {
                continue;
            }
            FindingSink sink =
                    new FindingSink(rule.metadata(), severity(rule), interaction.file(), interaction.index(), verdicts);
            guarded(rule, interaction.file(), interaction.index(), verdicts, () -> rule.check(context, stand, sink));
            sink.unlisted("request").ifPresent(verdicts::add);
            if (sink.examinedOrReported()) {
                examined.add(rule.id());
            }
        }
        for (Finding f : verdicts) {
            if (!suppressed(f, suppressions, used)) {
                kept.add(f);
            }
        }
        findings.addAll(kept);
        review(interaction, used, findings);
        if (context.deepValidated()) {
            deepValidated.increment();
        }
        readTraits(context, traits);
    }

    /**
     * The request's traits, read from views the rules built already. A reader that throws is a bug in the reader,
     * and the rules that own the view it read report a broken view themselves; the traits only describe the request,
     * so the run goes on with what the reader gave before it threw.
     */
    private void readTraits(RuleContext context, List<Trait> traits) {
        for (TraitReader reader : traitReaders) {
            try {
                reader.read(context, traits::add);
            } catch (RuntimeException bugInTheReader) {
                // Nothing to add: the request keeps the traits read before it, and its findings.
            }
        }
    }

    /** Whether an inline suppression drops the finding; every suppression that covers it counts as used. */
    private static boolean suppressed(Finding f, SuppressionIndex suppressions, Set<Suppression> used) {
        List<Suppression> covering = suppressions.covering(f.ruleId());
        used.addAll(covering);
        return !covering.isEmpty();
    }

    /** Runs the suppression rules last, when it is known which suppressions dropped something. */
    private void review(Interaction interaction, Set<Suppression> used, List<Finding> findings) {
        if (interaction.suppressions().isEmpty()) {
            return;
        }
        SuppressionReview review = new SuppressionReview(interaction, used, severities);
        for (SuppressionRule rule : suppressionRules) {
            FindingSink sink =
                    new FindingSink(rule.metadata(), severity(rule), interaction.file(), interaction.index(), findings);
            guarded(rule, interaction.file(), interaction.index(), findings, () -> rule.check(review, sink));
            sink.unlisted("request").ifPresent(findings::add);
        }
    }

    private static boolean viewsAvailable(InteractionRule rule, RuleContext context) {
        for (ViewKey<?> key : rule.requiredViews()) {
            if (!context.view(key).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A rule that throws is a bug in the rule, not in the recording: report it as an error on the
     * file rather than lose the rest of the run or print a stack trace.
     */
    private static void guarded(Rule rule, String file, int interaction, List<Finding> findings, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new Finding(
                    rule.id(),
                    Severity.ERROR,
                    "internal error in rule " + rule.id() + " (please report it): " + FindingSink.oneLine(e.toString()),
                    new Location(file, interaction, 0, null, ""),
                    "",
                    null,
                    null));
        }
    }

    private Severity severity(Rule rule) {
        return Objects.requireNonNull(severities.get(rule.id()), rule.id()).orElseThrow();
    }

    private String shownPath(Path absolute) {
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** Configures a validator. Every setting has a default; {@code builder().build()} is ready to use. */
    public static final class Builder {
        private @Nullable RuleCatalog catalog;
        private Path baseDirectory = Path.of("");
        private FileScanner scanner = FileScanner.defaults();
        private long maxRecordingBytes = RecordingReader.DEFAULT_MAX_BYTES;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private @Nullable Instant judgingInstant;
        private boolean deepValidation;
        private @Nullable Configuration configuration;
        private @Nullable String httpEnvironment;
        private final Map<String, Setting> overrides = new LinkedHashMap<>();

        private Builder() {}

        /** The rules to run; by default the built-in rules and any found with {@link java.util.ServiceLoader}. */
        public Builder catalog(RuleCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog);
            return this;
        }

        /** Paths in findings are shown relative to this directory (default: the working directory). */
        public Builder baseDirectory(Path dir) {
            this.baseDirectory = Objects.requireNonNull(dir);
            return this;
        }

        public Builder scanner(FileScanner scanner) {
            this.scanner = Objects.requireNonNull(scanner);
            return this;
        }

        public Builder maxRecordingBytes(long bytes) {
            this.maxRecordingBytes = bytes;
            return this;
        }

        /** How many files to validate at once; 1 validates serially. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The instant time rules judge against, e.g. whether a token had expired; by default none, and they stay silent. */
        public Builder judgingInstant(Instant instant) {
            this.judgingInstant = Objects.requireNonNull(instant);
            return this;
        }

        /**
         * The supplier's configuration, which the {@code config.*} rules judge against; without it they are silent.
         * Its severities and judging instant are not applied here: {@code SupplierConfig.applyTo} does all three.
         */
        public Builder configuration(Configuration configuration) {
            this.configuration = Objects.requireNonNull(configuration);
            return this;
        }

        /**
         * The IDE environment ({@code dev}) whose variables {@code .http} recordings are read with: from IntelliJ's
         * {@code http-client.env.json} and {@code http-client.private.env.json}, or VS Code's
         * {@code rest-client.environmentVariables} in {@code .vscode/settings.json}, found from each recording's
         * directory upwards (see {@code docs/environments.md}). Without one, only {@code $shared} variables apply. A
         * run whose environment files do not define it is refused with {@link UnknownEnvironmentException}.
         *
         * @throws IllegalArgumentException when the name is blank
         */
        public Builder httpEnvironment(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an environment name must not be blank");
            }
            this.httpEnvironment = name.strip();
            return this;
        }

        /**
         * Whether to validate each Subscription against the EMS-Subscription-1 profile with HAPI FHIR's
         * instance validator too (rule {@code subscription.profile}). Off by default: the validator takes
         * seconds and hundreds of megabytes to start, once per validator, on first use.
         */
        public Builder deepValidation(boolean deep) {
            this.deepValidation = deep;
            return this;
        }

        /**
         * Overrides the severity of a rule ({@code jwt.scope-value}) or a category ({@code jwt.*}). Naming a rule
         * that is off by default turns it on; a category's severity applies only to the rules that run anyway.
         */
        public Builder severity(String selector, Severity severity) {
            overrides.put(selector, new Setting(true, Objects.requireNonNull(severity)));
            return this;
        }

        /** Turns off a rule ({@code jwt.scope-value}) or a category ({@code jwt.*}). */
        public Builder disable(String selector) {
            overrides.put(selector, new Setting(false, null));
            return this;
        }

        /**
         * Turns on, at its default severity, a rule ({@code nhs-number.not-test-data}) or every rule of a category
         * ({@code nhs-number.*}), including those that are off by default.
         */
        public Builder enable(String selector) {
            overrides.put(selector, new Setting(true, null));
            return this;
        }

        /**
         * A rule's own setting wins over its category's, which wins over the default. Lowering a category's severity
         * does not opt into its off-by-default rules: only naming the rule, or enabling the category, does.
         */
        private Optional<Severity> severityFor(RuleMetadata rule) {
            Setting own = overrides.get(rule.id());
            if (own != null) {
                return own.severity(rule);
            }
            Setting category = overrides.get(rule.category() + ".*");
            if (category != null && (rule.enabledByDefault() || !category.on() || category.severity() == null)) {
                return category.severity(rule);
            }
            return rule.enabledByDefault() ? Optional.of(rule.defaultSeverity()) : Optional.empty();
        }

        /** What a selector says: off, on at the rule's default severity ({@code severity} null), or on at a severity. */
        private record Setting(boolean on, @Nullable Severity severity) {
            Optional<Severity> severity(RuleMetadata rule) {
                if (!on) {
                    return Optional.empty();
                }
                return Optional.of(severity != null ? severity : rule.defaultSeverity());
            }
        }

        public NemsValidator build() {
            return new NemsValidator(this);
        }
    }
}
