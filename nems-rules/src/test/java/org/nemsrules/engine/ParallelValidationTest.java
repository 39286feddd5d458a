package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

class ParallelValidationTest {
    private static final List<String> REQUESTS = List.of(
            // valid create (in XML: a JSON one draws the mime.json-subscription info)
            "POST /STU3/Subscription HTTP/1.1\nContent-Type: application/fhir+xml\n\n<Subscription xmlns=\"http://hl7.org/fhir\">"
                    + "<meta><profile value=\"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"/></meta>"
                    + "<status value=\"requested\"/><contact><system value=\"url\"/><value "
                    + "value=\"https://directory.spineservices.nhs.uk/STU3/Organization/A99968\"/><use value=\"work\"/>"
                    + "</contact><reason value=\"r\"/><criteria value=\"/Bundle?type=message&amp;Patient.identifier="
                    + "http://fhir.nhs.net/Id/nhs-number|9990000018&amp;MessageHeader.event=pds-change-of-address-1\"/>"
                    + "<channel><type "
                    + "value=\"message\"/><endpoint value=\"A99968OT001\"/></channel></Subscription>\n",
            // a create whose Subscription is faulty: HAPI parses on several threads at once
            "POST /STU3/Subscription HTTP/1.1\nContent-Type: application/fhir+xml\n\n<Subscription xmlns=\"http://hl7.org/fhir\">"
                    + "<status value=\"active\"/><bogus/></Subscription>\n",
            // update is not supported
            "PUT /STU3/Subscription/abc HTTP/1.1\nContent-Type: application/fhir+json\n\n{}\n",
            // read without an id
            "GET /STU3/Subscription HTTP/1.1\nAccept: application/fhir+json\n",
            // search
            "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription?status=active HTTP/1.1\n",
            // malformed headers
            "DELETE /STU3/Subscription/abc HTTP/1.1\nno colon here\nBad Name: x\n folded continuation\n",
            // malformed request line, then a valid read in the same file
            "POST\n###\nGET /STU3/Subscription/abc HTTP/1.1\n",
            // two requests, one faulty
            "DELETE /STU3/Subscription/abc HTTP/1.1\n\n###\npatch /STU3/Subscription/abc HTTP/1.1\n",
            // only comments: no request
            "# nothing recorded\n",
            // empty file
            "");

    @TempDir
    Path dir;

    @Test
    void validatingInParallelGivesTheSameReportAsValidatingSerially() throws IOException {
        for (int i = 0; i < 200; i++) {
            Path file = dir.resolve("group-" + (i % 7)).resolve("request-" + i + ".http");
            Files.createDirectories(file.getParent());
            if (i % 23 == 5) {
                Files.write(file, new byte[] {'G', 'E', 'T', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
            } else {
                Files.writeString(file, REQUESTS.get(i % REQUESTS.size()));
            }
        }
        // The generated requests carry no tokens and no Spine headers: without the jwt.* and header.* rules
        // some files stay clean.
        RuleCatalog catalog = RuleCatalog.of(RuleCatalog.builtInRules().stream()
                .filter(r -> !Set.of("jwt", "header").contains(r.metadata().category()))
                .toList());

        Report serial = NemsValidator.builder()
                .catalog(catalog)
                .baseDirectory(dir)
                .threads(1)
                .build()
                .validate(List.of(dir));
        Report parallel = NemsValidator.builder()
                .catalog(catalog)
                .baseDirectory(dir)
                .threads(4)
                .build()
                .validate(List.of(dir));

        assertEquals(200, serial.files().size());
        Set<String> rulesSeen = serial.findings().map(Finding::ruleId).collect(Collectors.toSet());
        assertTrue(
                rulesSeen.containsAll(Set.of(
                        "http.unsupported-method",
                        "recording.malformed-header",
                        "recording.malformed-request-line",
                        "recording.no-request",
                        "subscription.unparseable")),
                "a real mix of faults: " + rulesSeen);
        assertTrue(serial.files().stream().anyMatch(f -> f.findings().isEmpty()), "some files are clean");
        assertEquals(
                serial.files().stream().map(FileResult::path).toList(),
                parallel.files().stream().map(FileResult::path).toList());
        for (int i = 0; i < serial.files().size(); i++) {
            assertEquals(serial.files().get(i), parallel.files().get(i));
        }
        assertEquals(serial, parallel);
    }
}
