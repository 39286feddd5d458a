package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.RecordedResponse;
import org.nemsrules.recording.rules.MalformedHeaderRule;
import org.nemsrules.recording.rules.MalformedRequestLineRule;
import org.nemsrules.recording.rules.UnreadableFileRule;
import org.nemsrules.recording.rules.UnresolvedVariableRule;

/**
 * {@code .http} files as IntelliJ's HTTP Client and VS Code's REST Client document them: variables, dynamic
 * variables, bodies from files, response handlers and references, recorded responses, names and directives. The
 * files are written in the shape each IDE's documentation shows.
 */
class IdeHttpFileTest {
    private static final Instant JUDGED_AT = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path directory;

    private Recording read(String text) {
        return read(text, HttpEnvironment.none());
    }

    private Recording read(String text, HttpEnvironment environment) {
        return new HttpFileReader(environment, directory, RecordingReader.DEFAULT_MAX_BYTES, JUDGED_AT)
                .read("t.http", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    private static Interaction only(Recording recording) {
        assertEquals(List.of(), recording.problems());
        assertEquals(1, recording.interactions().size(), () -> "interactions: " + recording.interactions());
        return recording.interactions().get(0);
    }

    private static ReadProblem onlyProblem(Recording recording) {
        assertEquals(1, recording.problems().size(), () -> "problems: " + recording.problems());
        return recording.problems().get(0);
    }

    private static String header(Interaction i, String name) {
        return i.headers().first(name).map(Header::value).orElseThrow();
    }

    @Test
    void vsCodeFileVariablesAsItsReadmeShowsThemAreSubstitutedInTargetHeadersAndBody() {
        Recording r = read(lines(
                "@hostname = api.example.com",
                "@port = 8080",
                "@host = {{hostname}}:{{port}}",
                "@contentType = application/json",
                "@createdAt = {{$datetime iso8601}}",
                "",
                "###",
                "",
                "@name = hello",
                "",
                "GET https://{{host}}/authors/{{name}} HTTP/1.1",
                "",
                "###",
                "",
                "PATCH https://{{host}}/authors/{{name}} HTTP/1.1",
                "Content-Type: {{contentType}}",
                "",
                "{",
                "    \"content\": \"foo bar\",",
                "    \"created_at\": \"{{createdAt}}\"",
                "}"));
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.interactions().size());
        assertEquals(
                "https://api.example.com:8080/authors/hello",
                r.interactions().get(0).target());
        Interaction patch = r.interactions().get(1);
        assertEquals(15, patch.line());
        assertEquals(
                new Header("Content-Type", "application/json", 16),
                patch.headers().all().get(0));
        assertEquals(
                lines("{", "    \"content\": \"foo bar\",", "    \"created_at\": \"2026-03-01T12:00:00.000Z\"", "}"),
                patch.body().text());
        assertEquals(18, patch.body().line());
        assertTrue(patch.body().linesAsRecorded());
    }

    @Test
    void intellijInPlaceVariablesAreSubstitutedAndSpacesInsideTheBracesAreAllowed() {
        Interaction i = only(read(lines(
                "@my-host = nems.example.org",
                "@element.id = 42",
                "GET https://{{ my-host }}/api/get?id={{element.id}}")));
        assertEquals("GET", i.method());
        assertEquals("https://nems.example.org/api/get?id=42", i.target());
        assertEquals(3, i.line());
    }

    @Test
    void anIntelliJEnvironmentVariableWinsOverTheFilesAsIntelliJSendsItAndTheEnvironmentFillsTheRest() {
        HttpEnvironment dev = new HttpEnvironment(
                "dev",
                Map.of(
                        "host", new HttpEnvironment.Variable("env.example.org", "api/http-client.env.json", false),
                        "token", new HttpEnvironment.Variable("s3cr3t-value", "http-client.private.env.json", true)),
                "http-client.env.json and http-client.private.env.json (environment 'dev')");
        Interaction i = only(read(
                lines(
                        "@host = file.example.org",
                        "@path = /STU3/Subscription/abc",
                        "GET https://{{host}}{{path}}",
                        "Authorization: Bearer {{token}}"),
                dev));
        assertEquals("https://env.example.org/STU3/Subscription/abc", i.target());
        assertEquals("Bearer s3cr3t-value", header(i, "Authorization"));
    }

    @Test
    void aFileVariableWinsOverAVsCodeEnvironmentVariableAsVsCodeSendsIt() {
        HttpEnvironment dev = new HttpEnvironment(
                "dev",
                Map.of("host", new HttpEnvironment.Variable("env.example.org", ".vscode/settings.json", false)),
                ".vscode/settings.json (environment 'dev')");
        Interaction i =
                only(read(lines("@host = file.example.org", "GET https://{{host}}/STU3/Subscription/abc"), dev));
        assertEquals("https://file.example.org/STU3/Subscription/abc", i.target());
        assertEquals(
                "https://env.example.org/x",
                only(read("GET https://{{host}}/x", dev)).target());
    }

    @Test
    void anUndefinedVariableIsOneFindingPerPlaceWithItsLineAndColumnAndTheRequestIsNotChecked() {
        Recording r = read(lines(
                "# a comment",
                "@host = nems.example.org",
                "",
                "POST https://{{host}}/STU3/Subscription HTTP/1.1",
                "Content-Type: application/fhir+json",
                "Accept: application/fhir+json",
                "Authorization: Bearer {{token}}",
                "",
                "{\"a\": \"{{token}}\", \"b\": \"{{ token }}\"}",
                "###",
                "GET https://{{host}}/STU3/Subscription/abc"));
        assertEquals(3, r.problems().size(), () -> "problems: " + r.problems());
        ReadProblem header = r.problems().get(0);
        assertEquals(UnresolvedVariableRule.ID, header.ruleId());
        assertEquals(7, header.line());
        assertEquals(23, header.column());
        assertTrue(header.message().contains("{{token}}"), header.message());
        assertTrue(header.message().contains("'@token = \u2026'"), header.message());
        assertTrue(header.message().contains("--env NAME"), header.message());
        assertTrue(header.message().contains("no environment was chosen"), header.message());
        assertEquals(
                List.of(9, 9),
                r.problems().subList(1, 3).stream().map(ReadProblem::line).toList());
        assertEquals(
                List.of(8, 26),
                r.problems().subList(1, 3).stream().map(ReadProblem::column).toList());
        assertEquals(1, r.interactions().size(), "the request with an unresolved variable is not checked");
        assertEquals(11, r.interactions().get(0).line());
        assertEquals(0, r.interactions().get(0).index());
    }

    @Test
    void theUnresolvedMessageNamesWhereTheChosenEnvironmentWasLookedForAndNeverAValue() {
        HttpEnvironment dev = new HttpEnvironment(
                "dev",
                Map.of("secret", new HttpEnvironment.Variable("TOPSECRET", "http-client.private.env.json", true)),
                "http-client.env.json (environment 'dev')");
        ReadProblem p = onlyProblem(
                read(lines("@both = {{secret}}-{{missing}}", "GET https://nems.example.org/{{both}}"), dev));
        assertEquals(2, p.line());
        assertTrue(p.message().contains("{{both}} uses {{missing}}, which is not defined"), p.message());
        assertTrue(
                p.message().contains("the environment 'dev': it is not in http-client.env.json (environment 'dev')"),
                p.message());
        assertFalse(p.message().contains("TOPSECRET"), p.message());
    }

    @Test
    void aMalformedRequestLineAfterSubstitutionQuotesTheLineAsWrittenNotTheValue() {
        ReadProblem p = onlyProblem(read(lines("@target = /a b/c", "GET {{target}} HTTP/1.1")));
        assertEquals(MalformedRequestLineRule.ID, p.ruleId());
        assertTrue(p.message().contains("'GET {{target}} HTTP/1.1' (as written"), p.message());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'@a = {{b}}\n@b = {{a}}'|refers back to itself ({{a}} \u2192 {{b}} \u2192 {{a}})",
                "'@a = {{a}}'|refers back to itself ({{a}} \u2192 {{a}})",
            })
    void aCycleOfVariablesIsAFindingNotAHang(String definitions, String says) {
        ReadProblem p = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> onlyProblem(read(definitions + "\nGET https://x.example/{{a}}")));
        assertEquals(UnresolvedVariableRule.ID, p.ruleId());
        assertTrue(p.message().contains(says), p.message());
    }

    @Test
    void variablesThatDoubleAtEachLevelStopAtTheBoundOnOneRecording() {
        StringBuilder file = new StringBuilder("@v0 = " + "x".repeat(64) + "\n");
        for (int k = 1; k <= 15; k++) {
            file.append("@v")
                    .append(k)
                    .append(" = {{v")
                    .append(k - 1)
                    .append("}}{{v")
                    .append(k - 1)
                    .append("}}\n");
        }
        file.append("GET https://x.example/{{v15}}\n");
        Recording r = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> new HttpFileReader(HttpEnvironment.none(), directory, 100_000, JUDGED_AT)
                        .read("t.http", file.toString().getBytes(StandardCharsets.UTF_8)));
        ReadProblem p = onlyProblem(r);
        assertEquals(UnresolvedVariableRule.ID, p.ruleId());
        assertTrue(p.message().contains("{{v15}} uses {{v"), p.message());
        assertTrue(p.message().contains("more than 100,000 characters, the bound on one recording"), p.message());
    }

    @Test
    void variablesNestedDeeperThanTheBoundAreAFindingThatSaysSo() {
        StringBuilder file = new StringBuilder("@v0 = x\n");
        for (int k = 1; k <= 40; k++) {
            file.append("@v").append(k).append(" = {{v").append(k - 1).append("}}\n");
        }
        file.append("GET https://x.example/{{v40}}\n");
        ReadProblem p = onlyProblem(read(file.toString()));
        assertTrue(p.message().contains("more than 16 variables that refer to each other"), p.message());
        assertTrue(p.message().length() < 400, p.message());
        Interaction sixteen = only(read("@v0 = x\n@v1 = {{v0}}\n@v2 = {{v1}}\nGET https://x.example/{{v2}}\n"));
        assertEquals("https://x.example/x", sixteen.target());
    }

    @Test
    void aPromptVariableIsKnownButHasNoValueWhenChecked() {
        ReadProblem p = onlyProblem(read(lines(
                "// @prompt token Your bearer token",
                "GET https://nems.example.org/STU3/Subscription/abc",
                "Authorization: Bearer {{token}}")));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("asked for when the request is sent ('# @prompt token')"), p.message());
    }

    @Test
    void aRequestVariableAndAVariableSetByAHandlerSayTheirValueComesWhenTheRequestIsSent() {
        Recording r = read(lines(
                "# @name login",
                "POST https://auth.example.org/token",
                "",
                "> {%",
                "    client.global.set(\"auth_token\", response.body.token);",
                "%}",
                "###",
                "GET https://nems.example.org/STU3/Subscription/abc",
                "Authorization: Bearer {{login.response.body.$.token}}",
                "X-Other: {{auth_token}}"));
        assertEquals(2, r.problems().size(), () -> "problems: " + r.problems());
        assertTrue(
                r.problems()
                        .get(0)
                        .message()
                        .contains("is a request variable: its value comes from request " + "'login'"),
                r.problems().get(0).message());
        assertTrue(
                r.problems().get(1).message().contains("is set by a response handler"),
                r.problems().get(1).message());
        assertEquals("", r.interactions().get(0).body().text(), "the handler is not the login's body");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$uuid|00000000-0000-4000-8000-000000000001",
                "$random.uuid|00000000-0000-4000-8000-000000000001",
                "$guid|00000000-0000-4000-8000-000000000001",
                "$timestamp|1772366400",
                "$timestamp -1 d|1772280000",
                "$timestamp 2 h|1772373600",
                "$isoTimestamp|2026-03-01T12:00:00Z",
                "$randomInt|0",
                "$randomInt 5 10|5",
                "$random.integer(3, 9)|3",
                "$random.float(1.5, 2)|1.5",
                "$random.alphabetic(4)|aaaa",
                "$random.hexadecimal(3)|000",
                "$random.email|user@example.org",
                "$datetime iso8601|2026-03-01T12:00:00.000Z",
                "$datetime rfc1123|Sun, 01 Mar 2026 12:00:00 GMT",
                "$datetime iso8601 1 y|2027-03-01T12:00:00.000Z",
                "$datetime \"DD-MM-YYYY HH:mm\" -1 M|01-02-2026 12:00",
                "$localDatetime iso8601|2026-03-01T12:00:00+00:00",
                "$localDatetime 'YYYY-MM-DD[T]hh:mm a'|2026-03-01T12:00 pm",
            })
    void dynamicVariablesStandForFixedValuesAtTheJudgingInstant(String variable, String value) {
        Interaction i = only(read("GET https://nems.example.org/x\nX-Value: {{" + variable + "}}\n"));
        assertEquals(value, header(i, "X-Value"));
    }

    @Test
    void twoUuidsOfOneFileDifferAndEveryRunGivesTheSame() {
        String file = "GET https://nems.example.org/x\nA: {{$uuid}}\nB: {{$random.uuid}}\n";
        Interaction first = only(read(file));
        assertEquals("00000000-0000-4000-8000-000000000002", header(first, "B"));
        assertEquals(first.headers(), only(read(file)).headers());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$processEnv USERNAME|process environment",
                "$processEnv %tokenName|process environment",
                "$dotenv TOKEN|'.env' file",
                "$aadToken|Azure Active Directory",
                "$env.HOME|process environment",
                "$random.address.city|not a dynamic variable",
                "$randomInt 1|lowest and a highest",
                "$datetime 'QQ'|format this check does not write",
                "$nonsense|not a dynamic variable",
            })
    void dynamicVariablesWithoutAValueOfflineAreFindingsThatSayWhy(String variable, String says) {
        ReadProblem p = onlyProblem(read("GET https://nems.example.org/x\nX-Value: {{" + variable + "}}\n"));
        assertEquals(UnresolvedVariableRule.ID, p.ruleId());
        assertEquals(2, p.line());
        assertTrue(p.message().contains(says), p.message());
    }

    @Test
    void theProcessEnvironmentIsNeverRead() {
        String name = System.getenv().keySet().stream()
                .filter(k -> !System.getenv(k).isBlank())
                .findFirst()
                .orElse("PATH");
        ReadProblem p = onlyProblem(read("GET https://nems.example.org/x\nX: {{$processEnv " + name + "}}\n"));
        assertEquals(UnresolvedVariableRule.ID, p.ruleId());
    }

    @Test
    void intellijMultiLineTargetIsJoinedAsTheIdeSendsIt() {
        Interaction i = only(read(lines(
                "// Using line breaks with indent",
                "GET http://example.com:8080",
                "    /api",
                "    /html",
                "    /get",
                "    ?id=123",
                "    &value=content",
                "Accept: application/fhir+json")));
        assertEquals("http://example.com:8080/api/html/get?id=123&value=content", i.target());
        assertEquals(2, i.line());
        assertEquals(8, i.headers().all().get(0).line());
    }

    @Test
    void anIndentedHeaderRightAfterTheRequestLineIsAMalformedHeaderNotPartOfTheTarget() {
        Recording r =
                read(lines("GET https://nems.example.org/STU3/Subscription/abc", "  Accept: application/fhir+json"));
        ReadProblem p = onlyProblem(r);
        assertEquals(MalformedHeaderRule.ID, p.ruleId());
        assertEquals(2, p.line());
        assertEquals(
                "https://nems.example.org/STU3/Subscription/abc",
                r.interactions().get(0).target());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {"https://example.com/comments/1", "http://example.com/a/", "/STU3/Subscription/abc HTTP/1.1"})
    void aRequestLineWithoutMethodIsAGet(String requestLine) {
        Interaction i = only(read("// A basic request\n" + requestLine + "\n"));
        assertEquals("GET", i.method());
        assertEquals(requestLine.split(" ")[0], i.target());
    }

    @Test
    void namesAndDirectivesAreUnderstoodOrIgnoredNeverFindings() {
        Recording r = read(lines(
                "### Create a subscription",
                "# @name create",
                "# @no-log",
                "# @no-redirect",
                "# @no-cookie-jar",
                "# @timeout 600",
                "# @connection-timeout 2 m",
                "// @use-os-credentials",
                "# @name = other-name",
                "POST https://nems.example.org/STU3/Subscription",
                "# @no-log",
                "Accept: application/fhir+json",
                "",
                "{}"));
        Interaction i = only(r);
        assertEquals(10, i.line());
        assertEquals(
                List.of(new Header("Accept", "application/fhir+json", 12)),
                i.headers().all());
        assertEquals("{}", i.body().text());
    }

    @Test
    void suppressionsAndExpectAnnotationsStillSitRightBeforeTheRequestLine() {
        Interaction i = only(read(lines(
                "@host = nems.example.org",
                "# nems-rules: ignore http.base-path \u2014 the test stub has no /STU3",
                "# expect: http.base-path",
                "GET https://{{host}}/Subscription/abc")));
        assertEquals(1, i.suppressions().size());
        assertEquals(2, i.suppressions().get(0).line());
    }

    @Test
    void responseHandlersInPlaceOrInAFileAreNotPartOfTheBody() {
        Recording r = read(lines(
                "POST https://nems.example.org/STU3/Subscription",
                "Content-Type: application/fhir+json",
                "",
                "{\"resourceType\": \"Subscription\"}",
                "",
                "> {%",
                "    client.test(\"created\", function() {",
                "        client.assert(response.status === 201, \"not created\");",
                "    });",
                "%}",
                "",
                "###",
                "GET https://nems.example.org/STU3/Subscription/abc",
                "",
                "> ./check-read.js"));
        assertEquals(List.of(), r.problems());
        assertEquals(
                "{\"resourceType\": \"Subscription\"}",
                r.interactions().get(0).body().text());
        assertTrue(r.interactions().get(1).body().isEmpty());
    }

    @Test
    void responseReferencesOfTheHistoryFormatAreNotPartOfTheBody() {
        Recording r = read(lines(
                "POST https://nems.example.org/STU3/Subscription",
                "Content-Type: application/fhir+json",
                "",
                "{\"resourceType\": \"Subscription\"}",
                "",
                "<> 2026-01-05T090000.201.json",
                "<> ./previous-response.200.json",
                "",
                "###"));
        assertEquals("{\"resourceType\": \"Subscription\"}", only(r).body().text());
    }

    @Test
    void aRecordedResponseAfterTheBodyIsTheRequestsResponseNotBodyText() {
        Interaction i = only(read(lines(
                "POST https://nems.example.org/STU3/Subscription HTTP/1.1",
                "Content-Type: application/fhir+xml",
                "",
                "<Subscription xmlns=\"http://hl7.org/fhir\"/>",
                "",
                "HTTP/1.1 201 Created",
                "Location: https://nems.example.org/STU3/Subscription/ea0a485187204b49b978bdcf7102388c",
                "# a comment in the response",
                "Content-Length: 0",
                "",
                "",
                "###")));
        assertEquals("<Subscription xmlns=\"http://hl7.org/fhir\"/>", i.body().text());
        RecordedResponse response = i.response().orElseThrow();
        assertEquals(201, response.statusCode());
        assertEquals("Created", response.reason());
        assertEquals(6, response.line());
        assertEquals(
                List.of(
                        new Header(
                                "Location",
                                "https://nems.example.org/STU3/Subscription/ea0a485187204b49b978bdcf7102388c",
                                7),
                        new Header("Content-Length", "0", 9)),
                response.headers().all());
        assertTrue(response.body().isEmpty());
    }

    @Test
    void aRecordedResponseRightAfterTheHeadersWithABodyIsReadWholeAndTheRequestHasNoBody() {
        Interaction i = only(read(lines(
                "GET https://nems.example.org/STU3/Subscription/abc",
                "Accept: application/fhir+json",
                "",
                "HTTP/2 404",
                "content-type: application/fhir+json",
                "",
                "{\"resourceType\": \"OperationOutcome\"}",
                "",
                "<> 2026-01-05T090000.404.json")));
        assertTrue(i.body().isEmpty());
        RecordedResponse response = i.response().orElseThrow();
        assertEquals(404, response.statusCode());
        assertEquals("", response.reason());
        assertEquals("{\"resourceType\": \"OperationOutcome\"}", response.body().text());
        assertEquals(7, response.body().line());
    }

    @Test
    void aBodyFromAFileIsReadRelativeToTheRecordingAndStandsOnTheLessThanLine() throws IOException {
        Files.writeString(
                directory.resolve("body.json"), "{\n  \"resourceType\": \"Subscription\",\n  \"x\": \"{{v}}\"\n}\n");
        for (String reference : List.of("< ./body.json", "< body.json", "< " + directory.resolve("body.json"))) {
            Interaction i = only(read(lines(
                    "POST https://nems.example.org/STU3/Subscription",
                    "Content-Type: application/fhir+json",
                    "",
                    reference,
                    "",
                    "> {% client.log(1) %}")));
            assertEquals(
                    "{\n  \"resourceType\": \"Subscription\",\n  \"x\": \"{{v}}\"\n}\n",
                    i.body().text(),
                    reference);
            assertEquals(4, i.body().line());
            assertFalse(i.body().linesAsRecorded(), "a finding in the file's body points at the '<' line");
        }
    }

    @Test
    void aBodyFileWithAtHasItsVariablesSubstitutedAndAnUnresolvedOneIsReportedOnTheLessThanLine() throws IOException {
        Files.writeString(directory.resolve("body.json"), "{\"x\": \"{{v}}\", \"y\": \"{{w}}\"}");
        Interaction i = only(read(
                lines("@v = 1", "@w = 2", "POST https://nems.example.org/STU3/Subscription", "", "<@ ./body.json")));
        assertEquals("{\"x\": \"1\", \"y\": \"2\"}", i.body().text());
        Recording r = read(lines("@v = 1", "POST https://nems.example.org/STU3/Subscription", "", "<@ ./body.json"));
        ReadProblem p = onlyProblem(r);
        assertEquals(UnresolvedVariableRule.ID, p.ruleId());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("{{w}} in the body file './body.json'"), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void aMultipartBodyWithAFilePartTakesTheFileInItsPlace() throws IOException {
        Files.writeString(directory.resolve("input.txt"), "file text");
        Interaction i = only(read(lines(
                "POST http://example.com/api/upload",
                "Content-Type: multipart/form-data; boundary=abcd",
                "",
                "--abcd",
                "Content-Disposition: form-data; name=\"file_to_send\"; filename=\"input.txt\"",
                "",
                "< ./input.txt",
                "--abcd--")));
        assertEquals(
                lines(
                        "--abcd",
                        "Content-Disposition: form-data; name=\"file_to_send\"; filename=\"input.txt\"",
                        "",
                        "file text",
                        "--abcd--"),
                i.body().text());
        assertEquals(4, i.body().line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "< ./missing.json|does not exist",
                "< ./folder|is a directory, not a file",
                "< ./big.json|more than the 64 bytes left",
                "< ./latin-1.json|not valid UTF-8",
            })
    void aBodyFileThatCannotBeReadIsAFindingOnItsLineAndTheRequestIsNotChecked(String reference, String says)
            throws IOException {
        Files.createDirectory(directory.resolve("folder"));
        Files.writeString(directory.resolve("big.json"), "x".repeat(65));
        Files.write(directory.resolve("latin-1.json"), "{\"n\": \"Ren\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Recording r = new HttpFileReader(HttpEnvironment.none(), directory, 64, JUDGED_AT)
                .read(
                        "t.http",
                        lines("POST https://nems.example.org/STU3/Subscription", "", reference)
                                .getBytes(StandardCharsets.UTF_8));
        ReadProblem p = onlyProblem(r);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("the body file '" + reference.substring(2) + "'"), p.message());
        assertTrue(p.message().contains(says), p.message());
        assertTrue(r.interactions().isEmpty());
    }

    @Test
    void aBodyFileThatIsAFifoIsRefusedUnreadAndNoBodyFileIsReadWithoutADirectory() throws Exception {
        Path fifo = directory.resolve("body.fifo");
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        ReadProblem p = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> onlyProblem(read("POST https://nems.example.org/STU3/Subscription\n\n< ./body.fifo\n")));
        assertTrue(p.message().contains("is a pipe, not a file"), p.message());
        ReadProblem noDirectory = onlyProblem(new HttpFileReader()
                .read("t.http", "POST /STU3/Subscription\n\n< ./body.json\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(UnreadableFileRule.ID, noDirectory.ruleId());
        assertTrue(noDirectory.message().contains("not read from a file"), noDirectory.message());
    }

    @Test
    void aSubstitutedValueSpanningLinesMakesTheBodyStandOnItsFirstLine() {
        HttpEnvironment env = new HttpEnvironment(
                "dev",
                Map.of("reason", new HttpEnvironment.Variable("two\nlines", "http-client.env.json", false)),
                "http-client.env.json (environment 'dev')");
        Interaction i =
                only(read("POST https://nems.example.org/STU3/Subscription\n\n{\n\"r\": \"{{reason}}\"\n}\n", env));
        assertEquals("{\n\"r\": \"two\nlines\"\n}", i.body().text());
        assertEquals(3, i.body().line());
        assertFalse(i.body().linesAsRecorded());
    }

    @Test
    void aTimeFromADynamicVariableIsJudgedAtTheRunsJudgingInstant() throws IOException {
        Path file = directory.resolve("create.http");
        Files.writeString(
                file,
                "POST https://nems.example.org/STU3/Subscription\nContent-Type: application/fhir+json\n\n"
                        + "{\"resourceType\": \"Subscription\", \"end\": \"{{$datetime iso8601 -1 d}}\"}\n");
        assertTrue(new RecordingReader()
                .withDynamicInstant(JUDGED_AT)
                .read(file, "create.http")
                .interactions()
                .get(0)
                .body()
                .text()
                .contains("2026-02-28T12:00:00.000Z"));
        List<Finding> judged = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .baseDirectory(directory)
                .judgingInstant(JUDGED_AT)
                .build()
                .validateFile(file)
                .findings();
        assertTrue(
                judged.stream()
                        .anyMatch(f -> f.ruleId().equals("subscription.end-past")
                                && f.message().contains("2026-02-28T12:00")),
                () -> "findings: " + judged);
        List<Finding> unjudged = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .baseDirectory(directory)
                .build()
                .validateFile(file)
                .findings();
        assertTrue(unjudged.stream().noneMatch(f -> f.ruleId().equals("subscription.end-past")), () -> "" + unjudged);
        assertTrue(
                new RecordingReader()
                        .read(file, "create.http")
                        .interactions()
                        .get(0)
                        .body()
                        .text()
                        .contains("2026-01-04T09:00:00.000Z"),
                "without a judging instant, times stand on the fixed default");
    }
}
