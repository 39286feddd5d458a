package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.change;
import static org.nemsrules.subscription.SubscriptionFixtures.create;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

class UnparseableRuleTest {
    private static final UnparseableRule RULE = new UnparseableRule();

    private static List<Finding> findings(Interaction request) {
        return SubscriptionFixtures.findings(RULE, request);
    }

    private static Finding only(Interaction request) {
        List<Finding> found = findings(request);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(UnparseableRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(400, f.httpStatus());
        assertEquals("BAD_REQUEST", f.spineCode());
        return f;
    }

    @Test
    void itIsSilentOnValidXmlAndJson() {
        assertEquals(List.of(), findings(bare(XML)));
        assertEquals(List.of(), findings(bare(JSON)));
        assertEquals(List.of(), findings(create(XML)));
        assertEquals(List.of(), findings(create(JSON)));
    }

    @Test
    void aByteOrderMarkBeforeTheBodyIsNoContent() {
        assertEquals(List.of(), findings(bare("\uFEFF" + XML)));
        assertEquals(List.of(), findings(bare("\uFEFF" + JSON)));
    }

    @Test
    void itIsSilentWhenThereIsNoBodyOrTheRequestIsNotACreate() {
        assertEquals(List.of(), findings(create("")));
        Interaction read = new Interaction(
                "read.http",
                0,
                Origin.HTTP_FILE,
                "GET",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc",
                1,
                Headers.none(),
                Body.of("<x", 3));
        assertEquals(List.of(), findings(read));
        Interaction put = new Interaction(
                "put.http",
                0,
                Origin.HTTP_FILE,
                "PUT",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc",
                1,
                Headers.none(),
                Body.of("<x", 3));
        assertEquals(List.of(), findings(put));
    }

    @Test
    void xmlThatIsNotWellFormedIsReportedAtItsLineInTheRecording() {
        String body = change(XML, "<reason value=\"Keep", "<reason value=Keep");
        Finding f = only(create(body));
        assertEquals(
                SubscriptionFixtures.CREATE_BODY_LINE + SubscriptionFixtures.XML_REASON - 1,
                f.location().line());
        assertTrue(f.message().startsWith("the body is not well-formed XML"), f.message());
        assertEquals("R-HTTP-06", f.requirement());
        assertEquals("body", f.location().path());
    }

    @Test
    void aRawAmpersandInAnXmlAttributeIsNotWellFormed() {
        Finding f = only(bare(change(XML, "&amp;Patient", "&Patient")));
        assertEquals(SubscriptionFixtures.XML_CRITERIA, f.location().line());
        assertTrue(f.message().contains("not well-formed XML") && f.message().contains("written '&amp;'"), f.message());
    }

    @Test
    void jsonThatIsNotWellFormedIsReportedWithLineAndColumn() {
        Finding f = only(bare(change(JSON, "\"status\": \"requested\",", "\"status\": \"requested\"")));
        assertEquals(SubscriptionFixtures.JSON_CONTACT, f.location().line());
        assertTrue(f.location().column() != null && f.location().column() > 0);
        assertTrue(f.message().startsWith("the body is not well-formed JSON"), f.message());
    }

    @Test
    void aDuplicateJsonNameIsReportedRatherThanSilentlyOverwritten() {
        Finding f = only(bare(
                change(JSON, "\"status\": \"requested\",", "\"status\": \"requested\",\n  \"status\": \"active\",")));
        assertEquals(SubscriptionFixtures.JSON_STATUS + 1, f.location().line());
        assertTrue(f.message().contains("status"), f.message());
    }

    @Test
    void aBodyThatIsNeitherXmlNorJsonSaysHowItStarts() {
        Finding f = only(create("status=requested"));
        assertTrue(
                f.message().contains("neither XML nor JSON") && f.message().contains("'status=requested'"),
                f.message());
        assertEquals(SubscriptionFixtures.CREATE_BODY_LINE, f.location().line());
    }

    @Test
    void aBodyThatIsNeitherXmlNorJsonIsQuotedUpToTwentyCharactersOfItsFirstLine() {
        assertEquals(
                neitherXmlNorJson("'status=requested&a=b'"),
                only(bare("status=requested&a=b")).message());
        assertEquals(
                neitherXmlNorJson("'status=requested&ab=...'"),
                only(bare("status=requested&ab=c")).message());
        Finding twoLines = only(bare("abc\ndef"));
        assertEquals(neitherXmlNorJson("'abc...'"), twoLines.message());
        assertEquals("R-HTTP-06", twoLines.requirement());
        assertEquals(1, twoLines.location().line());
    }

    private static String neitherXmlNorJson(String quoted) {
        return "the body is neither XML nor JSON: it starts with " + quoted
                + "; expected a Subscription resource starting with '<' (XML) or '{' (JSON)";
    }

    @Test
    void whatHapiRefusesToReadIsReportedAtItsPositionInWordsWithoutTheExceptionsName() {
        Finding f = only(bare(change(XML, "  <status", "  <contained><NoSuchType/></contained>\n  <status")));

        assertEquals(
                "HAPI FHIR cannot read the body as an STU3 Subscription: Unknown resource name \"NoSuchType\" (this "
                        + "name is not known in FHIR version \"DSTU3\")",
                f.message());
        assertEquals("R-SUB-02", f.requirement());
        assertEquals(SubscriptionFixtures.XML_STATUS, f.location().line());
        assertEquals(14, f.location().column(), "where <NoSuchType/> starts");
    }

    @Test
    void whatHapiRefusesToReadInJsonIsReportedAtTheBodysStart() {
        Finding f = only(bare(
                change(JSON, "  \"status\"", "  \"contained\": [{\"resourceType\": \"NoSuchType\"}],\n  \"status\"")));

        assertEquals(
                "HAPI FHIR cannot read the body as an STU3 Subscription: Unknown resource name \"NoSuchType\" (this "
                        + "name is not known in FHIR version \"DSTU3\")",
                f.message());
        assertEquals(1, f.location().line());
        assertEquals(null, f.location().column());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<status value=\"requested\"/>|<status value=\"bogus\"/>|Subscription.status|'bogus'|requested, active, error, off|5",
                "<system value=\"url\"/>|<system value=\"web\"/>|Subscription.contact[0].system|'web'|phone, fax, email, pager, url, sms, other|7",
                "<use value=\"work\"/>|<use value=\"office\"/>|Subscription.contact[0].use|'office'|home, work, temp, old, mobile|9",
                "<type value=\"message\"/>|<type value=\"mesh\"/>|Subscription.channel.type|'mesh'|rest-hook, websocket, email, sms, message|14",
            })
    void anInvalidCodeIsReportedWithTheCodesExpected(
            String from, String to, String path, String found, String expected, int line) {
        Finding xml = only(bare(change(XML, from, to)));
        assertEquals(path, xml.location().path());
        assertEquals(line, xml.location().line());
        assertTrue(xml.message().contains(found) && xml.message().contains(expected), xml.message());
        assertEquals("R-SUB-02", xml.requirement());

        String jsonFrom = from.replaceAll("<(\\w+) value=(\"\\w+\")/>", "\"$1\": $2");
        String jsonTo = to.replaceAll("<(\\w+) value=(\"\\w+\")/>", "\"$1\": $2");
        Finding json = only(bare(change(JSON, jsonFrom, jsonTo)));
        assertEquals(path, json.location().path());
        assertTrue(json.message().contains(found) && json.message().contains(expected), json.message());
    }

