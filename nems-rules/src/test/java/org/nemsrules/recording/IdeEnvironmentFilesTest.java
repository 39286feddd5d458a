package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The environment files as each IDE's documentation writes them, found and chosen as {@link IdeEnvironmentFiles}
 * says, and every way such a file can be wrong answered with a problem that names the file and the line.
 */
class IdeEnvironmentFilesTest {
    /** IntelliJ's public file, as the HTTP Client's documentation shows it ("Environment variables"). */
    static final String INTELLIJ_PUBLIC = """
            {
                "development": {
                    "host": "localhost",
                    "id-value": 12345,
                    "username": "",
                    "password": "",
                    "my-var": "my-dev-value"
                },

                "production": {
                    "host": "example.com",
                    "id-value": 6789,
                    "username": "",
                    "password": "",
                    "my-var": "my-prod-value"
                }
            }
            """;
    /** IntelliJ's private file of the same example: it fills the values the public one leaves empty. */
    static final String INTELLIJ_PRIVATE = """
            {
                "development": {
                    "username": "dev-user",
                    "password": "dev-password"
                },

                "production": {
                    "username": "user",
                    "password": "password"
                }
            }
            """;
    /** VS Code REST Client's README example of rest-client.environmentVariables, in a workspace's settings.json. */
    static final String VS_CODE_SETTINGS = """
            {
                // REST Client's environments; settings.json is JSON with comments
                "editor.tabSize": 4,
                "rest-client.environmentVariables": {
                    "$shared": {
                        "version": "v1",
                        "prodToken": "foo",
                        "nonProdToken": "bar"
                    },
                    "local": {
                        "version": "v2",
                        "host": "localhost",
                        "token": "{{$shared nonProdToken}}",
                        "secretKey": "devSecret"
                    },
                    "production": {
                        "host": "example.com",
                        "token": "{{$shared prodToken}}",
                        "secretKey" : "prodSecret"
                    },
                },
            }
            """;

    @TempDir
    Path project;

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private IdeEnvironmentFiles files(String chosen) {
        return new IdeEnvironmentFiles(
                Optional.ofNullable(chosen),
                project,
                p -> project.relativize(p).toString().replace('\\', '/'));
    }

    private static Map<String, String> values(HttpEnvironment environment) {
        return environment.variables().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }

    @Test
    void intellijsDocumentedExampleGivesTheChosenEnvironmentWithThePrivateValuesAsSecrets() throws IOException {
        write("http-client.env.json", INTELLIJ_PUBLIC);
        write("http-client.private.env.json", INTELLIJ_PRIVATE);
        Path recording = write("requests/get.http", "GET http://{{host}}/api/json/get?id={{id-value}}\n");

        HttpEnvironment development = files("development").forRecording(recording);

        assertEquals("development", development.name());
        assertEquals(
                Map.of(
                        "host",
                        "localhost",
                        "id-value",
                        "12345",
                        "username",
                        "dev-user",
                        "password",
                        "dev-password",
                        "my-var",
                        "my-dev-value"),
                values(development));
        assertTrue(development.variable("password").orElseThrow().secret());
        assertEquals(
                "http-client.private.env.json",
                development.variable("password").orElseThrow().definedIn());
        assertFalse(development.variable("host").orElseThrow().secret());
        assertEquals(
                "http-client.env.json",
                development.variable("host").orElseThrow().definedIn());
        assertEquals(
                "environment 'development' of http-client.env.json, http-client.private.env.json",
                development.lookedIn());
        assertEquals(
                "example.com",
                files("production")
                        .forRecording(recording)
                        .variable("host")
                        .orElseThrow()
                        .value());
    }

    @Test
    void withoutAChosenEnvironmentIntellijsVariablesDoNotApplyAndLookedInSaysWhichEnvironmentsThereAre()
            throws IOException {
        write("http-client.env.json", INTELLIJ_PUBLIC);
        Path recording = write("get.http", "GET http://{{host}}/\n");

        HttpEnvironment none = files(null).forRecording(recording);

        assertEquals("", none.name());
        assertEquals(Map.of(), none.variables());
        assertEquals(
                "http-client.env.json defines the environments development, production; none was chosen "
                        + "(nems-check --env NAME, or the Maven parameter env)",
                none.lookedIn());
    }

