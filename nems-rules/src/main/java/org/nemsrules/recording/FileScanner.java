package org.nemsrules.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the recordings under files and directories. A directory is walked (symbolic links are
 * not followed, so a loop cannot trap the walk) and a file is kept when its path relative to the
 * directory matches an include glob and no exclude glob. A file named directly is always kept:
 * the user asked for it.
 *
 * <p>Globs follow {@link java.nio.file.FileSystem#getPathMatcher} syntax, with each {@code **}{@code /}
 * (at the start or after a {@code /}) also matching no directory at all, as users of Ant, Maven and Git expect.
 */
public final class FileScanner {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.http", "**/*.har", "**/*.xml", "**/*.json");
    /** Build files, build output and version control are never recordings. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "**/pom.xml", "**/target/**", "**/node_modules/**", "**/.*/**", "**/nems-rules.json", "**/*.expect");

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public FileScanner(Collection<String> includes, Collection<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    public static FileScanner defaults() {
        return new FileScanner(DEFAULT_INCLUDES, DEFAULT_EXCLUDES);
    }

    private static List<PathMatcher> matchers(Collection<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            for (String variant : zeroDirectoryVariants(glob.replace('\\', '/'))) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        }
        return matchers;
    }

    /**
     * The glob and every form of it with one or more of its {@code **}{@code /} segments dropped, so that each
     * may match no directory at all: {@code a/**}{@code /b.http} also matches {@code a/b.http}.
     */
    static List<String> zeroDirectoryVariants(String glob) {
        Set<String> variants = new LinkedHashSet<>();
        expand(glob, 0, variants);
        return List.copyOf(variants);
    }

    private static void expand(String glob, int from, Set<String> variants) {
        int at = glob.indexOf("**/", from);
        while (at > 0 && glob.charAt(at - 1) != '/') {
            at = glob.indexOf("**/", at + 3);
        }
        if (at < 0) {
            variants.add(glob);
            return;
        }
        expand(glob, at + 3, variants);
        expand(glob.substring(0, at) + glob.substring(at + 3), at, variants);
    }

    /**
     * The files to check, sorted and without duplicates.
     *
     * @throws NoSuchFileException when a root does not exist: that is a usage error, not a finding
     */
    public List<Path> scan(Collection<Path> roots) throws NoSuchFileException {
        TreeSet<Path> found = new TreeSet<>();
        for (Path root : roots) {
            Path normal = root.toAbsolutePath().normalize();
            if (!Files.exists(normal)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(normal)) {
                walk(normal, found);
            } else {
                found.add(normal);
            }
        }
        return List.copyOf(found);
    }

    private void walk(Path root, Collection<Path> found) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path relative = root.relativize(dir);
                    return !relative.toString().isEmpty() && matchesAny(excludes, relative.resolve("x"))
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && matchesAny(includes, relative) && !matchesAny(excludes, relative)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Keep it: reading it again reports the failure as a finding with the file's name.
                    if (matchesAny(includes, root.relativize(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether walking {@code root} would keep {@code file}, a path under it (existing or not): it matches an include
     * glob and no exclude glob, and no directory on the way is excluded. Lets a writer refuse an output that a run
     * would read back as a recording.
     */
    public boolean selects(Path root, Path file) {
        Path relative = root.relativize(file);
        for (Path dir = relative.getParent(); dir != null; dir = dir.getParent()) {
            if (matchesAny(excludes, dir.resolve("x"))) {
                return false;
            }
        }
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
