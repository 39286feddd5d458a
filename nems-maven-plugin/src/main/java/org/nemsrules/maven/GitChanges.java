package org.nemsrules.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files of a working tree that differ from a git revision: changed, added or renamed since it (committed or
 * not), plus files git does not track yet and does not ignore. Deleted files are left out: there is nothing to
 * check. Asked of the {@code git} command, so that what counts as changed is what the user's own git says.
 */
final class GitChanges {
    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {}

    /**
     * @param directory a directory inside the working tree; the paths returned are absolute and normalised
     * @param revision  any revision git understands: a branch, a tag, {@code HEAD~3}, {@code origin/main}
     * @throws GitException when git is missing, the directory is not in a working tree, or the revision is unknown
     */
    static Set<Path> since(Path directory, String revision) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("'" + revision + "' is not a git revision");
        }
        Path top = Path.of(git(directory, "rev-parse", "--show-toplevel").strip());
        requirePresent(top, revision);
        Set<Path> changed = new HashSet<>();
        for (String name : lines(git(directory, "diff", "--name-only", "-z", "--diff-filter=d", revision, "--"))) {
            changed.add(top.resolve(name).toAbsolutePath().normalize());
        }
        for (String name : lines(git(top, "ls-files", "-z", "--others", "--exclude-standard"))) {
            changed.add(top.resolve(name).toAbsolutePath().normalize());
        }
        return changed;
    }

    /**
     * A default CI checkout (GitHub's actions/checkout) holds one commit and no other branch, so {@code origin/main}
     * or {@code HEAD~1} is simply not there and git would say no more than "bad revision". Says which revision is
     * missing and the fetch that brings it.
     */
    private static void requirePresent(Path top, String revision) throws GitException {
        if (run(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}").exit() == 0) {
            return;
        }
        boolean shallow =
                git(top, "rev-parse", "--is-shallow-repository").strip().equals("true");
        throw new GitException("the revision '" + revision + "' is not in this clone"
                + (shallow ? " (a shallow clone)" : "")
                + ": fetch the history (actions/checkout with fetch-depth: 0, or "
                + fetchCommand(top, revision, shallow) + ")" + (shallow ? "" : ", or check the revision's name"));
    }

    /** {@code git fetch origin main} for {@code origin/main}; the whole history for anything else in a shallow clone. */
    private static String fetchCommand(Path top, String revision, boolean shallow) throws GitException {
        for (String remote : git(top, "remote").lines().map(String::strip).toList()) {
            if (!remote.isEmpty() && revision.startsWith(remote + "/") && revision.length() > remote.length() + 1) {
                return "git fetch " + remote + " " + revision.substring(remote.length() + 1);
            }
        }
        return shallow ? "git fetch --unshallow" : "git fetch";
    }

    private static List<String> lines(String nulSeparated) {
        List<String> names = new ArrayList<>();
        for (String name : nulSeparated.split("\u0000", -1)) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** git's output; a failure is an exception naming the command, the directory and git's first line on stderr. */
    private static String git(Path directory, String... args) throws GitException {
        GitRun run = run(directory, args);
        if (run.exit() != 0) {
            String why = run.err().strip().lines().findFirst().orElse("no message");
            throw new GitException("git " + String.join(" ", args) + " failed in " + directory + ": " + why);
        }
        return run.out();
    }

    private record GitRun(int exit, String out, String err) {}

    private static GitRun run(Path directory, String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(false)
                    .start();
        } catch (IOException e) {
            throw new GitException("git is needed on the PATH: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
            errReader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException(
                        "git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            errReader.join();
            return new GitRun(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitException("git " + String.join(" ", args) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // The exit status says whether git failed; its message is a courtesy.
        }
    }

    static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }
}
