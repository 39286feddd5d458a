package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileScannerTest {
    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private List<Path> paths(String... relative) {
        return java.util.Arrays.stream(relative).map(r -> root.resolve(r).toAbsolutePath().normalize()).sorted().toList();
    }

    private List<Path> scanDefaults(Path... roots) throws NoSuchFileException {
        return FileScanner.defaults().scan(List.of(roots));
    }

    @Test
    void defaultIncludesFindRecordingsAtTheRootAndNested() throws IOException {
        for (String f : List.of("a.http", "b.har", "c.xml", "d.json", "x/e.http", "x/y/z/f.har", "x/y/g.xml",
                "x/h.json", "notes.txt", "x/readme.md", "x/i.http.bak", "Makefile")) {
            touch(f);
        }
        assertEquals(paths("a.http", "b.har", "c.xml", "d.json", "x/e.http", "x/y/z/f.har", "x/y/g.xml", "x/h.json"),
                scanDefaults(root));
    }

    @Test
    void defaultExcludesSkipBuildFilesBuildOutputAndHiddenDirectories() throws IOException {
        for (String f : List.of("pom.xml", "m/pom.xml", "target/a.http", "m/target/classes/b.json", ".git/c.json",
                ".idea/workspace.xml", "m/.cache/d.har", "node_modules/p/e.json", "nems-rules.json",
                "m/nems-rules.json", "keep.http", "m/keep.xml")) {
            touch(f);
        }
        assertEquals(paths("keep.http", "m/keep.xml"), scanDefaults(root));
    }

    @Test
    void aRootThatIsItselfHiddenOrNamedTargetIsStillWalked() throws IOException {
        touch(".hidden/target/skip.http");
        touch(".hidden/keep.http");
        assertEquals(paths(".hidden/keep.http"), scanDefaults(root.resolve(".hidden")));
    }

    @Test
    void aFileNamedExplicitlyIsKeptEvenWhenExcludedOrNotIncluded() throws IOException {
        Path pom = touch("pom.xml");
        Path built = touch("target/a.http");
        Path text = touch("notes.txt");
        assertEquals(paths("notes.txt", "pom.xml", "target/a.http"), scanDefaults(pom, built, text));
    }

    @Test
    void customIncludeAndExcludeGlobsReplaceTheDefaults() throws IOException {
        for (String f : List.of("a.rest", "a.http", "x/b.rest", "x/skip/c.rest", "x/d.draft.rest")) {
            touch(f);
        }
        FileScanner scanner = new FileScanner(List.of("**/*.rest"), List.of("**/skip/**", "**/*.draft.rest"));
        assertEquals(paths("a.rest", "x/b.rest"), scanner.scan(List.of(root)));
    }

    @Test
    void anIncludeWithoutDoubleStarMatchesOnlyAtTheRoot() throws IOException {
        touch("a.http");
        touch("x/b.http");
        assertEquals(paths("a.http"), new FileScanner(List.of("*.http"), List.of()).scan(List.of(root)));
    }

    @Test
    void aDoubleStarInTheMiddleAlsoMatchesNoDirectory() throws IOException {
        for (String f : List.of("recorded/a.http", "recorded/x/b.http", "recorded/x/y/c.http", "other/d.http",
                "recorded/drafts/e.http", "recorded/x/drafts/f.http")) {
            touch(f);
        }
        FileScanner scanner = new FileScanner(List.of("recorded/**/*.http"), List.of("**/drafts/**"));
        assertEquals(paths("recorded/a.http", "recorded/x/b.http", "recorded/x/y/c.http"),
                scanner.scan(List.of(root)));
    }

    @Test
    void everyDoubleStarSegmentMayBeDroppedButNotAPartialOne() {
        assertEquals(List.of("a/**/b/**/*.http", "a/**/b/*.http", "a/b/**/*.http", "a/b/*.http"),
                FileScanner.zeroDirectoryVariants("a/**/b/**/*.http"));
        assertEquals(List.of("**/*.http", "*.http"), FileScanner.zeroDirectoryVariants("**/*.http"));
        assertEquals(List.of("x**/*.http"), FileScanner.zeroDirectoryVariants("x**/*.http"));
    }

    @Test
    void theResultIsSortedAndWithoutDuplicates() throws IOException {
        touch("z.http");
        touch("a.http");
        touch("m/b.json");
        Path a = root.resolve("a.http");
        Path viaDots = root.resolve("m").resolve("..").resolve("a.http");
        List<Path> found = scanDefaults(root.resolve("m"), root, a, viaDots, root);
        assertEquals(paths("a.http", "m/b.json", "z.http"), found);
    }

    @Test
    void aRootThatDoesNotExistIsANoSuchFileException() throws IOException {
        touch("a.http");
        Path missing = root.resolve("missing");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> scanDefaults(root, missing));
        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void aSymbolicLinkLoopDoesNotHang() throws IOException {
        touch("a/b/real.http");
        try {
            Files.createSymbolicLink(root.resolve("a/b/loop"), root.resolve("a"));
            Files.createSymbolicLink(root.resolve("a/self"), Path.of("."));
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        List<Path> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> scanDefaults(root));
        assertEquals(paths("a/b/real.http"), found);
    }
}
