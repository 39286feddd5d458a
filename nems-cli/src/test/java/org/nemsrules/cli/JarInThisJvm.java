package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shaded jar under test, loaded once into this JVM by a class loader of its own, and its command run as if
 * started in a given directory ({@code NemsCheck.run(Path, String...)}, the entry point {@code main} calls).
 *
 * <p>What a jar test checks is what the jar does with its arguments and files: its classes, resources and service
 * files are the jar's own, never this module's class path (the loader's parent is the platform loader, so a class
 * missing from the jar fails here as it would for a user). A start of the jar's JVM costs about a second of processor
 * time, and the jar tests ran it some two hundred times: most of the build (docs/quality.md). What a separate JVM
 * alone can show (the launcher and its options, the manifest, stdin, environment variables, signals, the class data
 * sharing archive, the JVM's own messages) is tested by starting one ({@link NemsCheckJarIT#runInItsOwnJvm}).
 *
 * <p>The command writes to {@link System#out} and {@link System#err}, which are the JVM's: runs are one at a time,
 * each with both streams swapped for buffers. They are encoded as the jar's own JVM would encode them (its default
 * charset, the same as this JVM's) and read back as UTF-8, as the output of a process is read.
 */
final class JarInThisJvm {
    private static final long TIMEOUT_SECONDS = 60;
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nems-check in this JVM");
        thread.setDaemon(true);
        return thread;
    });
    private static Method entryPoint;

    private JarInThisJvm() {}

    /** Runs {@code nems-check args} as if started in {@code workDir}. */
    static synchronized NemsCheckJarIT.Run run(Path workDir, String... args) {
        Method run = entryPoint();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        Charset charset = Charset.defaultCharset();
        System.setOut(new PrintStream(out, true, charset));
        System.setErr(new PrintStream(err, true, charset));
        Future<Integer> exit = RUNNER.submit(() -> {
            // As in the jar's own JVM, where the context class loader is the one holding the jar: libraries that
            // find their services through it (HAPI's cache provider, for deep validation) must find the jar's.
            Thread.currentThread().setContextClassLoader(run.getDeclaringClass().getClassLoader());
            return (Integer) run.invoke(null, workDir, args);
        });
        try {
            return new NemsCheckJarIT.Run(
                    exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS),
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exit.cancel(true);
            return fail("nems-check did not finish within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while nems-check ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException target ? target.getCause() : e;
            return fail("nems-check let an exception escape its entry point: a user would see a stack trace", cause);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
    }

    private static Method entryPoint() {
        if (entryPoint == null) {
            try {
                URLClassLoader jar = new URLClassLoader(
                        "nems-check.jar",
                        new URL[] {JavaCommand.jar().toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                entryPoint = Class.forName("org.nemsrules.cli.NemsCheck", true, jar)
                        .getMethod("run", Path.class, String[].class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("the jar has no NemsCheck.run(Path, String...): " + e, e);
            }
        }
        return entryPoint;
    }
}
