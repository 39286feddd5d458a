package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * changedSince in real git clones, as a CI checkout makes them: a pull request built from a clone that holds one
 * commit and no other branch must be told which revision is missing and how to fetch it, not "bad revision".
 */
class GitChangesTest {
    @Test
    void aRemoteBranchTheCloneNeverFetchedIsNamedWithTheFetchThatBringsIt(@TempDir Path tmp) throws Exception {
        Path origin = repositoryWithTwoCommits(tmp.resolve("origin"));
        Path clone = tmp.resolve("clone");
        // What actions/checkout does by default: one commit, no remote-tracking branches.
        git(tmp, "clone", "-q", "--depth", "1", "file://" + origin, clone.toString());
        git(clone, "update-ref", "-d", "refs/remotes/origin/main");

        GitChanges.GitException e =
                assertThrows(GitChanges.GitException.class, () -> GitChanges.since(clone, "origin/main"));

        assertEquals(
                "the revision 'origin/main' is not in this clone (a shallow clone): fetch the history"
                        + " (actions/checkout with fetch-depth: 0, or git fetch origin main)",
                e.getMessage());
    }

    @Test
    void anAncestorCutOffByAShallowCloneAsksForTheWholeHistory(@TempDir Path tmp) throws Exception {
        Path origin = repositoryWithTwoCommits(tmp.resolve("origin"));
        Path clone = tmp.resolve("clone");
        git(tmp, "clone", "-q", "--depth", "1", "file://" + origin, clone.toString());

        GitChanges.GitException e =
                assertThrows(GitChanges.GitException.class, () -> GitChanges.since(clone, "HEAD~1"));

        assertEquals(
                "the revision 'HEAD~1' is not in this clone (a shallow clone): fetch the history"
                        + " (actions/checkout with fetch-depth: 0, or git fetch --unshallow)",
                e.getMessage());
    }

    @Test
    void aRevisionUnknownToAFullCloneIsNamedToo(@TempDir Path tmp) throws Exception {
        Path repository = repositoryWithTwoCommits(tmp.resolve("repository"));

        GitChanges.GitException e =
                assertThrows(GitChanges.GitException.class, () -> GitChanges.since(repository, "no-such-branch"));

        assertTrue(
                e.getMessage().startsWith("the revision 'no-such-branch' is not in this clone: fetch the history"),
                e.getMessage());
    }

    @Test
    void onceTheHistoryIsThereTheChangedFilesAreFound(@TempDir Path tmp) throws Exception {
        Path repository = repositoryWithTwoCommits(tmp.resolve("repository"));

        Set<Path> changed = GitChanges.since(repository, "HEAD~1");

        assertEquals(
                Set.of(repository.resolve("second.http").toRealPath()),
                Set.copyOf(changed.stream().map(GitChangesTest::real).toList()));
    }

    @Test
    void outsideAnyWorkingTreeTheMessageSaysSo(@TempDir Path tmp) throws Exception {
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        Files.writeString(plain.resolve(".git"), "not a repository\n");

        GitChanges.GitException e =
                assertThrows(GitChanges.GitException.class, () -> GitChanges.since(plain, "origin/main"));

        assertTrue(e.getMessage().contains("git rev-parse --show-toplevel failed in " + plain), e.getMessage());
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path repositoryWithTwoCommits(Path dir) throws Exception {
        Files.createDirectories(dir);
        git(dir, "init", "-q", "-b", "main");
        Files.writeString(dir.resolve("first.http"), "GET /STU3/Subscription/1 HTTP/1.1\n");
        commit(dir, "first");
        Files.writeString(dir.resolve("second.http"), "GET /STU3/Subscription/2 HTTP/1.1\n");
        commit(dir, "second");
        return dir;
    }

    private static void commit(Path dir, String message) throws Exception {
        git(dir, "add", ".");
        git(
                dir,
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.org",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "-q",
                "-m",
                message);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
