package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleReference;
import org.nemsrules.engine.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportWriterTest {
    private static final String JWT =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0" + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiJ4In0.";
    private static final String CUT_JWT = "eyJhbGciOi\u2026[JWT of " + JWT.length() + " characters, redacted]";
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    /** The recording behind {@link Reports#SPACED}: 12 lines, a token on line 3, a patient on line 11. */
    private static final List<String> SPACED_LINES = List.of(
            "POST https://nems.example/STU3/Subscription HTTP/1.1",
            "Content-Type: application/fhir+xml",
            "Authorization: Bearer " + JWT,
            "Ssp-InteractionID: urn:x " + HOSTILE,
            "",
            "<Subscription xmlns=\"http://hl7.org/fhir\">",
            "</Subscription>",
            "###",
            "GET https://nems.example/STU3/Subscription/abc HTTP/1.1",
            "Ssp-InteractionID: urn:x",
            "X-Patient: 4010232137",
            "<payload/>");

    private static final RecordingSource SOURCE = path -> path.equals(Reports.SPACED) ? SPACED_LINES : List.of();

    private static String page(Report report) {
        return Reports.write(new HtmlReportWriter(Reports.TOOL, Redactor.DEFAULT, SOURCE), report);
    }

    /** The page as a DOM: the writer promises well-formed markup, and this fails the test if it is not. */
    private static Document dom(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<String> texts(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String text(Document doc, String xpath) throws Exception {
        return ((Node) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODE))
                .getTextContent();
    }

    @Test
    void totalsCountFilesRequestsAndFindingsBySeverity() throws Exception {
        Document doc = dom(page(Reports.sample()));

        assertEquals("3", text(doc, "//*[@id='total-files']"));
        assertEquals("3", text(doc, "//*[@id='total-requests']"));
        assertEquals("2", text(doc, "//*[@id='total-with-findings']"));
        assertEquals("2", text(doc, "//*[@id='total-error']"));
        assertEquals("2", text(doc, "//*[@id='total-warning']"));
        assertEquals("1", text(doc, "//*[@id='total-info']"));
        assertEquals("3 files, 3 requests: 2 errors, 2 warnings, 1 info", text(doc, "//p[@class='summary']"));
        assertEquals("NEMS Rules report: 2 errors, 2 warnings, 1 info", text(doc, "//title"));
    }

    @Test
    void aBaselineAddsItsCounts() throws Exception {
        Report sample = Reports.sample();
        Report baselined =
                new Report(sample.files(), sample.rules(), List.of(), java.util.Optional.of(new BaselineSummary(4, 1)));
        Document doc = dom(page(baselined));

        assertEquals("4", text(doc, "//*[@id='total-baselined']"));
        assertEquals("1", text(doc, "//*[@id='total-stale']"));
    }

    @Test
    void theCategoryChartHasOneRowPerCategoryMostFindingsFirstWithBarsInProportion() throws Exception {
        Document doc = dom(page(Reports.sample()));

        assertEquals(
                List.of("header", "jwt", "recording", "subscription"),
                texts(doc, "//section[@id='by-category']//tbody/tr/th"));
        assertEquals(
                List.of("2", "1", "1", "1"),
                texts(doc, "//section[@id='by-category']//tbody/tr/td[@class='bar']/span[@class='n']"));
        assertEquals(
                List.of("0 / 2 / 0", "1 / 0 / 0", "1 / 0 / 0", "0 / 0 / 1"),
                texts(doc, "//section[@id='by-category']//tbody/tr/td[@class='counts']"));
        assertEquals(
                List.of("width:100.00%", "width:50.00%", "width:50.00%", "width:50.00%"),
                texts(doc, "//section[@id='by-category']//tbody/tr/td/span[@class='bar']/@style"));
        assertEquals(
                List.of("seg warning", "seg error", "seg error", "seg info"),
                texts(doc, "//section[@id='by-category']//span[starts-with(@class,'seg')]/@class"));
    }

    @Test
    void aBarIsSplitBySeverity() throws Exception {
        Location where = new Location("a.http", 0, 1, null, "");
        Report report = new Report(
                List.of(new FileResult(
                        "a.http",
                        List.of("GET / (line 1)"),
                        List.of(
                                new Finding("jwt.a", Severity.ERROR, "m", where, "", null, null),
                                new Finding("jwt.b", Severity.WARNING, "m", where, "", null, null),
                                new Finding("jwt.b", Severity.WARNING, "m", where, "", null, null),
                                new Finding("jwt.c", Severity.INFO, "m", where, "", null, null)))),
                List.of());
        Document doc = dom(page(report));

        assertEquals(
                List.of("width:25.00%", "width:50.00%"),
                texts(doc, "//section[@id='by-category']//span[starts-with(@class,'seg')]/@style")
                        .subList(0, 2));
        assertEquals(List.of("jwt.b", "jwt.a", "jwt.c"), texts(doc, "//section[@id='by-rule']//tbody/tr/th"));
    }

    @Test
    void theRuleChartLinksEachRuleToItsSectionOfTheRuleReference() throws Exception {
        Document doc = dom(page(Reports.sample()));

        assertEquals(
                List.of(
                        "header.interaction-id",
                        "jwt.scope-value",
                        "recording.unreadable-file",
                        "subscription.unused-element"),
                texts(doc, "//section[@id='by-rule']//tbody/tr/th/a"));
        assertEquals(
                List.of(
                        Reports.TOOL.ruleHelpUri("header.interaction-id"),
                        Reports.TOOL.ruleHelpUri("jwt.scope-value"),
                        Reports.TOOL.ruleHelpUri("recording.unreadable-file"),
                        Reports.TOOL.ruleHelpUri("subscription.unused-element")),
                texts(doc, "//section[@id='by-rule']//tbody/tr/th/a/@href"));
        assertTrue(texts(doc, "//section[@id='by-rule']//tbody/tr/th/a/@href")
                .get(1)
                .endsWith("rules.md#" + RuleReference.anchor("jwt.scope-value")));
        assertEquals(
                List.of("Title of header.interaction-id"),
                texts(doc, "//section[@id='by-rule']//tbody/tr[1]/th/span[@class='rule-title']"));
    }

    @Test
    void withoutFindingsTheChartsSaySo() throws Exception {
        Report report = new Report(List.of(new FileResult("a.http", List.of("GET / (line 1)"), List.of())), List.of());
        Document doc = dom(page(report));

        assertEquals("No findings.", text(doc, "//section[@id='by-category']/p"));
        assertEquals("No findings.", text(doc, "//section[@id='by-rule']/p"));
        assertEquals(List.of("a.http 1 request"), texts(doc, "//ul[@class='clean']/li"));
    }

    @Test
    void eachFindingIsShownUnderTheLinesAroundItWithLineNumbersAndItsLineMarked() throws Exception {
        Document doc = dom(page(Reports.sample()));
        String file = "//section[@class='file'][header/h3='" + Reports.SPACED + "']";

        assertEquals(
                List.of("the file as a whole", "line 3", "line 10", "line 12"),
                texts(doc, file + "/div[@class='group']/p[@class='where']"));
        // Line 3 with two lines either side; line 12, the last, with two before only.
        assertEquals(
                List.of("1", "2", "\u203A 3", "4", "5"),
                texts(doc, file + "/div[2]/pre[@class='excerpt']/code//span[@class='ln']"));
        assertEquals(
                List.of("10", "11", "\u203A 12"),
                texts(doc, file + "/div[4]/pre[@class='excerpt']/code//span[@class='ln']"));
        assertEquals(
                "\u203A 3Authorization: Bearer " + CUT_JWT + "",
                text(doc, file + "/div[2]/pre/code/mark[@class='hit']"));
        assertEquals(0, texts(doc, file + "/div[1]/pre").size(), "a finding about the whole file has no lines");
    }

    @Test
    void aFindingShowsItsSeverityRuleMessageRequirementPathRequestAndPredictedAnswer() throws Exception {
        Document doc = dom(page(Reports.sample()));
        String finding = "//section[@class='file'][header/h3='" + Reports.SPACED + "']/div[3]/ul/li";

        assertEquals("finding warning", text(doc, finding + "/@class"));
        assertEquals("warning", text(doc, finding + "/span[starts-with(@class,'sev')]"));
        assertEquals(Reports.TOOL.ruleHelpUri("header.interaction-id"), text(doc, finding + "/a/@href"));
        assertEquals(
                "InteractionID is 'urn:x' <expected SubscriptionsApiGet>",
                text(doc, finding + "/span[@class='message']"));
        assertEquals(
                "R-HDR-03 \u00B7 at header:InteractionID \u00B7 request 2: GET /STU3/Subscription/abc (line 9)"
                        + " \u00B7 NEMS would likely answer 400 MISSING_OR_INVALID_HEADER",
                text(doc, finding + "/span[@class='details']"));
    }

    @Test
    void aFileThatCannotBeReadAgainIsShownWithoutExcerpts() throws Exception {
        String html = Reports.write(
                new HtmlReportWriter(Reports.TOOL, Redactor.DEFAULT, RecordingSource.NONE), Reports.sample());
        Document doc = dom(html);

        assertEquals(0, texts(doc, "//pre").size());
        assertEquals(5, texts(doc, "//li[starts-with(@class,'finding')]").size());
    }

    @Test
    void aLineBeyondTheFileAsItIsNowHasNoExcerpt() throws Exception {
        Report report = new Report(
                List.of(new FileResult(
                        Reports.SPACED,
                        List.of("GET / (line 1)"),
                        List.of(new Finding(
                                "jwt.a",
                                Severity.ERROR,
                                "m",
                                new Location(Reports.SPACED, 0, 13, null, ""),
                                "",
                                null,
                                null)))),
                List.of());

        assertEquals(0, texts(dom(page(report)), "//pre").size());
    }

    @Test
    void hostileTextInMessagesPathsNotesAndExcerptsIsEscapedNeverMarkup() throws Exception {
        String path = "rec/" + HOSTILE + ".http";
        Finding hostile = new Finding(
                "header.interaction-id",
                Severity.ERROR,
                "value " + HOSTILE + " \u0007\u001B[2J",
                new Location(path, 0, 2, null, "header:" + HOSTILE),
                "",
                null,
                null);
        Report report = new Report(
                List.of(new FileResult(path, List.of("GET " + HOSTILE), List.of(hostile))),
                List.of(Reports.INTERACTION_ID),
                List.of("note " + HOSTILE));
        RecordingSource source = p -> p.equals(path) ? List.of("GET /", "X: " + HOSTILE + "\u0000", "") : List.of();

        String html = Reports.write(new HtmlReportWriter(Reports.TOOL, Redactor.DEFAULT, source), report);
        Document doc = dom(html);

        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.toLowerCase().contains("<img"), html);
        assertFalse(html.contains("\u0007") || html.contains("\u001B") || html.contains("\u0000"));
        assertEquals(0, texts(doc, "//script | //img").size());
        assertEquals("value " + HOSTILE + " \\u0007\\u001B[2J", text(doc, "//span[@class='message']"));
        assertEquals("\u203A 2X: " + HOSTILE + "\\u0000", text(doc, "//mark[@class='hit']"));
        assertEquals(path, text(doc, "//section[@class='file']/header/h3"));
        assertEquals("note " + HOSTILE, text(doc, "//ul[@class='notes']/li"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    }

    @Test
    void escapingCoversMarkupCharactersControlsAndWhatXmlForbids() {
        assertEquals(
                "&amp;&lt;&gt;&quot;&#39;\t\\u0000\\u001B\\u0085\uFFFD\uFFFD \uD83D\uDE00",
                HtmlReportWriter.escape("&<>\"'\t\u0000\u001B\u0085\uFFFF\uD800 \uD83D\uDE00"));
    }

    @Test
    void excerptsAreRedactedTokensCutAndNhsNumbersMasked() throws Exception {
        String html = page(Reports.sample());

        assertFalse(html.contains(JWT.substring(0, 20)), "no token beyond its first ten characters");
        assertFalse(html.contains("4010232137"), html);
        assertTrue(html.contains("X-Patient: 401****137"), html);
    }

    @Test
    void excerptsCutEveryCredentialHeaderWholeWhateverItHolds() throws Exception {
        String claims = JWT.split("\\.")[1];
        List<String> lines = List.of(
                "POST https://nems.example/STU3/Subscription HTTP/1.1",
                "Authorization: Bearer " + JWT.split("\\.")[0] + "." + claims.substring(0, 9) + "*"
                        + claims.substring(9),
                "Cookie: SESSION=abc123",
                "fromASID: 2000000003",
                "");
        Report report = new Report(
                List.of(new FileResult(
                        "c.http",
                        List.of("POST / (line 1)"),
                        List.of(new Finding(
                                "jwt.malformed",
                                Severity.ERROR,
                                "m",
                                new Location("c.http", 0, 3, null, ""),
                                "",
                                null,
                                null)))),
                List.of());

        String html = Reports.write(
                new HtmlReportWriter(
                        Reports.TOOL, Redactor.KEEP_NHS_NUMBERS, p -> p.equals("c.http") ? lines : List.of()),
                report);

        assertFalse(html.contains(claims.substring(9, 21)) || html.contains("abc123"), html);
        assertTrue(
                html.contains("Authorization: Bearer eyJhbGciOi\u2026[JWT of " + JWT.length() + " characters"), html);
        assertTrue(html.contains("Cookie: \u2026[credential of 14 characters, redacted]"), html);
        assertTrue(html.contains("fromASID: 2000000003"), html);
    }

    @Test
    void theRedactorGivenIsTheOneUsed() throws Exception {
        String html =
                Reports.write(new HtmlReportWriter(Reports.TOOL, Redactor.KEEP_NHS_NUMBERS, SOURCE), Reports.sample());

        assertTrue(html.contains("X-Patient: 4010232137"), html);
        assertFalse(html.contains(JWT.substring(0, 20)), "tokens are cut whatever the choice for NHS numbers");
    }

    @Test
    void messagesAndNotesAreRedactedToo() throws Exception {
        Finding leaky = new Finding(
                "jwt.malformed",
                Severity.ERROR,
                "token " + JWT + " for 401 023 2137",
                new Location("a.http", 0, 0, null, ""),
                "",
                null,
                null);
        Report report = new Report(
                List.of(new FileResult("a.http", List.of(), List.of(leaky))),
                List.of(),
                List.of("note about 4010232137"));
        String html = page(report);

        assertFalse(html.contains(JWT.substring(0, 20)), html);
        assertTrue(html.contains("token " + CUT_JWT + " for 401****137"), html);
        assertTrue(html.contains("note about 401****137"), html);
    }

    @Test
    void aLongRecordedLineIsCutAfterRedactionSoNoTokenIsCutIntoPieces() throws Exception {
        String longLine = "{\"headers\":[" + "x".repeat(100) + "\"Bearer " + JWT + "\"," + "y".repeat(500) + "]}";
        Report report = new Report(
                List.of(new FileResult(
                        "a.har",
                        List.of("POST / (line 1)"),
                        List.of(new Finding(
                                "jwt.a", Severity.ERROR, "m", new Location("a.har", 0, 1, null, ""), "", null, null)))),
                List.of());
        String html =
                Reports.write(new HtmlReportWriter(Reports.TOOL, Redactor.DEFAULT, p -> List.of(longLine)), report);
        Document doc = dom(html);

        String shown = text(doc, "//mark[@class='hit']");
        assertTrue(shown.contains("" + CUT_JWT + ""), shown);
        assertTrue(shown.endsWith(" more characters)"), shown);
        Matcher more = Pattern.compile("\\((\\d+) more characters\\)").matcher(shown);
        assertTrue(more.find());
        int kept = shown.length()
                - ("\u203A 1".length())
                - "\u2026 ".length()
                - more.group().length();
        assertEquals(HtmlReportWriter.MAX_LINE_LENGTH, kept, shown);
    }

    /**
     * Nothing on the page makes a browser fetch: no script, no style sheet, image, frame or font from elsewhere,
     * no {@code url(} in the style; the only addresses are links a person may follow, to the rule reference, and
     * anchors within the page.
     */
    @Test
    void thePageFetchesNothingAndLinksOnlyToTheRuleReferenceAndItself() throws Exception {
        String html = page(Reports.sample());
        Document doc = dom(html);

        assertEquals(
                0,
                texts(doc, "//script | //link | //img | //iframe | //object | //embed | //@src")
                        .size());
        assertFalse(html.toLowerCase().contains("url("), "no resource in the style");
        assertFalse(html.toLowerCase().contains("@import"), "no imported style");
        assertFalse(Pattern.compile("(?i)<[^>]*\\ssrc\\s*=").matcher(html).find(), "no src attribute anywhere");
        List<String> hrefs = texts(doc, "//@href");
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            assertTrue(href.startsWith("#file-") || href.startsWith(Reports.TOOL.docsUrl() + "rules.md"), href);
        }
        List<String> hrefAttributes = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\bhref\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            hrefAttributes.add(m.group(1).replace("&amp;", "&"));
        }
        assertEquals(hrefs, hrefAttributes, "every href in the text is one the DOM sees");
        assertEquals(
                HtmlReportWriter.CONTENT_SECURITY_POLICY,
                text(doc, "//meta[@http-equiv='Content-Security-Policy']/@content"));
    }

    @Test
    void theTableOfContentsLinksEachFileWithFindingsToItsSection() throws Exception {
        Document doc = dom(page(Reports.sample()));

        assertEquals(List.of("#file-1", "#file-2"), texts(doc, "//ol[@class='toc']/li/a/@href"));
        assertEquals(List.of(Reports.UNREADABLE, Reports.SPACED), texts(doc, "//ol[@class='toc']/li/a"));
        assertEquals(List.of("file-1", "file-2"), texts(doc, "//section[@class='file']/@id"));
        assertEquals(List.of(Reports.CLEAN + " 1 request"), texts(doc, "//ul[@class='clean']/li"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwt.scope-value", "jwt", "a.b.c"})
    void theCategoryIsTheIdUpToTheFirstDot(String id) {
        assertEquals(id.contains(".") ? id.substring(0, id.indexOf('.')) : id, HtmlReportWriter.category(id));
    }

    @Test
    void manyFilesAndFindingsStayOnOnePageInOrder() throws Exception {
        List<FileResult> files = IntStream.range(0, 30)
                .mapToObj(i -> new FileResult(
                        String.format("f%02d.http", i),
                        List.of("GET /"),
                        List.of(new Finding(
                                "jwt.a",
                                Severity.ERROR,
                                "m" + i,
                                new Location(String.format("f%02d.http", i), 0, 1, null, ""),
                                "",
                                null,
                                null))))
                .toList();
        Document doc = dom(page(new Report(files, List.of())));

        assertEquals(30, texts(doc, "//section[@class='file']").size());
        assertEquals(
                "f29.http", texts(doc, "//section[@class='file']/header/h3").get(29));
        assertEquals("30", text(doc, "//*[@id='total-error']"));
    }
}
