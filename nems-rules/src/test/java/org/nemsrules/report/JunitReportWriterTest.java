package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class JunitReportWriterTest {

    private static DocumentBuilder secureBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static Element parse(Report report) throws Exception {
        String xml = Reports.write(new JunitReportWriter(), report);
        Document doc = secureBuilder().parse(new InputSource(new StringReader(xml)));
        return doc.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static int intAttr(Element e, String name) {
        assertTrue(e.hasAttribute(name), e.getTagName() + " lacks " + name);
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void theSecureParserRejectsADoctypeSoItReallyIsStrict() throws Exception {
        String withDoctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>";
        assertThrows(
                SAXParseException.class,
                () -> secureBuilder().parse(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theRootIsTestsuitesWithOneTestsuitePerFileInReportOrder() throws Exception {
        Element root = parse(Reports.sample());

        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(
                List.of(Reports.UNREADABLE, Reports.CLEAN, Reports.SPACED),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        for (Element suite : suites) {
            for (String attribute : List.of("tests", "failures", "errors", "skipped")) {
                intAttr(suite, attribute);
            }
            assertEquals(0.0, Double.parseDouble(suite.getAttribute("time")));
        }
    }

    @Test
    void eachRequestIsATestCaseAndTheFileCaseOnlyAppearsWhenNeeded() throws Exception {
        List<Element> suites = children(parse(Reports.sample()), "testsuite");

        assertEquals(List.of("(recording)"), names(suites.get(0)), "no requests: the file is the only case");
        assertEquals(
                List.of("DELETE /STU3/Subscription/abc (line 1)"),
                names(suites.get(1)),
                "a clean file with requests has no file case");
        assertEquals(
                List.of("(recording)", "POST /STU3/Subscription (line 1)", "GET /STU3/Subscription/abc (line 9)"),
                names(suites.get(2)),
                "a file-level finding adds the file case");
        for (Element suite : suites) {
            for (Element testCase : children(suite, "testcase")) {
                assertEquals(suite.getAttribute("name"), testCase.getAttribute("classname"));
                assertEquals(0.0, Double.parseDouble(testCase.getAttribute("time")));
            }
        }
    }

    private static List<String> names(Element suite) {
        return children(suite, "testcase").stream()
                .map(c -> c.getAttribute("name"))
                .toList();
    }

    @Test
    void eachErrorIsAFailureTypedByItsRuleAndWarningsAndInfosGoToSystemOut() throws Exception {
        List<Element> suites = children(parse(Reports.sample()), "testsuite");
        List<Element> unreadable = children(suites.get(0), "testcase");
        List<Element> spaced = children(suites.get(2), "testcase");

        Element fileFailure = children(unreadable.get(0), "failure").get(0);
        assertEquals("recording.unreadable-file", fileFailure.getAttribute("type"));
        assertTrue(fileFailure.getAttribute("message").contains("the file could not be read"));

        Element fileCase = spaced.get(0);
        assertEquals(List.of(), children(fileCase, "failure"));
        assertTrue(
                children(fileCase, "system-out").get(0).getTextContent().contains("the recording as a whole is odd"));

        Element post = spaced.get(1);
        List<Element> failures = children(post, "failure");
        assertEquals(1, failures.size());
        assertEquals("jwt.scope-value", failures.get(0).getAttribute("type"));
        assertTrue(
                failures.get(0).getAttribute("message").startsWith("jwt.scope-value: scope is \"patient/"),
                failures.get(0).getAttribute("message"));
        assertTrue(failures.get(0).getTextContent().contains(Reports.SPACED + ":3: error jwt.scope-value"));
        assertTrue(failures.get(0).getTextContent().contains("<not> 'read' & more"));
        assertEquals(List.of(), children(post, "system-out"));

        Element get = spaced.get(2);
        assertEquals(List.of(), children(get, "failure"));
        String out = children(get, "system-out").get(0).getTextContent();
        assertTrue(out.contains(":10: warning header.interaction-id InteractionID is 'urn:x' <expected"), out);
        assertTrue(
                out.contains(
                        ":12: info subscription.unused-element channel.payload is ignored & that is fine [R-SUB-14]"),
                out);
    }

    @Test
    void countsAreConsistentWithTheCasesAndFailuresWritten() throws Exception {
        Element root = parse(Reports.sample());

        int tests = 0;
        int failures = 0;
        for (Element suite : children(root, "testsuite")) {
            List<Element> cases = children(suite, "testcase");
            long failed = cases.stream()
                    .filter(c -> !children(c, "failure").isEmpty())
                    .count();
            assertEquals(cases.size(), intAttr(suite, "tests"), suite.getAttribute("name"));
            assertEquals(failed, intAttr(suite, "failures"), suite.getAttribute("name"));
            assertEquals(0, intAttr(suite, "errors"));
            assertEquals(0, intAttr(suite, "skipped"));
            tests += cases.size();
            failures += (int) failed;
        }
        assertEquals(
                List.of(1, 1, 3),
                children(root, "testsuite").stream()
                        .map(s -> intAttr(s, "tests"))
                        .toList());
        assertEquals(
                List.of(1, 0, 1),
                children(root, "testsuite").stream()
                        .map(s -> intAttr(s, "failures"))
                        .toList());
        assertEquals(tests, intAttr(root, "tests"));
        assertEquals(failures, intAttr(root, "failures"));
    }

    @Test
    void twoErrorsInOneRequestAreTwoFailuresOfOneFailedCase() throws Exception {
        Finding a = new Finding(
                "jwt.scope-value", Severity.ERROR, "first", new Location("t.http", 0, 2, null, ""), "", null, null);
        Finding b = new Finding(
                "header.interaction-id",
                Severity.ERROR,
                "second",
                new Location("t.http", 0, 3, null, ""),
                "",
                null,
                null);
        Element suite = children(
                        parse(new Report(
                                List.of(new FileResult("t.http", List.of("POST x"), List.of(a, b))), List.of())),
                        "testsuite")
                .get(0);

        Element only = children(suite, "testcase").get(0);
        assertEquals(
                List.of("jwt.scope-value", "header.interaction-id"),
                children(only, "failure").stream()
                        .map(f -> f.getAttribute("type"))
                        .toList());
        assertEquals(1, intAttr(suite, "tests"));
        assertEquals(1, intAttr(suite, "failures"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\u0000", "\u001B[31m", "\u000B\u000C", "\uFFFE", "\uD800", "\uDC00x"})
    void charactersXmlDoesNotAllowAreReplacedSoTheReportStaysWellFormed(String bad) throws Exception {
        String message = "before " + bad + " after";
        Finding error = new Finding(
                "jwt.scope-value",
                Severity.ERROR,
                message,
                new Location("t" + bad + ".http", 0, 2, null, ""),
                "",
                null,
                null);
        Finding warning = new Finding(
                "jwt.scope-value",
                Severity.WARNING,
                message,
                new Location("t" + bad + ".http", 0, 3, null, ""),
                "",
                null,
                null);
        Report report = new Report(
                List.of(new FileResult("t" + bad + ".http", List.of("POST " + bad), List.of(error, warning))),
                List.of());

        Element suite = children(parse(report), "testsuite").get(0);

        // Control characters are shown as escapes; what XML cannot hold besides becomes U+FFFD.
        String shown = bad.startsWith("\u0007")
                        || bad.startsWith("\u0000")
                        || bad.startsWith("\u001B")
                        || bad.startsWith("\u000B")
                ? PrintableText.escape(bad).substring(0, 6)
                : "\uFFFD";
        Element failure =
                children(children(suite, "testcase").get(0), "failure").get(0);
        assertTrue(failure.getAttribute("message").contains("before " + shown), failure.getAttribute("message"));
        assertTrue(failure.getAttribute("message").endsWith(" after"), failure.getAttribute("message"));
        assertFalse(Reports.write(new JunitReportWriter(), report).contains(bad));
        assertTrue(suite.getAttribute("name").startsWith("t" + shown));
    }

    @Test
    void charactersXmlAllowsAreKeptAsTheyAre() throws Exception {
        String message = "tab\there, emoji \uD83D\uDE00, accents é, CJK 漢字";
        Finding error = new Finding(
                "jwt.scope-value", Severity.ERROR, message, new Location("t.http", 0, 2, null, ""), "", null, null);

        Element failure = children(
                        children(
                                        children(
                                                        parse(new Report(
                                                                List.of(new FileResult(
                                                                        "t.http", List.of("POST x"), List.of(error))),
                                                                List.of())),
                                                        "testsuite")
                                                .get(0),
                                        "testcase")
                                .get(0),
                        "failure")
                .get(0);

        assertTrue(failure.getTextContent().contains(message), failure.getTextContent());
    }

    @Test
    void theRunsNotesAreTheSystemOutOfASuiteOfTheirOwnThatHoldsNoTest() throws Exception {
        Element root = parse(Reports.sampleWithNotes());

        List<Element> suites = children(root, "testsuite");
        assertEquals(
                List.of(JunitReportWriter.RUN_SUITE, Reports.UNREADABLE, Reports.CLEAN, Reports.SPACED),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        Element run = suites.get(0);
        assertEquals(List.of(), children(run, "testcase"));
        for (String count : List.of("tests", "failures", "errors", "skipped")) {
            assertEquals(0, intAttr(run, count), count);
        }
        assertEquals(
                String.join("\n", Reports.NOTES) + "\n",
                children(run, "system-out").get(0).getTextContent());
        assertEquals(5, intAttr(root, "tests"), "the notes add no test");
        assertEquals(2, intAttr(root, "failures"));
    }

    @Test
    void aRunWithoutNotesHasNoSuiteForThem() throws Exception {
        List<Element> suites = children(parse(Reports.sample()), "testsuite");

        assertFalse(suites.stream().anyMatch(s -> s.getAttribute("name").equals(JunitReportWriter.RUN_SUITE)));
    }

    @Test
    void aRunThatCheckedNothingStillSaysItsNotes() throws Exception {
        Element root =
                parse(new Report(List.of(), List.of(), List.of("nothing was checked: no recordings were found")));

        Element run = children(root, "testsuite").get(0);
        assertEquals(
                "nothing was checked: no recordings were found\n",
                children(run, "system-out").get(0).getTextContent());
        assertEquals(0, intAttr(root, "tests"));
    }

    @Test
    void byDefaultAWarningFailsNoTestCase() throws Exception {
        Element root = new JunitWarnings(JunitReportWriter.Warnings.PASS).parse();

        assertEquals(2, intAttr(root, "failures"));
        Element get = children(children(root, "testsuite").get(2), "testcase").get(2);
        assertEquals(List.of(), children(get, "failure"));
    }

    @Test
    void warningsCountedAsFailuresFailTheirCaseAndInfosStayInSystemOut() throws Exception {
        Element root = new JunitWarnings(JunitReportWriter.Warnings.FAIL).parse();

        List<Element> spaced = children(children(root, "testsuite").get(2), "testcase");
        Element fileCase = spaced.get(0);
        assertEquals(
                List.of("header.interaction-id"),
                children(fileCase, "failure").stream()
                        .map(f -> f.getAttribute("type"))
                        .toList());
        assertEquals(List.of(), children(fileCase, "system-out"));
        Element get = spaced.get(2);
        Element failure = children(get, "failure").get(0);
        assertEquals("header.interaction-id", failure.getAttribute("type"));
        assertTrue(
                failure.getAttribute("message").startsWith("header.interaction-id: InteractionID is 'urn:x'"),
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(":10: warning header.interaction-id"), failure.getTextContent());
        String out = children(get, "system-out").get(0).getTextContent();
        assertFalse(out.contains("warning"), out);
        assertTrue(out.contains(":12: info subscription.unused-element"), out);
        assertEquals(
                List.of(1, 0, 3),
                children(root, "testsuite").stream()
                        .map(s -> intAttr(s, "failures"))
                        .toList());
        assertEquals(4, intAttr(root, "failures"));
    }

    /** The sample written with warnings passed or failed. */
    private record JunitWarnings(JunitReportWriter.Warnings warnings) {
        Element parse() throws Exception {
            String xml = Reports.write(new JunitReportWriter(warnings), Reports.sample());
            return secureBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        }
    }

    @Test
    void anEmptyReportIsAnEmptyTestsuitesElement() throws Exception {
        Element root = parse(new Report(List.of(), List.of()));

        assertEquals(0, intAttr(root, "tests"));
        assertEquals(0, intAttr(root, "failures"));
        assertEquals(List.of(), children(root, "testsuite"));
    }
}
