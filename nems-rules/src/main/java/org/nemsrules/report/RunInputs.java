package org.nemsrules.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nemsrules.recording.FileScanner;

/**
 * The files a run reads, so that no output of the run is written over one of them: inputs are never written. They
 * are the paths to check (a file named is read; a directory's files are read when the scanner selects them), and
 * the files read besides, such as the configuration and a baseline that is only read.
 *
 * <p>A report written into a directory being checked is refused only when the scanner would select it
 * ({@code nems-check . --format json -o r.json} would read {@code r.json} as a recording next time, and, were it a
 * recording already, lose it now); {@code nems-check . -o report.sarif} is fine. Paths are compared after
 * their symbolic links are resolved, and as the same file when they are hard links to one another.
 *
 * @param scanner   the include and exclude globs of the run
 * @param directory what relative paths are relative to: the directory the run's command runs in
 * @param roots     the paths to check, as given
 * @param files     the other files read
 */
public record RunInputs(FileScanner scanner, Path directory, List<Path> roots, List<ReadFile> files) {
    /**
     * A file a run reads besides its recordings.
     *
     * @param file what it is, as named
     * @param what how to speak of it: "the configuration"
     */
    public record ReadFile(Path file, String what) {}

    /**
     * An input an output would overwrite.
     *
     * @param input         as the user named it: the file, or the directory it would be read from
     * @param what          how to speak of it
     * @param fromDirectory whether it is a directory's recording (so excluding it is a way out)
     */
    public record Overwritten(Path input, String what, boolean fromDirectory) {
        /** In words, after the output's name: "lies in the input directory src, ...". */
        public String describe() {
            return fromDirectory
                    ? "lies in the input directory " + input + " and would be read as a recording"
                    : "is " + what + " " + input + ", which this run reads";
        }
    }

    public RunInputs {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
    }

    public static RunInputs of(FileScanner scanner, List<Path> roots) {
        return of(scanner, Path.of(""), roots);
    }

    /** As {@link #of(FileScanner, List)}, relative paths being relative to {@code directory}. */
    public static RunInputs of(FileScanner scanner, Path directory, List<Path> roots) {
        return new RunInputs(scanner, directory, roots, List.of());
    }

    /** These inputs and {@code file}, read as {@code what}. */
    public RunInputs and(Path file, String what) {
        List<ReadFile> more = new ArrayList<>(files);
        more.add(new ReadFile(file, what));
        return new RunInputs(scanner, directory, roots, more);
    }

    /**
     * The input writing {@code output} would overwrite, if any.
     *
     * @throws IOException when the output cannot be written at all (a directory, a loop of links), in words
     */
    public Optional<Overwritten> overwrittenBy(Path output) throws IOException {
        OutputTarget target = OutputTarget.of(directory, output);
        if (target.kind() == OutputTarget.Kind.STREAM) {
            return Optional.empty();
        }
        Path written = target.realFile();
        for (Path root : roots) {
            Path real = real(directory.resolve(root));
            if (Files.isDirectory(real)) {
                if (written.startsWith(real) && !written.equals(real) && scanner.selects(real, written)) {
                    return Optional.of(new Overwritten(root, "a directory to check", true));
                }
            } else if (same(written, real)) {
                return Optional.of(new Overwritten(root, "the recording", false));
            }
        }
        for (ReadFile file : files) {
            if (same(written, real(directory.resolve(file.file())))) {
                return Optional.of(new Overwritten(file.file(), file.what(), false));
            }
        }
        return Optional.empty();
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The same path, or two names of one file (a hard link). */
    private static boolean same(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
