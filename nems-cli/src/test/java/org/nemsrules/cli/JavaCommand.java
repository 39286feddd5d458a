package org.nemsrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start of the command line the jar tests run the jar with: this JDK's {@code java} and the JVM options that
 * {@code bin/nems-check} uses (the serial collector, the client compiler alone, for a check a young generation of 8
 * MB, and the class data sharing archive the build made beside the jar for the kind of run, when there is one: a
 * check's, or serve's).
 */
final class JavaCommand {
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private JavaCommand() {}

    /** {@code java} with the options for a short check; a new list, for the caller to extend. */
    static List<String> java() {
        return java(archive(), "-Xmn8m");
    }

    /** {@code java} with the options for {@code nems-check serve}: its archive holds the server's classes. */
    static List<String> javaForServe() {
        return java(serveArchive());
    }

    private static List<String> java(Optional<Path> found, String... options) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(options));
        if (found.isPresent()) {
            Path archive = found.get();
            // As bin/nems-check: a refused archive costs the speed-up only, the JVM's CDS messages are silenced.
            command.addAll(List.of(
                    "-Xlog:disable",
                    "-Xlog:all=warning,cds=off,cds+dynamic=off:stderr",
                    "-XX:SharedArchiveFile=" + archive));
        }
        return command;
    }

    /** {@code java}, the options for a short check, {@code -jar} and the jar under test. */
    static List<String> javaJar() {
        List<String> command = java();
        command.addAll(List.of("-jar", jar().toString()));
        return command;
    }

    static Path jar() {
        return Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"))
                .toAbsolutePath();
    }

    /** The class data sharing archive of a check the build made beside the jar, when it made one. */
    static Optional<Path> archive() {
        return besideTheJar(".jsa");
    }

    /** The class data sharing archive of {@code serve} the build made beside the jar, when it made one. */
    static Optional<Path> serveArchive() {
        return besideTheJar("-serve.jsa");
    }

    private static Optional<Path> besideTheJar(String suffix) {
        String name = jar().getFileName().toString().replaceFirst("\\.jar$", suffix);
        Path archive = jar().resolveSibling(name);
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }
}