    @Test
    void vsCodesDocumentedExampleResolvesSharedReferencesAndLetsTheEnvironmentOverrideShared() throws IOException {
        write(".vscode/settings.json", VS_CODE_SETTINGS);
        Path recording = write("api/get.http", "GET https://{{host}}/{{version}}\n");

        HttpEnvironment local = files("local").forRecording(recording);

        assertEquals(
                Map.of(
                        "version",
                        "v2",
                        "prodToken",
                        "foo",
                        "nonProdToken",
                        "bar",
                        "host",
                        "localhost",
                        "token",
                        "bar",
                        "secretKey",
                        "devSecret"),
                values(local));
        assertFalse(local.variable("secretKey").orElseThrow().secret(), "settings.json has no private values");
        assertEquals(
                ".vscode/settings.json", local.variable("host").orElseThrow().definedIn());
        assertEquals(
                "foo",
                files("production")
                        .forRecording(recording)
                        .variable("token")
                        .orElseThrow()
                        .value());
        assertEquals(List.of(), files("local").problems());
    }

    @Test
    void withoutAChosenEnvironmentVsCodesSharedVariablesApply() throws IOException {
        write(".vscode/settings.json", VS_CODE_SETTINGS);
        Path recording = write("get.http", "GET https://example.com/{{version}}\n");

        HttpEnvironment none = files(null).forRecording(recording);

        assertEquals(Map.of("version", "v1", "prodToken", "foo", "nonProdToken", "bar"), values(none));
        assertTrue(
                none.lookedIn()
                        .endsWith("none was chosen (nems-check --env NAME, or the Maven parameter env), "
                                + "so only $shared applies"),
                none.lookedIn());
    }

    @Test
    void sharedInAnIntellijFileAppliesToEveryEnvironmentAsVisualStudioReadsIt() throws IOException {
        write("http-client.env.json", """
                {"$shared": {"host": "shared.example", "version": "v1"}, "dev": {"host": "dev.example"}}
                """);
        Path recording = write("get.http", "GET https://{{host}}/\n");

        assertEquals(
                Map.of("host", "dev.example", "version", "v1"),
                values(files("dev").forRecording(recording)));
        assertEquals(
                Map.of("host", "shared.example", "version", "v1"),
                values(files(null).forRecording(recording)));
    }

    @Test
    void numbersBooleansAndObjectsBecomeTheirJsonTextAndObjectMembersHaveDottedNames() throws IOException {
        write("http-client.env.json", """
                {"dev": {"port": 8443, "ratio": 1.5, "debug": true, "nothing": null,
                         "auth": {"user": "someone", "scopes": ["a", "b"]}}}
                """);
        HttpEnvironment dev = files("dev").forRecording(write("get.http", "GET /\n"));

        assertEquals(
                Map.of(
                        "port",
                        "8443",
                        "ratio",
                        "1.5",
                        "debug",
                        "true",
                        "auth",
                        "{\"user\":\"someone\",\"scopes\":[\"a\",\"b\"]}",
                        "auth.user",
                        "someone",
                        "auth.scopes",
                        "[\"a\",\"b\"]"),
                values(dev));
    }

