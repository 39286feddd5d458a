package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /** A file to be found: a bare {@code .json} or {@code .xml} one starts like a FHIR resource, as recordings do. */
    private Path touch(String relative) throws IOException {
        String lower = relative.toLowerCase(java.util.Locale.ROOT);
        return write(
                relative,
                lower.endsWith(".json")
                        ? "{\"resourceType\": \"Subscription\"}"
                        : lower.endsWith(".xml") ? "<Subscription xmlns=\"http://hl7.org/fhir\"/>" : "x");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private List<Path> paths(String... relative) {
        return java.util.Arrays.stream(relative)
                .map(r -> root.resolve(r).toAbsolutePath().normalize())
                .sorted()
                .toList();
    }

    private List<Path> scanDefaults(Path... roots) throws NoSuchFileException {
        return FileScanner.defaults().scan(List.of(roots)).files();
    }

    @Test
    void defaultIncludesFindRecordingsAtTheRootAndNested() throws IOException {
        for (String f : List.of(
                "a.http",
                "b.har",
                "c.xml",
                "d.json",
                "x/e.http",
                "x/y/z/f.har",
                "x/y/g.xml",
                "x/h.json",
                "notes.txt",
                "x/readme.md",
                "x/i.http.bak",
                "Makefile")) {
            touch(f);
        }
        assertEquals(
                paths("a.http", "b.har", "c.xml", "d.json", "x/e.http", "x/y/z/f.har", "x/y/g.xml", "x/h.json"),
                scanDefaults(root));
    }

    @Test
    void defaultExcludesSkipBuildFilesBuildOutputAndHiddenDirectories() throws IOException {
        for (String f : List.of(
                "pom.xml",
                "m/pom.xml",
                "target/a.http",
                "m/target/classes/b.json",
                ".git/c.json",
                ".idea/workspace.xml",
                "m/.cache/d.har",
                "node_modules/p/e.json",
                "nems-rules.json",
                "m/nems-rules.json",
                "keep.http",
                "m/keep.xml")) {
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
        assertEquals(paths("a.rest", "x/b.rest"), scanner.scan(List.of(root)).files());
    }

    @Test
    void anIncludeWithoutDoubleStarMatchesOnlyAtTheRoot() throws IOException {
        touch("a.http");
        touch("x/b.http");
        assertEquals(
                paths("a.http"),
                new FileScanner(List.of("*.http"), List.of())
                        .scan(List.of(root))
                        .files());
    }

    @Test
    void aDoubleStarInTheMiddleAlsoMatchesNoDirectory() throws IOException {
        for (String f : List.of(
                "recorded/a.http",
                "recorded/x/b.http",
                "recorded/x/y/c.http",
                "other/d.http",
                "recorded/drafts/e.http",
                "recorded/x/drafts/f.http")) {
            touch(f);
        }
        FileScanner scanner = new FileScanner(List.of("recorded/**/*.http"), List.of("**/drafts/**"));
        assertEquals(
                paths("recorded/a.http", "recorded/x/b.http", "recorded/x/y/c.http"),
                scanner.scan(List.of(root)).files());
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

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
    }

    @Test
    void aSymbolicLinkToADirectoryNamedByTheUserIsFollowedAndKeepsItsSpelling() throws IOException {
        touch("real/a.http");
        touch("real/sub/b.json");
        link(root.resolve("link"), root.resolve("real"));
        List<Path> expected = paths("link/a.http", "link/sub/b.json");
        assertEquals(expected, scanDefaults(root.resolve("link")));
        assertEquals(expected, scanDefaults(Path.of(root.resolve("link") + "/")), "with a trailing slash");
        link(root.resolve("chain"), root.resolve("link"));
        assertEquals(paths("chain/a.http", "chain/sub/b.json"), scanDefaults(root.resolve("chain")));
    }

    @Test
    void symbolicLinksMetWhileWalkingAreNotFollowed() throws IOException {
        touch("elsewhere/outside.http");
        touch("tree/inside.http");
        link(root.resolve("tree/to-elsewhere"), root.resolve("elsewhere"));
        link(root.resolve("tree/to-file.http"), root.resolve("elsewhere/outside.http"));
        assertEquals(paths("tree/inside.http"), scanDefaults(root.resolve("tree")));
    }

    @Test
    void aCraftedGlobOnLongPathsFinishesInLinearTime() throws IOException {
        // Under the JDK's regular-expression matcher, each *a multiplied the backtracking on a long name of a's, and
        // each **/ doubled the patterns tried: this took far longer than a minute.
        String name = "a".repeat(200);
        touch(name + "/" + name + "/" + name + ".http");
        String stars = "*a".repeat(12) + "*b";
        StringBuilder directories = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            directories.append("d").append(i).append("/**/");
        }
        FileScanner scanner = new FileScanner(
                List.of(stars, "**/" + stars, directories + "*.http", "**/" + "*a".repeat(30) + ".http"),
                List.of("**/" + stars + "/**", "**/".repeat(20) + "x.http"));
        List<Path> found = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> scanner.scan(List.of(root)).files());
        assertEquals(paths(name + "/" + name + "/" + name + ".http"), found);
    }

    @Test
    void anInvalidGlobIsRefusedWithWordsThatNameIt() {
        InvalidGlobException unclosedSet =
                assertThrows(InvalidGlobException.class, () -> new FileScanner(List.of("["), List.of()));
        assertEquals(
                "'[': unclosed [ at character 1; a set of characters such as [abc] or [a-z] ends with ] (write [[] "
                        + "for a [ itself)",
                unclosedSet.getMessage());
        InvalidGlobException unclosedGroup = assertThrows(
                InvalidGlobException.class, () -> new FileScanner(List.of("**/*.http"), List.of("**/{drafts,old/**")));
        assertEquals(
                "'**/{drafts,old/**': unclosed { at character 4; a group such as {a,b} ends with } (write [{] for "
                        + "a { itself)",
                unclosedGroup.getMessage());
    }

    @Test
    void anUnreadableDirectoryIsReturnedToBeReportedUnlessItIsExcluded() throws Exception {
        touch("tree/ok/a.http");
        touch("tree/locked/b.http");
        touch("tree/ok/deeper/locked-too/c.json");
        touch("tree/target/d.http");
        touch("tree/listable-only/e.http");
        touch("tree/listable-only/notes.txt");
        UnprivilegedScan.openToEveryone(root);
        Path tree = root.resolve("tree");
        UnprivilegedScan.chmod(tree.resolve("locked"), "---------");
        UnprivilegedScan.chmod(tree.resolve("ok/deeper/locked-too"), "--x--x--x");
        UnprivilegedScan.chmod(tree.resolve("target"), "---------");
        UnprivilegedScan.chmod(tree.resolve("listable-only"), "r--r--r--");
        try {
            ScanResult result = UnprivilegedScan.scan(root, List.of(tree));
            // A file whose directory can be listed but not searched is kept: reading it reports it by name.
            assertEquals(paths("tree/listable-only/e.http", "tree/ok/a.http"), result.files());
            assertEquals(
                    List.of(
                            new UnreadableDirectory(
                                    tree.resolve("listable-only"), "permission denied to examine its entries"),
                            new UnreadableDirectory(tree.resolve("locked"), "permission denied"),
                            new UnreadableDirectory(tree.resolve("ok/deeper/locked-too"), "permission denied")),
                    result.unreadableDirectories());
        } finally {
            UnprivilegedScan.openToEveryone(root);
        }
    }

    @Test
    void anUnreadableDirectoryNamedByTheUserIsReturnedToBeReported() throws Exception {
        touch("locked/a.http");
        UnprivilegedScan.openToEveryone(root);
        Path locked = root.resolve("locked");
        UnprivilegedScan.chmod(locked, "---------");
        try {
            ScanResult result = UnprivilegedScan.scan(root, List.of(locked));
            assertEquals(List.of(), result.files());
            assertEquals(List.of(new UnreadableDirectory(locked, "permission denied")), result.unreadableDirectories());
            assertFalse(result.isEmpty(), "a directory to report is not an empty input");
        } finally {
            UnprivilegedScan.openToEveryone(root);
        }
    }

    @Test
    void aScanThatFindsNothingSaysWhereItLookedAndForWhat() throws IOException {
        touch("docs/readme.md");
        Files.createDirectories(root.resolve("empty"));
        ScanResult result = new FileScanner(List.of("**/*.http", "**/*.har"), List.of())
                .scan(List.of(root.resolve("docs"), root.resolve("empty")));
        assertTrue(result.isEmpty());
        assertEquals(
                "'" + root.resolve("docs") + "', '" + root.resolve("empty") + "' (looked for **/*.http, **/*.har)",
                result.whereLooked());
    }

    @Test
    void jsonAndXmlFilesMetWhileWalkingThatAreNotFhirResourcesAreSkippedAndCounted() throws IOException {
        touch("create.json");
        touch("subscription.xml");
        write("package.json", "{\n  \"name\": \"client\",\n  \"version\": \"1.0.0\"\n}\n");
        write("tsconfig.json", "{\n  // comments are allowed here\n  \"compilerOptions\": {}\n}\n");
        write(
                "src/test/resources/logback-test.xml",
                "<?xml version=\"1.0\"?>\n<configuration>\n  <root level=\"INFO\"/>\n" + "</configuration>\n");
        write("empty.json", "");

        ScanResult result = scanDefaultsResult(root);

        assertEquals(paths("create.json", "subscription.xml"), result.files());
        assertEquals(
                paths("empty.json", "package.json", "src/test/resources/logback-test.xml", "tsconfig.json"),
                result.skipped());
        assertEquals("4 files skipped: not FHIR resources", result.skippedCount());
    }

    @Test
    void aFileNamedExplicitlyIsReadEvenWhenItIsNotAFhirResource() throws IOException {
        Path pkg = write("package.json", "{\"name\": \"client\"}");
        ScanResult result = scanDefaultsResult(pkg, root);
        assertEquals(paths("package.json"), result.files());
        assertEquals(List.of(), result.skipped());
    }

    @Test
    void aDirectoryHoldingOnlyFilesThatAreNotResourcesIsEmptyAndSaysWhatItSkipped() throws IOException {
        write("web/package.json", "{\"name\": \"client\"}");
        ScanResult result = scanDefaultsResult(root.resolve("web"));
        assertTrue(result.isEmpty());
        assertEquals(
                "'" + root.resolve("web") + "' (looked for **/*.http, **/*.har, **/*.xml, **/*.json; 1 file "
                        + "skipped: not FHIR resources)",
                result.whereLooked());
    }

    private ScanResult scanDefaultsResult(Path... roots) throws NoSuchFileException {
        return FileScanner.defaults().scan(List.of(roots));
    }
}
