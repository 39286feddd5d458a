package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.nemsrules.SharedFiles;
import org.nemsrules.report.SpineErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpineCodeSystemTest {
    @Test
    void everyCodeTheRulesPredictIsInTheCodeSystem() {
        for (SpineErrorCode code : SpineErrorCode.values()) {
            assertEquals(true, SpineCodeSystem.CODES.contains(code.code()), code.code());
        }
        assertEquals(SpineErrorCode.SYSTEM, SpineCodeSystem.URL);
        assertEquals(45, SpineCodeSystem.CODES.size());
    }

    /** The official code system, read from the shared reference folder when it is beside the checkout. */
    @Test
    void theCodesAreTheOfficialCodeSystemsCodes() throws Exception {
        Optional<Path> file = sharedCodeSystem();
        assumeTrue(file.isPresent(), "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.get().toFile());
        Set<String> official = new TreeSet<>();
        NodeList concepts = doc.getElementsByTagNameNS("http://hl7.org/fhir", "concept");
        for (int i = 0; i < concepts.getLength(); i++) {
            for (var n = concepts.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("code")) {
                    official.add(e.getAttribute("value"));
                }
            }
        }
        assertEquals(official, new TreeSet<>(SpineCodeSystem.CODES));
    }

    private static Optional<Path> sharedCodeSystem() {
        return SharedFiles.find(SharedFiles.FHIR + "/CodeSystem-Spine-ErrorOrWarningCode-1.xml");
    }
}