    @Test
    void theNearestFilesUpwardsAreUsedAndTheWalkStopsAtTheProjectRoot() throws IOException {
        write("http-client.env.json", "{\"dev\": {\"host\": \"outside\"}}");
        write(".vscode/settings.json", "{\"rest-client.environmentVariables\": {\"dev\": {\"beyond\": \"x\"}}}");
        Files.createDirectories(project.resolve("repo/.git"));
        write("repo/http-client.env.json", "{\"dev\": {\"host\": \"root\"}}");
        write("repo/module/nems/http-client.env.json", "{\"dev\": {\"host\": \"near\"}}");
        Path near = write("repo/module/nems/deep/get.http", "GET /\n");
        Path elsewhere = write("repo/other/get.http", "GET /\n");
        Path outside = write("get.http", "GET /\n");

        IdeEnvironmentFiles files = files("dev");

        assertEquals(
                "near", files.forRecording(near).variable("host").orElseThrow().value());
        assertEquals(
                "root",
                files.forRecording(elsewhere).variable("host").orElseThrow().value());
        assertEquals(Optional.empty(), files.forRecording(elsewhere).variable("beyond"), "not above the project root");
        assertEquals(
                "outside",
                files.forRecording(outside).variable("host").orElseThrow().value());
    }

    @Test
    void withoutAProjectRootTheWalkStopsAtTheBaseDirectory() throws IOException {
        Path base = project.resolve("base");
        write("http-client.env.json", "{\"dev\": {\"host\": \"above the base\"}}");
        Path recording = write("base/nems/get.http", "GET /\n");

        IdeEnvironmentFiles files = new IdeEnvironmentFiles(
                Optional.of("dev"), base, p -> base.relativize(p).toString());

        HttpEnvironment environment = files.forRecording(recording);
        assertEquals(Map.of(), environment.variables());
        assertEquals(
                "no environment file: none of http-client.env.json, http-client.private.env.json or "
                        + ".vscode/settings.json is in nems or a directory above it up to .",
                environment.lookedIn());
    }

    @Test
    void aProjectRootAboveTheBaseDirectoryIsShownRelativeToItSoTheMessageIsTheSameOnEveryMachine() throws IOException {
        Files.createDirectories(project.resolve("repo/.git"));
        Path base = project.resolve("repo/module");
        Path recording = write("repo/module/nems/get.http", "GET /\n");
        write("repo/http-client.env.json", "{\"dev\": {\"host\": \"root\"}}");

        // as a run shows paths: relative inside the base directory, absolute outside it
        Function<Path, String> shownAsInARun =
                p -> p.startsWith(base) ? base.relativize(p).toString() : p.toString();
        IdeEnvironmentFiles files = new IdeEnvironmentFiles(Optional.of("int"), base, shownAsInARun);

        HttpEnvironment environment = files.forRecording(recording);
        assertEquals(Map.of(), environment.variables());
        assertTrue(environment.lookedIn().contains("../http-client.env.json"), environment.lookedIn());
        assertFalse(environment.lookedIn().contains(project.toString()), environment.lookedIn());
        Files.delete(project.resolve("repo/http-client.env.json"));
        String nothing = new IdeEnvironmentFiles(Optional.empty(), base, shownAsInARun)
                .forRecording(recording)
                .lookedIn();
        assertEquals(
                "no environment file: none of http-client.env.json, http-client.private.env.json or "
                        + ".vscode/settings.json is in nems or a directory above it up to ..",
                nothing);
    }

    @Test
    void anEnvironmentTheFilesDoNotDefineIsSaidWithTheOnesTheyDo() throws IOException {
        write("http-client.env.json", INTELLIJ_PUBLIC);
        HttpEnvironment staging = files("staging").forRecording(write("get.http", "GET /\n"));

        assertEquals(Map.of(), staging.variables());
        assertEquals(
                "http-client.env.json does not define the environment 'staging' (only development, production)",
                staging.lookedIn());
    }

    @Test
    void aChosenEnvironmentNoFileDefinesIsRefusedWithTheNearestName() throws IOException {
        write("http-client.env.json", INTELLIJ_PUBLIC);
        Path recording = write("get.http", "GET /\n");

        assertEquals(
                Optional.of(
                        "environment 'developement' is not defined by any environment file of the .http "
                                + "recordings: http-client.env.json defines development, production; did you mean 'development'?"),
                files("developement").unknownChosen(List.of(recording)));
        assertEquals(
                Optional.of(
                        "environment 'prodcution' is not defined by any environment file of the .http "
                                + "recordings: http-client.env.json defines development, production; did you mean 'production'?"),
                files("prodcution").unknownChosen(List.of(recording)),
                "two letters swapped");
        assertEquals(Optional.empty(), files("production").unknownChosen(List.of(recording)));
        assertEquals(Optional.empty(), files(null).unknownChosen(List.of(recording)));
        assertEquals(
                Optional.empty(),
                files("developement").unknownChosen(List.of(project.resolve("create.har"))),
                "only .http recordings have environments");
    }

