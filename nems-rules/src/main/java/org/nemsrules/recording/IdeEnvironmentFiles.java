package org.nemsrules.recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.EditDistance;
import org.nemsrules.engine.Nearest;
import org.nemsrules.recording.EnvironmentFile.Kind;
import org.nemsrules.report.PrintableText;

/**
 * The IDE environment files of {@code .http} recordings, as the IDEs that wrote them would read them, for one run:
 * IntelliJ's {@code http-client.env.json} and {@code http-client.private.env.json}, and VS Code REST Client's
 * {@code rest-client.environmentVariables} in {@code .vscode/settings.json}.
 *
 * <p>Where they are looked for: from the recording's directory upwards, the nearest directory holding either IntelliJ
 * file gives both IntelliJ files (they sit side by side), and the nearest {@code .vscode/settings.json} is VS Code's
 * workspace. The walk stops at the project's root, the nearest directory holding {@code .git} or {@code .idea}; with
 * no such directory above the recording, at the run's base directory when the recording is inside it, else at the
 * recording's own directory. So a run never reads environment files of another project, or of a user's home.
 *
 * <p>Which variables apply: {@code $shared} always (VS Code applies it with no environment chosen, and Visual Studio
 * reads it in {@code http-client.env.json} too), then the chosen environment, which overrides {@code $shared}. The
 * private IntelliJ file overrides the public one, as IntelliJ's own example expects (its public file leaves
 * {@code username} and {@code password} empty for the private file to fill); IntelliJ's files override VS Code's.
 * Every variable the private file gives is a secret. With no environment chosen, IntelliJ has none: only
 * {@code $shared} applies, and {@link HttpEnvironment#lookedIn()} says which environments the files define.
 *
 * <p>Each directory is looked up, and each file read, once per run; safe to use from several threads. Files are only
 * read, never written.
 */
public final class IdeEnvironmentFiles implements HttpEnvironments {
    /** The environment whose variables every environment has. */
    public static final String SHARED = "$shared";

    private static final String ALL_FILE_NAMES = Kind.INTELLIJ_PUBLIC.fileName() + ", "
            + Kind.INTELLIJ_PRIVATE.fileName() + " or " + Kind.VS_CODE_SETTINGS.fileName();
    private static final String HOW_TO_CHOOSE = "nems-check --env NAME, or the Maven parameter env";

    private final String chosen;
    private final Path baseDirectory;
    private final Function<Path, String> shownPath;
    private final ConcurrentMap<Path, Found> byDirectory = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, EnvironmentFile> files = new ConcurrentHashMap<>();

    /**
     * @param chosen        the environment chosen ({@code dev}), or empty for none
     * @param baseDirectory the run's base directory, where the walk upwards stops when no project root is found
     * @param shownPath     how a path is shown to users (relative to the base directory)
     */
    public IdeEnvironmentFiles(Optional<String> chosen, Path baseDirectory, Function<Path, String> shownPath) {
        this.chosen = chosen.orElse("");
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.shownPath = Objects.requireNonNull(shownPath, "shownPath");
    }

