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
    void theBuildMakesAnArchiveNoOlderThanTheJar() throws IOException {
        assertTrue(Files.size(ARCHIVE) > 1_000_000, "archive " + ARCHIVE);
        assertFalse(
                Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) < 0,
                "the archive must be made after the jar it belongs to");
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
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(SAMPLES.toFile());
        Map<String, String> env = builder.environment();
        env.put("NEMS_CHECK_JAR", jar.toString());
        env.put("NEMS_CHECK_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:class+load=info:file=" + classLog);
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