    @Test
    void aChosenEnvironmentWithoutAnyEnvironmentFileIsRefused() throws IOException {
        Path recording = write("get.http", "GET /\n");

        assertEquals(
                Optional.of("environment 'dev': no environment file (http-client.env.json, "
                        + "http-client.private.env.json or .vscode/settings.json) was found for the .http recordings, so no "
                        + "environment can be chosen"),
                files("dev").unknownChosen(List.of(recording)));
    }

    @Test
    void brokenJsonIsOneProblemWithLineAndColumnAndTheParsersReason() throws IOException {
        Path env = write("http-client.env.json", "{\n  \"dev\": {\n    \"host\": \"a\"\n    \"port\": 1\n  }\n}\n");
        IdeEnvironmentFiles files = files("dev");
        HttpEnvironment dev = files.forRecording(write("get.http", "GET /\n"));

        EnvironmentFileProblem problem = files.problems().get(0);
        assertEquals(env, problem.file());
        assertEquals(4, problem.line());
        assertEquals(5, problem.column());
        assertTrue(problem.message().startsWith("it is not valid JSON: Unexpected character"), problem.message());
        assertEquals(1, files.problems().size());
        assertEquals(Map.of(), dev.variables());
        assertTrue(
                dev.lookedIn()
                        .contains("http-client.env.json could not be used in full (line 4: it is not valid " + "JSON"),
                dev.lookedIn());
    }

    @Test
    void brokenJsonInThePrivateFileIsSaidWithoutQuotingWhatTheParserMet() throws IOException {
        write("http-client.private.env.json", "{\"dev\": {\"token\": s3cr3t-t0ken-value}}");
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        EnvironmentFileProblem problem = files.problems().get(0);
        assertEquals(1, problem.line());
        assertFalse(problem.message().contains("s3cr3t"), problem.message());
        assertEquals(
                "it is not valid JSON (what the parser met is not quoted: the file holds private values)",
                problem.message());
    }

    @Test
    void settingsJsonAllowsCommentsAndTrailingCommasButNotOtherBreakage() throws IOException {
        write(
                ".vscode/settings.json",
                "{\n  // c\n  \"rest-client.environmentVariables\": {\"dev\": {\"a\": \"b\",},},\n"
                        + "  \"x\": [1, 2,],\n  'single': 1\n}\n");
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        EnvironmentFileProblem problem = files.problems().get(0);
        assertEquals(5, problem.line());
        assertTrue(
                problem.message().startsWith("it is not valid JSON (comments and trailing commas are allowed): "),
                problem.message());
    }

    @Test
    void anEnvironmentThatIsNotAnObjectIsLeftOutAtItsLineAndTheOthersStillApply() throws IOException {
        write(
                "http-client.env.json",
                "{\n  \"$schema\": \"https://example.com/schema.json\",\n  \"dev\": \"localhost\","
                        + "\n  \"int\": {\"host\": \"int.example\"}\n}\n");
        IdeEnvironmentFiles files = files("int");
        HttpEnvironment environment = files.forRecording(write("get.http", "GET /\n"));

        assertEquals(Map.of("host", "int.example"), values(environment));
        assertEquals(
                List.of(new EnvironmentFileProblem(
                        project.resolve("http-client.env.json"),
                        3,
                        null,
                        "environment 'dev' is a string, not an object of variables such as {\"host\": \"…\"}")),
                files.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"dev\"", "12"})
    void aFileThatIsNotAnObjectDefinesNothing(String json) throws IOException {
        write("http-client.env.json", json);
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        assertEquals(
                "it is not a JSON object of environments, such as {\"dev\": {\"host\": \"…\"}}",
                files.problems().get(0).message());
    }