    /** The environment chosen, or empty when none was. */
    public Optional<String> chosen() {
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    @Override
    public HttpEnvironment forRecording(Path recording) {
        Path directory = recording.toAbsolutePath().normalize().getParent();
        if (directory == null) {
            return HttpEnvironment.none();
        }
        return found(directory).environment();
    }

    /**
     * Why the chosen environment cannot be used for these recordings, if it cannot: no environment file of their
     * {@code .http} recordings defines it. In one line, with the environments the files do define and the nearest
     * one to what was typed. Empty when no environment was chosen, when one of the files defines it, and when none of
     * the recordings is a {@code .http} file (only those have environments).
     */
    public Optional<String> unknownChosen(Collection<Path> recordings) {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Set<Path> directories = new LinkedHashSet<>();
        for (Path recording : recordings) {
            Path directory = recording.toAbsolutePath().normalize().getParent();
            if (directory != null && RecordingReader.format(recording) == RecordingReader.Format.HTTP) {
                directories.add(directory);
            }
        }
        if (directories.isEmpty()) {
            return Optional.empty();
        }
        Map<Path, EnvironmentFile> present = new LinkedHashMap<>();
        for (Path directory : directories) {
            for (EnvironmentFile file : found(directory).present()) {
                present.putIfAbsent(file.path(), file);
            }
        }
        if (present.values().stream().anyMatch(f -> f.defines(chosen))) {
            return Optional.empty();
        }
        if (present.isEmpty()) {
            return Optional.of("environment '" + printable(chosen) + "': no environment file (" + ALL_FILE_NAMES
                    + ") was found for the .http recordings, so no environment can be chosen");
        }
        Set<String> names = new TreeSet<>();
        List<String> each = new ArrayList<>();
        for (EnvironmentFile file : present.values()) {
            names.addAll(file.names());
            each.add(shown(file.path())
                    + (file.names().isEmpty() ? " defines none" : " defines " + listed(file.names()))
                    + file.problems().stream()
                            .findFirst()
                            .map(p -> " (" + atLine(p) + p.message() + ")")
                            .orElse(""));
        }
        String suggestion = nearest(names)
                .map(n -> "; did you mean '" + printable(n) + "'?")
                .orElse("");
        return Optional.of("environment '" + printable(chosen) + "' is not defined by any environment file of the "
                + ".http recordings: " + String.join("; ", each) + suggestion);
    }

    /**
     * The defined name the chosen one was probably meant to be. Environment names are short, where the shared
     * {@link Nearest} asks for a third of the length: two edits, such as two letters swapped ({@code dve}), are still
     * a typo when only one name is that close.
     */
    private Optional<String> nearest(Set<String> names) {
        Optional<String> nearest = Nearest.to(chosen, names);
        if (nearest.isPresent()) {
            return nearest;
        }
        List<String> close = names.stream()
                .filter(n -> EditDistance.between(chosen.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT)) <= 2)
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** What was wrong with the environment files read so far, by file and line. */
    public List<EnvironmentFileProblem> problems() {
        return files.values().stream()
                .flatMap(f -> f.problems().stream())
                .sorted(Comparator.comparing(
                                (EnvironmentFileProblem p) -> p.file().toString())
                        .thenComparingInt(EnvironmentFileProblem::line))
                .toList();
    }

    private Found found(Path directory) {
        return byDirectory.computeIfAbsent(directory, this::lookUp);
    }

    private Found lookUp(Path directory) {
        Path boundary = boundary(directory);
        EnvironmentFile intellijPublic = null;
        EnvironmentFile intellijPrivate = null;
        EnvironmentFile vsCode = null;
        boolean intellij = false;
        for (Path at = directory; at != null; at = at.getParent()) {
            if (!intellij) {
                Path publicFile = at.resolve(Kind.INTELLIJ_PUBLIC.fileName());
                Path privateFile = at.resolve(Kind.INTELLIJ_PRIVATE.fileName());
                boolean hasPublic = Files.exists(publicFile);
                boolean hasPrivate = Files.exists(privateFile);
                if (hasPublic || hasPrivate) {
                    intellij = true;
                    intellijPublic = hasPublic ? file(publicFile, Kind.INTELLIJ_PUBLIC) : null;
                    intellijPrivate = hasPrivate ? file(privateFile, Kind.INTELLIJ_PRIVATE) : null;
                }
            }
            Path settings = at.resolve(".vscode").resolve("settings.json");
            if (vsCode == null && Files.exists(settings)) {
                vsCode = file(settings, Kind.VS_CODE_SETTINGS);
            }
            if (at.equals(boundary) || (intellij && vsCode != null)) {
                break;
            }
        }
        return new Found(directory, boundary, intellijPublic, intellijPrivate, vsCode);
    }

    private EnvironmentFile file(Path path, Kind kind) {
        return files.computeIfAbsent(path, p -> EnvironmentFile.read(p, kind));
    }

    /** The project's root above the directory, else the base directory when the directory is in it, else itself. */
    private Path boundary(Path directory) {
        for (Path at = directory; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git")) || Files.exists(at.resolve(".idea"))) {
                return at;
            }
        }
        return directory.startsWith(baseDirectory) ? baseDirectory : directory;
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(baseDirectory) && Objects.equals(absolute.getRoot(), baseDirectory.getRoot())) {
            // Shown relative to the base directory all the same (../..): an absolute path would differ from machine to
            // machine, and so would the message and the fingerprint a baseline holds the finding by.
            return baseDirectory.relativize(absolute).toString().replace('\\', '/');
        }
        String shown = shownPath.apply(path);
        return shown.isEmpty() ? "." : shown;
    }

    /** Environments' names as a message lists them: each on one line, escapes for control characters, clipped. */
    private static String listed(Collection<String> names) {
        return names.stream().map(IdeEnvironmentFiles::printable).collect(Collectors.joining(", "));
    }

    private static String printable(String name) {
        return Echo.of(PrintableText.escape(name));
    }

    private static String atLine(EnvironmentFileProblem problem) {
        return problem.line() > 0 ? "line " + problem.line() + ": " : "";
    }

    /** The environment files found for one directory. */
    private final class Found {
        private final Path directory;
        private final Path boundary;
        private final EnvironmentFile intellijPublic;
        private final EnvironmentFile intellijPrivate;
        private final EnvironmentFile vsCode;
        private HttpEnvironment environment;

        Found(
                Path directory,
                Path boundary,
                EnvironmentFile intellijPublic,
                EnvironmentFile intellijPrivate,
                EnvironmentFile vsCode) {
            this.directory = directory;
            this.boundary = boundary;
            this.intellijPublic = intellijPublic;
            this.intellijPrivate = intellijPrivate;
            this.vsCode = vsCode;
        }

        /** The files found, VS Code's first: the order in which their variables are laid over each other. */
        List<EnvironmentFile> present() {
            List<EnvironmentFile> present = new ArrayList<>();
            for (EnvironmentFile file : new EnvironmentFile[] {vsCode, intellijPublic, intellijPrivate}) {
                if (file != null) {
                    present.add(file);
                }
            }
            return present;
        }

        synchronized HttpEnvironment environment() {
            if (environment == null) {
                environment = new HttpEnvironment(chosen, variables(), lookedIn());
            }
            return environment;
        }

        private Map<String, HttpEnvironment.Variable> variables() {
            Map<String, HttpEnvironment.Variable> variables = new LinkedHashMap<>();
            List<String> layers = chosen.isEmpty() ? List.of(SHARED) : List.of(SHARED, chosen);
            // VS Code's, then IntelliJ's $shared before any chosen environment, each file over the one before.
            if (vsCode != null) {
                layers.forEach(layer -> add(variables, vsCode, layer));
            }
            for (String layer : layers) {
                for (EnvironmentFile file : new EnvironmentFile[] {intellijPublic, intellijPrivate}) {
                    if (file != null) {
                        add(variables, file, layer);
                    }
                }
            }
            return variables;
        }

        private void add(Map<String, HttpEnvironment.Variable> variables, EnvironmentFile file, String environment) {
            String definedIn = shown(file.path());
            file.environments()
                    .getOrDefault(environment, Map.of())
                    .forEach((name, value) -> variables.put(
                            name,
                            new HttpEnvironment.Variable(
                                    value, definedIn, file.kind().secret())));
        }

        private String lookedIn() {
            List<EnvironmentFile> present = present();
            if (present.isEmpty()) {
                return "no environment file: none of " + ALL_FILE_NAMES + " is in " + shown(directory)
                        + (directory.equals(boundary) ? "" : " or a directory above it up to " + shown(boundary));
            }
            String files = present.stream().map(f -> shown(f.path())).collect(Collectors.joining(", "));
            Set<String> names = new TreeSet<>();
            present.forEach(f -> names.addAll(f.names()));
            boolean shared = present.stream().anyMatch(f -> f.environments().containsKey(SHARED));
            String defines = present.size() == 1 ? " defines " : " define ";
            String said;
            if (chosen.isEmpty()) {
                said = files
                        + (names.isEmpty() ? defines + "no environment" : defines + "the environments " + listed(names))
                        + "; none was chosen (" + HOW_TO_CHOOSE + ")"
                        + (shared ? ", so only " + SHARED + " applies" : "");
            } else if (names.contains(chosen)) {
                said = "environment '" + printable(chosen) + "' of " + files;
            } else {
                said = files + (present.size() == 1 ? " does" : " do") + " not define the environment '"
                        + printable(chosen) + "'" + (names.isEmpty() ? "" : " (only " + listed(names) + ")");
            }
            String problems = present.stream()
                    .filter(f -> !f.problems().isEmpty())
                    .map(f -> "; " + shown(f.path()) + " could not be used in full ("
                            + atLine(f.problems().get(0)) + f.problems().get(0).message() + ")")
                    .collect(Collectors.joining());
            return said + problems;
        }
    }
}
