package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * The class data sharing archive the build makes beside the jar, as {@code bin/nems-check} uses it: the classes of
 * a run come from the archive, the report is the same as without it, and an archive the JVM refuses (made for
 * another jar) is passed over without a word on stdout or stderr.
 */
class ClassDataSharingIT {
    private static final Path JAR =
            Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar")).toAbsolutePath();
    private static final Path ARCHIVE = JAR.resolveSibling("nems-check.jsa");
    private static final Path DEEP_ARCHIVE = JAR.resolveSibling("nems-check-deep.jsa");
    private static final Path SERVE_ARCHIVE = JAR.resolveSibling("nems-check-serve.jsa");
    private static final String[] DEEP_CHECK = {
        "--deep", "valid/create-explicit.http", "valid/subscription-generic.json"
    };
    private static final Path LAUNCHER = Path.of(System.getProperty("nems.cli.launcher", "../bin/nems-check"))
            .toAbsolutePath()
            .normalize();
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();
    private static final String[] CHECK = {"valid", "invalid/jwt-from-asid-mismatch.http"};

    private static Run plain;

    @BeforeAll
    static void runWithoutTheArchive() throws Exception {
        assumeFalse(Boolean.getBoolean("nems.cds.skip"), "the build was told to make no archive (nems.cds.skip)");
        plain = NemsCheckJarIT.run(SAMPLES, CHECK);
        assertEquals(1, plain.exit(), plain.err());
    }

