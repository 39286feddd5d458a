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
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the recordings under files and directories. A directory is walked (symbolic links are
 * not followed, so a loop cannot trap the walk) and a file is kept when its path relative to the
 * directory matches an include glob and no exclude glob. A file named directly is always kept:
 * the user asked for it.
 *
 * <p>Globs follow {@link java.nio.file.FileSystem#getPathMatcher} syntax, with {@code **}{@code /}
 * also matching no directory at all, as users of Ant, Maven and Git expect.
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
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
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

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
