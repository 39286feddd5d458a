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
 */
public record ScanResult(List<Path> roots, List<String> includes, List<Path> files,
        List<UnreadableDirectory> unreadableDirectories) {
    public ScanResult {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        files = List.copyOf(files);
        unreadableDirectories = List.copyOf(unreadableDirectories);
    }

    /** Whether nothing was found: no file to check and no directory to report. */
    public boolean isEmpty() {
        return files.isEmpty() && unreadableDirectories.isEmpty();
    }

    /** The same scan with only some of its files, such as those changed since a revision. */
    public ScanResult withFiles(List<Path> kept) {
        return new ScanResult(roots, includes, kept, unreadableDirectories);
    }

    /**
     * Where the scan looked and for what, for a message saying it found nothing:
     * {@code 'docs', 'x' (looked for **}{@code /*.http, **}{@code /*.har)}.
     */
    public String whereLooked() {
        return roots.stream().map(root -> "'" + root + "'").collect(Collectors.joining(", "))
                + " (looked for " + String.join(", ", includes) + ")";
    }
}