    @Test
    void aRepeatedNameIsAProblemAtItsLine() throws IOException {
        write("http-client.env.json", "{\n\"dev\": {\"host\": \"a\",\n\"host\": \"b\"}\n}");
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        EnvironmentFileProblem problem = files.problems().get(0);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("Duplicate field 'host'"), problem.message());
    }

    @Test
    void aVsCodeReferenceToASharedVariableThatIsNotDefinedIsAProblemAndLeavesTheVariableOut() throws IOException {
        write(
                ".vscode/settings.json",
                "{\"rest-client.environmentVariables\": {\n\"$shared\": {},\n"
                        + "\"dev\": {\"token\": \"{{$shared devToken}}\", \"host\": \"h\"}}}");
        IdeEnvironmentFiles files = files("dev");
        HttpEnvironment dev = files.forRecording(write("get.http", "GET /\n"));

        assertEquals(Map.of("host", "h"), values(dev));
        assertEquals(
                List.of(new EnvironmentFileProblem(
                        project.resolve(".vscode/settings.json"),
                        3,
                        null,
                        "environment 'dev': variable 'token' refers to {{$shared devToken}}, which the $shared environment "
                                + "does not define; the variable is left undefined")),
                files.problems());
    }

    @Test
    void namesWithLineBreaksAreQuotedOnOneLine() throws IOException {
        write(
                ".vscode/settings.json",
                "{\"rest-client.environmentVariables\": {\"$shared\": {},\n"
                        + "\"d\\nev\": {\"to\\nken\": \"{{$shared x}}\"}, \"a\\rb\": 1}}");
        IdeEnvironmentFiles files = files("d\nev");
        HttpEnvironment environment = files.forRecording(write("get.http", "GET /\n"));

        assertEquals(
                List.of(
                        "environment 'a\\rb' is a number, not an object of variables such as {\"host\": \"…\"}",
                        "environment 'd\\nev': variable 'to\\nken' refers to {{$shared x}}, which the $shared environment does "
                                + "not define; the variable is left undefined"),
                files.problems().stream().map(EnvironmentFileProblem::message).toList());
        assertFalse(environment.lookedIn().contains("\n"), environment.lookedIn());
    }

    @Test
    void hostileNestingIsOneProblemWithoutAStackOverflow() throws IOException {
        write("http-client.env.json", "{\"dev\": {\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}");
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        assertEquals(
                "it nests objects or arrays deeper than 32 levels, so it was not read",
                files.problems().get(0).message());
    }

    @Test
    void aFileAboveTheBoundIsNotRead() throws IOException {
        write("http-client.env.json", "{\"dev\": {\"a\": \"" + "x".repeat((int) EnvironmentFile.MAX_BYTES) + "\"}}");
        IdeEnvironmentFiles files = files("dev");
        files.forRecording(write("get.http", "GET /\n"));

        assertEquals(
                "it is 1,048,594 bytes, above the limit of 1,048,576 bytes for an environment file, so it was not "
                        + "read",
                files.problems().get(0).message());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoNamedAsAnEnvironmentFileIsNotOpened() throws Exception {
        Path fifo = project.resolve("http-client.env.json");
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        IdeEnvironmentFiles files = files("dev");
        long start = System.nanoTime();
        files.forRecording(write("get.http", "GET /\n"));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "no waiting for a writer");
        assertEquals(
                "it is a pipe, not a file, so it was not read",
                files.problems().get(0).message());
    }

    @Test
    void eachFileIsReadOnceForAllTheRecordingsThatUseIt() throws IOException {
        write("http-client.env.json", "{\"dev\": {\"host\": \"h\"}, \"int\": 3}");
        IdeEnvironmentFiles files = files("dev");
        for (int i = 0; i < 5; i++) {
            files.forRecording(write("d" + i + "/get.http", "GET /\n"));
        }
        assertEquals(1, files.problems().size(), "one problem, from the one reading");
    }
}
