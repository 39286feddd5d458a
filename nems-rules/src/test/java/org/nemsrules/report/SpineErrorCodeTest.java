package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hl7.fhir.dstu3.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.SharedFiles;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpineErrorCodeTest {

    @Test
    void everyCodeABuiltInRulePredictsIsInTheTable() {
        Set<String> missing = new TreeSet<>();
        for (RuleMetadata rule : RuleCatalog.builtIn().metadata()) {
            if (rule.spineCode() != null && SpineErrorCode.of(rule.spineCode()).isEmpty()) {
                missing.add(rule.id() + " -> " + rule.spineCode());
            }
        }
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @CsvSource({
        "BAD_REQUEST, BAD_REQUEST, INVALID",
        "MISSING_OR_INVALID_HEADER, MISSING_OR_INVALID_HEADER, INVALID",
        "INVALID_RESOURCE, INVALID_RESOURCE, INVALID",
        "INVALID_NHS_NUMBER, INVALID_NHS_NUMBER, VALUE",
        "ACCESS_DENIED, ACCESS DENIED, FORBIDDEN",
        "ACCESS DENIED, ACCESS DENIED, FORBIDDEN",
        "MSG_RESOURCE_ID_FAIL, MSG_RESOURCE_ID_FAIL, FORBIDDEN",
        "UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE, NOTSUPPORTED",
        "DEPRECATED, DEPRECATED, INFORMATIONAL",
        "DUPLICATE_REJECTED, DUPLICATE_REJECTED, DUPLICATE"
    })
    void rulesSpellingsFindTheCodeSystemsCodeAndTheIssueType(String spelling, String code, IssueType type) {
        SpineErrorCode entry = SpineErrorCode.of(spelling).orElseThrow();
        assertEquals(code, entry.code());
        assertEquals(type, entry.issueType());
    }

    @Test
    void unknownSpellingsAndNullFindNothing() {
        assertEquals(Optional.empty(), SpineErrorCode.of(null));
        assertEquals(Optional.empty(), SpineErrorCode.of("bad_request"));
        assertEquals(Optional.empty(), SpineErrorCode.of("NO_ORGANISATION_CONSENT"));
    }

    /** The official code system, loaded from the shared reference folder when it is beside the checkout. */
    @Test
    void codesAndDisplaysAgreeWithTheOfficialCodeSystem() throws Exception {
        Optional<Path> file = sharedCodeSystem();
        assumeTrue(file.isPresent(), "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.get().toFile());
        Map<String, String> official = new LinkedHashMap<>();
        NodeList concepts = doc.getElementsByTagNameNS("http://hl7.org/fhir", "concept");
        for (int i = 0; i < concepts.getLength(); i++) {
            Element concept = (Element) concepts.item(i);
            official.put(value(concept, "code"), value(concept, "display"));
        }
        assertEquals(SpineErrorCode.SYSTEM, value(doc.getDocumentElement(), "url"));
        for (SpineErrorCode code : SpineErrorCode.values()) {
            assertTrue(official.containsKey(code.code()), code.code() + " is not in the code system");
            assertEquals(official.get(code.code()), code.display(), code.code());
        }
    }

    private static String value(Element parent, String child) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(child)) {
                return e.getAttribute("value");
            }
        }
        return null;
    }

    private static Optional<Path> sharedCodeSystem() {
        return SharedFiles.find(SharedFiles.FHIR + "/CodeSystem-Spine-ErrorOrWarningCode-1.xml");
    }
}
