package org.nemsrules.recording;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the recordings under files and directories. A directory is walked and a file is kept when its path relative to
 * the directory matches an include glob and no exclude glob. A file named directly is always kept: the user asked for
 * it. A path the user names is followed when it is a symbolic link, to a file or to a directory; links met while
 * walking are not, so a loop cannot trap the walk. A directory that cannot be read is returned too, to be reported:
 * the recordings it may hold would otherwise be skipped in silence.
 *
 * <p>A {@code .json} or {@code .xml} file met while walking is kept only when its first bytes look like a FHIR
 * resource ({@link FhirResourcePrefix}): {@code package.json} and {@code logback-test.xml} are not recordings. The
 * others are returned as skipped, so that the run can say how many it passed over and which.
 *
 * <p>Globs are {@link Glob}s: {@link java.nio.file.FileSystem#getPathMatcher} syntax, with each {@code **}{@code /}
 * (at the start or after a {@code /}) also matching no directory at all, as users of Ant, Maven and Git expect, and
 * matched in linear time.
 */
public final class FileScanner {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.http", "**/*.har", "**/*.xml", "**/*.json");
    /**
     * Build files, build output and version control are never recordings; nor are the IDE environment files
     * ({@code http-client.env.json}, {@code http-client.private.env.json}), which the recordings' variables come from.
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            "**/pom.xml",
            "**/target/**",
            "**/node_modules/**",
            "**/.*/**",
            "**/nems-rules.json",
            "**/*.expect",
            "**/http-client.env.json",
            "**/http-client.private.env.json");

    /** File names ignore case on Windows, and the JDK's matcher did there too. */
    private static final boolean IGNORE_CASE =
            FileSystems.getDefault().getSeparator().equals("\\");

    private final List<String> includeGlobs;
    private final List<Glob> includes;
    private final List<Glob> excludes;

    /**
     * @throws InvalidGlobException when a glob cannot be read; its message names the glob
     */
    public FileScanner(Collection<String> includes, Collection<String> excludes) {
        this.includeGlobs = List.copyOf(includes);
        this.includes = globs(includes);
        this.excludes = globs(excludes);
    }

    public static FileScanner defaults() {
        return new FileScanner(DEFAULT_INCLUDES, DEFAULT_EXCLUDES);
    }

    private static List<Glob> globs(Collection<String> texts) {
        List<Glob> globs = new ArrayList<>();
        for (String text : texts) {
            globs.add(Glob.of(text, IGNORE_CASE));
        }
        return List.copyOf(globs);
    }

    /**
     * The files to check, sorted and without duplicates, and the directories that could not be read. Files found in a
     * directory are spelled from the path given for it, even when that path is a symbolic link.
     *
     * @throws NoSuchFileException when a root does not exist: that is a usage error, not a finding
     */
    public ScanResult scan(Collection<Path> roots) throws NoSuchFileException {
        return scan(Path.of(""), roots);
    }

    /**
     * As {@link #scan(Collection)}, a relative root being relative to {@code directory}: the directory a command runs
     * in when it is not the process's own (an embedded run). The result keeps the roots as given.
     */
    public ScanResult scan(Path directory, Collection<Path> roots) throws NoSuchFileException {
        TreeSet<Path> found = new TreeSet<>();
        TreeSet<Path> skipped = new TreeSet<>();
        Map<Path, String> unreadable = new TreeMap<>();
        for (Path root : roots) {
            Path normal = directory.resolve(root).toAbsolutePath().normalize();
            if (Files.notExists(normal)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(normal)) {
                walk(normal, found, skipped, unreadable);
            } else {
                // A file, or a path that cannot even be looked at: reading it reports why, under its name.
                found.add(normal);
            }
        }
        // A file named directly and met again while walking is read: the user asked for it.
        skipped.removeAll(found);
        return new ScanResult(
                List.copyOf(roots),
                includeGlobs,
                List.copyOf(found),
                unreadable.entrySet().stream()
                        .map(e -> new UnreadableDirectory(e.getKey(), e.getValue()))
                        .toList(),
                List.copyOf(skipped));
    }

    private void walk(Path root, Collection<Path> found, Collection<Path> skipped, Map<Path, String> unreadable) {
        Path start;
        try {
            // The walk does not follow links, not even the one it starts from; the user named this one, so it is.
            start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        } catch (IOException | SecurityException e) {
            unreadable.put(root, reason(e));
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String relative = relative(start, dir);
                    return !relative.isEmpty() && excludedDirectory(relative)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String relative = relative(start, file);
                    if (attrs.isRegularFile() && included(relative)) {
                        boolean recording =
                                !FhirResourcePrefix.judges(file) || FhirResourcePrefix.looksLikeResource(file);
                        (recording ? found : skipped).add(root.resolve(relative));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String relative = relative(start, file);
                    if (relative.isEmpty()) {
                        unreadable.put(root, reason(e));
                    } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        if (!excludedDirectory(relative)) {
                            unreadable.put(root.resolve(relative), reason(e));
                        }
                    } else if (included(relative)) {
                        // Kept: reading it again reports the failure as a finding with the file's name.
                        found.add(root.resolve(relative));
                    } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                            && !Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
                        // Not even its kind can be known: its directory can be listed but not searched.
                        Path parent = root.resolve(relative).getParent();
                        unreadable.putIfAbsent(
                                parent,
                                e instanceof AccessDeniedException
                                        ? "permission denied to examine its entries"
                                        : "its entries could not be examined: " + reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreadable.put(root.resolve(relative(start, dir)), reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The visitor throws nothing, so this is the walk itself failing at its start.
            unreadable.put(root, reason(e));
        }
    }

    /**
     * Whether walking {@code root} would keep {@code file}, a path under it (existing or not): it matches an include
     * glob and no exclude glob, and no directory on the way is excluded. Lets a writer refuse an output that a run
     * would read back as a recording.
     */
    public boolean selects(Path root, Path file) {
        String relative = relative(root, file);
        for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
            if (excludedDirectory(relative.substring(0, slash))) {
                return false;
            }
        }
        return included(relative);
    }

    private boolean included(String relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    /** Whether a directory is excluded: whether any file in it would be. */
    private boolean excludedDirectory(String relative) {
        return matchesAny(excludes, relative + "/x");
    }

    private static boolean matchesAny(List<Glob> globs, String relative) {
        for (Glob glob : globs) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** The path below the walk's start, with {@code /} between names; empty for the start itself. */
    private static String relative(Path start, Path path) {
        List<String> names = new ArrayList<>();
        start.relativize(path).forEach(name -> names.add(name.toString()));
        return names.size() == 1 && names.get(0).isEmpty() ? "" : String.join("/", names);
    }

    /** Why a directory could not be read, in words rather than the name of an exception. */
    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed while the run was going on";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        return e.getMessage() == null ? "the operating system gave no reason" : lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
