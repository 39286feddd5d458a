package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code --format html} from the real jar: where the page goes, what it counts, and what it must not quote. */
class HtmlReportJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    private static final String JWT =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0" + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiJ4In0.";

    static Document dom(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<String> texts(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void thePageGoesToStdoutAndCountsWhatTheJsonReportCounts() throws Exception {
        Run html = NemsCheckJarIT.run(SAMPLES, "--format", "html", "invalid");
        Run json = NemsCheckJarIT.run(SAMPLES, "--format", "json", "invalid");

        assertEquals(1, html.exit(), html.err());
        assertEquals("", html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>\n"), html.out().substring(0, 100));
        JsonNode summary = new ObjectMapper().readTree(json.out()).path("summary");
        Document doc = dom(html.out());
        assertEquals(List.of(summary.path("files").asText()), texts(doc, "//*[@id='total-files']"));
        assertEquals(List.of(summary.path("interactions").asText()), texts(doc, "//*[@id='total-requests']"));
        assertEquals(List.of(summary.path("errors").asText()), texts(doc, "//*[@id='total-error']"));
        assertEquals(List.of(summary.path("warnings").asText()), texts(doc, "//*[@id='total-warning']"));
        assertEquals(List.of(summary.path("infos").asText()), texts(doc, "//*[@id='total-info']"));
        assertTrue(
                texts(doc, "//pre[@class='excerpt']").size() > 10,
                "recordings are quoted, read from the run's directory");
        assertEquals(
                texts(doc, "//section[@id='by-rule']//tbody/tr").size(),
                texts(doc, "//section[@id='by-rule']//tbody/tr/th/a").size(),
                "every rule row links to the rule reference");
    }

    @Test
    void outputWritesThePageToTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("put.http"), "PUT /STU3/Subscription/abc HTTP/1.1\n");
        Path page = dir.resolve("reports/nems.html");

        Run run = NemsCheckJarIT.run(dir, "--format", "html", "--output", page.toString(), "put.http");

        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        Document doc = dom(Files.readString(page));
        assertEquals(List.of("PUT /STU3/Subscription/abc HTTP/1.1"), texts(doc, "//mark[@class='hit']/text()"));
        assertTrue(
                texts(doc, "//li[starts-with(@class,'finding')]/a").contains("http.unsupported-method"),
                texts(doc, "//li[starts-with(@class,'finding')]/a").toString());
        try (Stream<Path> left = Files.list(page.getParent())) {
            assertEquals(List.of(page), left.toList(), "no temporary file is left next to the page");
        }
    }

    @Test
    void recordedTokensAndNhsNumbersAreNotQuoted(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("leak.http"),
                String.join(
                        "\n",
                        "POST https://nems.example/STU3/Subscription HTTP/1.1",
                        "Authorization: Bearer " + JWT,
                        "X-Note: patient 4010232137 <script>alert(1)</script>",
                        "Content-Type: application/fhir+json",
                        "",
                        "{\"resourceType\": \"Subscription\"}",
                        ""));

        Run run = NemsCheckJarIT.run(dir, "--format", "html", "leak.http");

        assertFalse(run.out().contains(JWT.substring(0, 20)), "a token is cut to its first ten characters");
        assertFalse(run.out().contains("4010232137"), "an NHS number is masked");
        assertTrue(run.out().contains("X-Note: patient 401****137 &lt;script&gt;alert(1)&lt;/script&gt;"), run.out());
        assertTrue(run.out().contains("Authorization: Bearer eyJhbGciOi\u2026[JWT of " + JWT.length()), run.out());
        assertEquals(0, texts(dom(run.out()), "//script").size());
    }

    @Test
    void excerptsCutEveryCredentialHeaderWholeAndEveryTokenShapedValue(@TempDir Path dir) throws Exception {
        String claims = JWT.split("\\.")[1];
        Files.writeString(
                dir.resolve("credentials.http"),
                String.join(
                        "\n",
                        "POST https://nems.example/STU3/Subscription HTTP/1.1",
                        "Authorization: Bearer " + JWT.split("\\.")[0] + "." + claims.substring(0, 20) + "\t"
                                + claims.substring(20),
                        "Proxy-Authorization: Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ=",
                        "Cookie: SESSION=9f8e7d6c5b4a39281706f5e4d3c2b1a0",
                        "Content-Type: application/fhir+json",
                        "X-API-Key: k3y-v4lue",
                        "",
                        "{\"resourceType\": \"Subscription\"}",
                        ""));
        Files.writeString(
                dir.resolve("credentials.har"),
                String.join(
                        "\n",
                        "{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": {",
                        "  \"method\": \"PUT\", \"url\": \"https://nems.example/STU3/Subscription/abc\", \"httpVersion\": \"HTTP/1.1\",",
                        "  \"headers\": [{\"name\": \"Authorization\",",
                        "     \"value\":",
                        "       \"Bearer opaque-4f9c2b7e81d04a6fb3e5c9d2a7f1e8b0\"}]",
                        "}}]}}",
                        ""));

        Run run = NemsCheckJarIT.run(dir, "--format", "html", "--no-redact", ".");

        List<String> shown = texts(dom(run.out()), "//pre[@class='excerpt']/code");
        String all = String.join("\n", shown);
        assertTrue(all.contains("Authorization: Bearer eyJhbGciOi\u2026[JWT of "), all);
        assertTrue(all.contains("Proxy-Authorization: Basic \u2026[credential of 28 characters, redacted]"), all);
        assertTrue(all.contains("Cookie: \u2026[credential of 40 characters, redacted]"), all);
        assertTrue(all.contains("X-API-Key: \u2026[credential of 9 characters, redacted]"), all);
        assertTrue(all.contains("\"Bearer \u2026[credential of 39 characters, redacted]\""), all);
        for (String secret : List.of(
                claims.substring(0, 12), claims.substring(20, 32), "dXNlcjpz", "9f8e7d6c", "k3y-v4lue", "4f9c2b7e")) {
            assertFalse(run.out().contains(secret), secret + " is shown:\n" + all);
        }
    }
}
