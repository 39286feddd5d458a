package org.nemsrules.recording;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link FileScanner#scan} found under the paths it was given.
 *
 * @param roots                 the paths given, as given
 * @param includes              the globs files inside directories had to match
 * @param files                 the files to check: absolute, sorted, without duplicates
 * @param unreadableDirectories the directories that could not be read, sorted: each one is reported as a finding
 * @param skipped               the {@code .json} and {@code .xml} files met while walking a directory that do not look
 *                              like a FHIR resource ({@code package.json}), sorted: not read, but counted in a note
 */
public record ScanResult(
        List<Path> roots,
        List<String> includes,
        List<Path> files,
        List<UnreadableDirectory> unreadableDirectories,
        List<Path> skipped) {
    public ScanResult {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        files = List.copyOf(files);
        unreadableDirectories = List.copyOf(unreadableDirectories);
        skipped = List.copyOf(skipped);
    }

    /** A scan that skipped no file. */
    public ScanResult(
            List<Path> roots,
            List<String> includes,
            List<Path> files,
            List<UnreadableDirectory> unreadableDirectories) {
        this(roots, includes, files, unreadableDirectories, List.of());
    }

    /** Whether nothing was found: no file to check and no directory to report. */
    public boolean isEmpty() {
        return files.isEmpty() && unreadableDirectories.isEmpty();
    }

    /** The same scan with only some of its files, such as those changed since a revision. */
    public ScanResult withFiles(List<Path> kept) {
        return new ScanResult(roots, includes, kept, unreadableDirectories, skipped);
    }

    /**
     * Where the scan looked and for what, for a message saying it found nothing:
     * {@code 'docs', 'x' (looked for **}{@code /*.http, **}{@code /*.har)}.
     */
    public String whereLooked() {
        return roots.stream().map(root -> "'" + root + "'").collect(Collectors.joining(", "))
                + " (looked for " + String.join(", ", includes) + (skipped.isEmpty() ? "" : "; " + skippedCount())
                + ")";
    }

    /** {@code 2 files skipped: not FHIR resources}, as the summary counts them. */
    public String skippedCount() {
        return skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped: not FHIR resources";
    }
}