    @Test
    void theBuildMakesTheArchivesNoOlderThanTheJar() throws IOException {
        for (Path archive : List.of(ARCHIVE, SERVE_ARCHIVE, DEEP_ARCHIVE)) {
            assertTrue(Files.size(archive) > 1_000_000, "archive " + archive);
            assertFalse(
                    Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) < 0,
                    "the archive must be made after the jar it belongs to: " + archive);
        }
    }

    /**
     * Every run pays for the size of the archive it maps, so a check's archive holds no server: serve's classes
     * (Jetty's, the simulator's server) are in serve's archive alone. The JVM lists what an archive holds.
     */
    @Test
    void aChecksArchiveHoldsNoServerAndServesArchiveHoldsIt() throws Exception {
        List<String> check = classesIn(ARCHIVE);
        List<String> serve = classesIn(SERVE_ARCHIVE);

        assertTrue(check.contains("org.nemsrules.engine.NemsValidator"), "the JVM listed the archive's classes");
        assertEquals(
                List.of(),
                check.stream()
                        .filter(type -> type.startsWith("org.eclipse.jetty.")
                                || type.startsWith("org.nemsrules.simulator.server."))
                        .toList(),
                "a check's archive holds no server class");
        assertTrue(serve.contains("org.eclipse.jetty.server.Server"), "serve's archive holds Jetty");
        assertTrue(serve.contains("org.nemsrules.simulator.server.SimulatorServer"), "and the simulator's server");
        assertTrue(serve.contains("org.nemsrules.engine.NemsValidator"), "and the checks its answers run");
        assertTrue(
                Files.size(ARCHIVE) < Files.size(SERVE_ARCHIVE),
                "a check's archive is the smaller: " + Files.size(ARCHIVE) + " bytes, serve's "
                        + Files.size(SERVE_ARCHIVE));
    }

    @Test
    void theLauncherMapsServesArchiveForServeAndTheChecksOtherwise(@TempDir Path tmp) throws Exception {
        Path serveLog = tmp.resolve("serve.log");
        Path checkLog = tmp.resolve("check.log");

        Run serve = launchWithJvmOptions(JAR, "-XX:+UseSerialGC -Xlog:cds=info:file=" + serveLog, "serve", "--help");
        Run check = launchWithJvmOptions(JAR, "-XX:+UseSerialGC -Xlog:cds=info:file=" + checkLog, CHECK);

        assertEquals(0, serve.exit(), serve.err());
        assertTrue(serve.out().contains("--port"), serve.out());
        assertEquals(plain, check);
        assertTrue(Files.readString(serveLog).contains("Opened archive " + SERVE_ARCHIVE + "."), "serve's archive");
        assertTrue(Files.readString(checkLog).contains("Opened archive " + ARCHIVE + "."), "a check's archive");
        assertFalse(Files.readString(checkLog).contains(SERVE_ARCHIVE.toString()), "not serve's");
    }

    /**
     * The launcher's own JVM options, as the JVM reports them (JAVA_TOOL_OPTIONS adds to them without replacing them,
     * as NEMS_CHECK_JAVA_OPTS would): the serial collector and the client compiler alone for every run, and for a
     * check a young generation of 8 MB (docs/benchmarks.md, "Cold start, fourth round"), which serve, running for
     * long, leaves to the JVM.
     */
    @Test
    void theLauncherStartsACheckWithAYoungGenerationOf8MbAndLeavesServeTheJvmsOwn() throws Exception {
        Map<String, String> printFlags = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal");

        Run check = launch(JAR, printFlags, "--version");
        Run serve = launch(JAR, printFlags, "serve", "--help");

        for (Run run : List.of(check, serve)) {
            assertEquals(0, run.exit(), run.err());
            assertEquals("true", flag(run, "UseSerialGC"), run.out());
            assertEquals("1", flag(run, "TieredStopAtLevel"), run.out());
        }
        assertEquals(String.valueOf(8 * 1024 * 1024), flag(check, "MaxNewSize"), "a check's young generation");
        assertFalse(String.valueOf(8 * 1024 * 1024).equals(flag(serve, "MaxNewSize")), "serve's is the JVM's own");
    }

    /** A flag's value in {@code -XX:+PrintFlagsFinal}'s table ("  size_t MaxNewSize  = 8388608  {product} ..."). */
    private static String flag(Run run, String name) {
        return run.out()
                .lines()
                .map(String::strip)
                .map(line -> line.split("\\s+"))
                .filter(words -> words.length > 3 && words[1].equals(name) && words[2].equals("="))
                .map(words -> words[3])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in:\n" + run.out()));
    }

    /** The classes an archive holds, as {@code -XX:+PrintSharedArchiveAndExit} lists them. */
    private static List<String> classesIn(Path archive) throws IOException, InterruptedException {
        List<String> command = JavaCommand.java();
        command.removeIf(option -> option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xlog"));
        command.addAll(
                List.of("-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-cp", JAR.toString()));
        Run run = NemsCheckJarIT.run(new ProcessBuilder(command).directory(SAMPLES.toFile()));
        assertEquals(0, run.exit(), run.err());
        // Lines such as "  20: org.eclipse.jetty.http.HttpStatus$Code app_loader".
        return run.out()
                .lines()
                .map(String::strip)
                .filter(line -> line.matches("\\d+: \\S+ \\S+"))
                .map(line -> line.split(" ")[1])
                .toList();
    }

    @Test
    void theLauncherLoadsTheRulesAndHapiFromTheArchiveAndReportsTheSame(@TempDir Path tmp) throws Exception {
        Path classLog = tmp.resolve("classes.log");
        Run run = launch(JAR, classLog);

        assertEquals(plain, run, "the archive must not change what is reported");
        assertFromTheArchive(
                classLog,
                "org.nemsrules.engine.NemsValidator",
                "org.nemsrules.cli.NemsCheck",
                "org.hl7.fhir.dstu3.model.Subscription",
                "com.nimbusds.jwt.SignedJWT");
    }

    @Test
    void theValidSamplesAreCheckedWithoutHapisContextOrParser(@TempDir Path tmp) throws Exception {
        Path usual = tmp.resolve("usual.log");
        Path unusual = tmp.resolve("unusual.log");

        // Creates in XML and JSON, bare resources, HAR and IDE files, reads with NEMS's answers.
        Run valid = launch(JAR, usual, "valid");
        Run contained = launch(JAR, unusual, "invalid/subscription-contained-patient.xml");

        assertEquals(0, valid.exit(), valid.err());
        assertEquals(1, contained.exit(), contained.err());
        // What costs the time: a context scanning the STU3 model, and a parser. A few of HAPI's interfaces are
        // still loaded (from the archive) where the project's classes name them, which costs next to nothing.
        List<String> built = List.of(
                "ca.uhn.fhir.context.FhirContext",
                "ca.uhn.fhir.context.ModelScanner",
                "ca.uhn.fhir.parser.BaseParser",
                "ca.uhn.fhir.parser.XmlParser",
                "ca.uhn.fhir.parser.JsonParser");
        List<String> hapi = Files.readString(usual, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> built.stream().anyMatch(type -> line.contains(" " + type + " ")))
                .toList();
        assertEquals(List.of(), hapi, "the valid samples are read without HAPI's FhirContext or parser");
        // A body the direct reader does not take still goes to HAPI's parser, which is what this test would miss.
        assertFromTheArchive(unusual, "ca.uhn.fhir.context.FhirContext", "ca.uhn.fhir.parser.XmlParser");
    }

    @Test
    void theValidSamplesAreCheckedWithoutJacksonsObjectMapperOrARecordsGeneratedMethods(@TempDir Path tmp)
            throws Exception {
        Path classLog = tmp.resolve("classes.log");
        // Away from the samples' configuration, whose schema validator builds mappers of its own.
        Path samples = tmp.resolve("samples");
        copyTree(SAMPLES.resolve("valid"), samples);

        // JSON bodies, HAR files, IDE environment files and NEMS's JSON answers among them: every tree is read by
        // JsonTrees. A mapper's set-up is what a JVM without this archive (Maven's) paid most for (docs/benchmarks.md).
        Run valid =
                launchIn(samples, JAR, Map.of("NEMS_CHECK_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), ".");

        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().contains(" 0 errors"), valid.out());
        String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
        assertTrue(loaded.contains(" com.fasterxml.jackson.databind.node.ObjectNode "), "no JSON tree was read");
        assertFalse(
                loaded.contains(" com.fasterxml.jackson.databind.ObjectMapper "),
                "the valid samples are read without an ObjectMapper:\n"
                        + firstLinesMentioning(loaded, "com.fasterxml.jackson.databind.ObjectMapper"));
        // A record's generated equals, hashCode or toString links through ObjectMethods on its first call: 50-100 ms
        // without the archive. Where a usual check compares records, they write those methods out (OdsCode).
        assertFalse(
                loaded.contains(" java.lang.runtime.ObjectMethods "),
                "a record's generated method ran on the valid samples:\n"
                        + firstLinesMentioning(loaded, "java.lang.runtime.ObjectMethods"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void aDeepRunMapsTheArchiveTrainedWithTheValidatorAndReportsTheSame(@TempDir Path tmp) throws Exception {
        assertFalse(
                Files.getLastModifiedTime(DEEP_ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) < 0,
                "the deep archive must be made after the jar it belongs to");
        Run plainDeep = NemsCheckJarIT.run(SAMPLES, DEEP_CHECK);
        Path classLog = tmp.resolve("classes.log");

        Run run = launch(JAR, classLog, DEEP_CHECK);

        assertEquals(plainDeep, run, "the archive must not change what deep validation reports");
        assertFromTheArchive(
                classLog,
                "org.hl7.fhir.validation.instance.InstanceValidator",
                "org.hl7.fhir.r5.model.StructureDefinition",
                "org.nemsrules.fhir.DeepProfileValidator",
                "org.nemsrules.engine.NemsValidator");
    }

    @Test
    void aRunWithoutDeepValidationMapsTheSmallerArchive(@TempDir Path tmp) throws Exception {
        Path classLog = tmp.resolve("classes.log");
        launch(JAR, classLog, CHECK);

        String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("org.nemsrules.engine.NemsValidator source: shared objects file (top)"), "mapped");
        assertFalse(
                loaded.contains("org.hl7.fhir.validation.instance.InstanceValidator"),
                "a plain check maps the archive without the deep validator's classes");
    }

    @Test
    void anArchiveTheJvmRefusesCostsTheSpeedAndNothingElse(@TempDir Path tmp) throws Exception {
        // A copied jar has another path and time, so the JVM refuses the archive made for the original, which is
        // what happens after a rebuild or with another JDK. Without the launcher's logging settings the JVM would
        // print "Unable to use shared archive" on stdout, in the middle of a JSON or SARIF report.
        Path jar = copyOfTheJar(tmp);
        Files.copy(ARCHIVE, tmp.resolve("nems-check.jsa"));
        Path classLog = tmp.resolve("classes.log");

        Run run = launch(jar, classLog);

        assertEquals(plain, run, "nothing about the refused archive may reach stdout or stderr");
        assertFalse(Files.readString(classLog, StandardCharsets.UTF_8).contains("(top)"));
    }

    private static Path copyOfTheJar(Path dir) throws IOException {
        Path jar = dir.resolve("nems-check.jar");
        Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        return jar;
    }

    /** bin/nems-check on the given jar, with the JVM's class loading logged to a file. */
    private static Run launch(Path jar, Path classLog) throws IOException, InterruptedException {
        return launch(jar, classLog, CHECK);
    }

    private static Run launch(Path jar, Path classLog, String... arguments) throws IOException, InterruptedException {
        return launchWithJvmOptions(jar, "-XX:+UseSerialGC -Xlog:class+load=info:file=" + classLog, arguments);
    }

    /** bin/nems-check on the given jar, with NEMS_CHECK_JAVA_OPTS {@code jvmOptions}. */
    private static Run launchWithJvmOptions(Path jar, String jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        return launch(jar, Map.of("NEMS_CHECK_JAVA_OPTS", jvmOptions), arguments);
    }

    /** bin/nems-check on the given jar, with {@code variables} added to the environment. */
    private static Run launch(Path jar, Map<String, String> variables, String... arguments)
            throws IOException, InterruptedException {
        return launchIn(SAMPLES, jar, variables, arguments);
    }

    /** bin/nems-check on the given jar in {@code directory}, with {@code variables} added to the environment. */
    private static Run launchIn(Path directory, Path jar, Map<String, String> variables, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.remove("NEMS_CHECK_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.putAll(variables);
        env.put("NEMS_CHECK_JAR", jar.toString());
        env.put(
                "PATH",
                Path.of(System.getProperty("java.home"), "bin")
                        + java.io.File.pathSeparator
                        + env.getOrDefault("PATH", ""));
        return NemsCheckJarIT.run(builder);
    }

    /** Each of {@code types} was loaded from the mapped archive, as the class loading log says. */
    private static void assertFromTheArchive(Path classLog, String... types) throws IOException {
        String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
        for (String type : types) {
            assertTrue(
                    loaded.contains(type + " source: shared objects file (top)"),
                    type + " should come from the archive:\n" + firstLinesMentioning(loaded, type));
        }
    }

    private static String firstLinesMentioning(String log, String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return log.lines().filter(line -> line.contains(simple)).limit(5).reduce("", (a, b) -> a + b + "\n");
    }
}