    @Test
    void everyUnknownElementIsReportedOnItsOwnLine() {
        String body =
                change(XML, "<status value=\"requested\"/>", "<status value=\"requested\"/>\n  <topic value=\"r5\"/>");
        body = change(body, "<endpoint value=\"A99968OT001\"/>", "<endpoint value=\"A99968OT001\"/>\n    <foo/>");
        List<Finding> found = findings(bare(body));
        assertEquals(2, found.size(), found::toString);
        assertEquals(
                SubscriptionFixtures.XML_STATUS + 1, found.get(0).location().line());
        assertEquals("Subscription.topic", found.get(0).location().path());
        assertTrue(found.get(0).message().contains("'topic'"), found.get(0).message());
        assertEquals(
                SubscriptionFixtures.XML_ENDPOINT + 2, found.get(1).location().line());
        assertEquals("Subscription.channel.foo", found.get(1).location().path());
    }

    @Test
    void anUnknownJsonElementIsReportedOnItsLine() {
        Finding f = only(bare(change(JSON, "\"use\": \"work\"", "\"use\": \"work\",\n      \"ranking\": 1")));
        assertEquals("Subscription.contact[0].ranking", f.location().path());
        assertEquals(SubscriptionFixtures.JSON_USE + 1, f.location().line());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"reason\": \"Keep the registered practice informed of address changes\"|\"reason\": 5"
                        + "|Subscription.reason|16|is a number; expected a string",
                "\"type\": \"message\"|\"type\": true|Subscription.channel.type|19|is a boolean; expected a string",
                "\"endpoint\": \"A99968OT001\"|\"endpoint\": [\"A99968OT001\"]|Subscription.channel.endpoint|20"
                        + "|is an array; expected a string (endpoint occurs at most once)",
                "\"use\": \"work\"|\"use\": {\"value\": \"work\"}|Subscription.contact[0].use|13|is an object; expected a string",
            })
    void aJsonValueOfTheWrongTypeIsReportedThoughHapiWouldCoerceIt(
            String from, String to, String path, int line, String says) {
        Finding f = only(bare(change(JSON, from, to)));
        assertEquals(path, f.location().path());
        assertEquals(line, f.location().line());
        assertTrue(f.message().startsWith(path + " " + says), f.message());
        assertEquals("R-SUB-02", f.requirement());
    }

    @Test
    void aSingleProfileNotWrappedInAnArrayIsReported() {
        String body = change(
                JSON,
                "\"profile\": [\n      \"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"\n    ]",
                "\"profile\": \"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"");
        Finding f = only(bare(body));
        assertEquals("Subscription.meta.profile[0]", f.location().path());
        assertEquals(4, f.location().line());
        assertTrue(f.message().contains("is a string; expected an array (profile may repeat"), f.message());
    }

    @Test
    void extensionsAndContainedResourcesOfTheRightShapePass() {
        String body = change(
                JSON,
                "  \"status\"",
                "  \"extension\": [{\"url\": \"https://example.org/x\", "
                        + "\"valueBoolean\": true}],\n  \"contained\": [{\"resourceType\": \"Provenance\", \"id\": \"p1\", "
                        + "\"recorded\": \"2026-01-05T09:00:00+00:00\", \"target\": [{\"reference\": \"Subscription/x\"}], "
                        + "\"agent\": [{\"whoUri\": \"https://example.org\"}]}],\n  \"status\"");
        assertEquals(List.of(), findings(bare(body)));
    }

    @Test
    void narrativeTextIsNotMistakenForAValueWrittenAsText() {
        String body = change(
                XML,
                "  <status",
                "  <text>\n    <status value=\"generated\"/>\n    <div xmlns="
                        + "\"http://www.w3.org/1999/xhtml\"><p>A <b>subscription</b> &amp; more</p></div>\n  </text>\n  <status");
        assertEquals(List.of(), findings(bare(body)));
    }

    @Test
    void aRepeatedSingleElementIsReported() {
        Finding f = only(bare(change(
                XML, "<status value=\"requested\"/>", "<status value=\"requested\"/>\n  <status value=\"active\"/>")));
        assertEquals(SubscriptionFixtures.XML_STATUS + 1, f.location().line());
        assertTrue(f.message().contains("more than once"), f.message());
    }

    @Test
    void aJsonObjectWhereAnArrayBelongsIsReported() {
        String body = change(change(JSON, "\"contact\": [", "\"contact\":"), "}\n  ],", "},");
        Finding f = only(bare(body));
        assertEquals("Subscription.contact[0]", f.location().path());
        assertEquals(SubscriptionFixtures.JSON_CONTACT, f.location().line());
        assertTrue(f.message().contains("is an object") && f.message().contains("expected an array"), f.message());
    }

    @Test
    void aMalformedDateIsReported() {
        Finding f = only(bare(change(
                XML, "<status value=\"requested\"/>", "<status value=\"requested\"/>\n  <end value=\"next year\"/>")));
        assertEquals(SubscriptionFixtures.XML_STATUS + 1, f.location().line());
        assertTrue(f.message().contains("'next year'"), f.message());
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE Subscription [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n"
                + change(
                        XML,
                        "<reason value=\"Keep the registered practice informed of address changes\"/>",
                        "<reason>&e;</reason>");
        List<Finding> found = findings(bare(body));
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(2, f.location().line(), "the line of the DOCTYPE");
        assertTrue(f.message().contains("document type declaration"), f.message());
        assertFalse(f.toString().contains("TOP-SECRET"), f.toString());
        assertTrue(SubscriptionBody.read(bare(body)).isFailed(), "no Subscription is read from the body");
    }

    @Test
    void anExternalEntityNamingAUrlOpensNoConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String body = "<!DOCTYPE Subscription [<!ENTITY e SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
                    + "/secret\">]>\n" + change(XML, "<criteria value=", "<criteria>&e;</criteria>\n  <x value=");
            Finding f = only(bare(body));
            assertTrue(f.message().contains("DOCTYPE"), f.message());
            try {
                server.accept().close();
                throw new AssertionError("the parser connected to the entity's URL");
            } catch (SocketTimeoutException expected) {
                // Nobody connected.
            }
        }
    }

    @Test
    void anEntityWithoutADoctypeIsNotExpanded() {
        Finding f = only(bare(change(
                XML,
                "<reason value=\"Keep the registered practice informed of address changes\"/>",
                "<reason>&secret;</reason>")));
        assertEquals(SubscriptionFixtures.XML_REASON, f.location().line());
    }

    @Test
    void deeplyNestedXmlIsRefusedQuicklyWithoutOverflowingTheStack() {
        String body = "<Subscription xmlns=\"http://hl7.org/fhir\">" + "<extension>".repeat(200_000)
                + "</extension>".repeat(200_000) + "</Subscription>";
        Finding f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(bare(body)));
        assertTrue(f.message().contains("more than 64 deep"), f.message());
    }

    @Test
    void deeplyNestedJsonIsRefusedQuicklyWithoutOverflowingTheStack() {
        String body = "{\"resourceType\":\"Subscription\",\"a\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        Finding f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(bare(body)));
        assertTrue(f.message().contains("not well-formed JSON") && f.message().contains("64"), f.message());
    }

    @Test
    void aBodyInAHarIsReportedOnTheLineOfItsText() {
        Interaction har = new Interaction(
                "a.har",
                0,
                Origin.HAR,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                20,
                Headers.none(),
                Body.of(change(JSON, "\"use\": \"work\"", "\"use\": \"work\", \"ranking\": 1"), 57));
        Finding f = only(har);
        assertEquals(57, f.location().line());
        assertEquals(null, f.location().column());
    }
}
