package org.nemsrules.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nemsrules.SharedFiles;
import org.nemsrules.fhir.DeepProfileValidator.Format;

/**
 * Subscription bodies written for these tests (modelled on the create page's explicit example, in our own
 * words), each with one fault, in XML and JSON; and the way to the shared official reference files.
 */
final class SubscriptionBodies {
    /** A body for a test: what it is called, its syntax and text, and whether EMS-Subscription-1 accepts it. */
    record Body(String name, Format format, String text, boolean valid) {
        @Override
        public String toString() {
            return name + " (" + format + ")";
        }
    }

    static final String CONTACT_XML = """
              <contact>
                <system value="url"/>
                <value value="https://directory.spineservices.nhs.uk/STU3/Organization/RR8"/>
                <use value="work"/>
              </contact>
            """;

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Subscription xmlns="http://hl7.org/fhir">
              <meta>
                <profile value="https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"/>
              </meta>
              %s
              <status value="requested"/>
            %s  <reason value="Health visiting for the children of our practice"/>
              <criteria value="/Bundle?type=message&amp;serviceType=UHV&amp;Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919&amp;MessageHeader.event=pds-change-of-address-1"/>
              %s
              <channel>
                <type value="message"/>
                <endpoint value="Mailbox1234"/>
              </channel>
            </Subscription>
            """;

    static final String JSON_CONTACT = """
              "contact": [ { "system": "url", "value": "https://directory.spineservices.nhs.uk/STU3/Organization/RR8", "use": "work" } ],
            """;

    private static final String JSON = """
            {
              "resourceType": "Subscription",
              "meta": { "profile": [ "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1" ] },
              %s
              "status": "requested",
            %s  "reason": "Health visiting for the children of our practice",
              "criteria": "/Bundle?type=message&serviceType=UHV&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919&MessageHeader.event=pds-change-of-address-1",
              %s
              "channel": { "type": "message", "endpoint": "Mailbox1234" }
            }
            """;

    private SubscriptionBodies() {}

    /** An XML body: {@code beforeStatus} goes before status, {@code contact} replaces the contact, {@code extra} goes after criteria. */
    static String xml(String beforeStatus, String contact, String extra) {
        return XML.formatted(beforeStatus, contact, extra);
    }

    /** A JSON body; each part, when not empty, ends with a comma. */
    static String json(String beforeStatus, String contact, String extra) {
        return JSON.formatted(beforeStatus, contact, extra);
    }

    static final Body VALID_XML = new Body("valid", Format.XML, xml("", CONTACT_XML, ""), true);
    static final Body VALID_JSON = new Body("valid", Format.JSON, json("", JSON_CONTACT, ""), true);
    static final Body NO_CONTACT_XML = new Body("no contact", Format.XML, xml("", "", ""), false);
    static final Body NO_CONTACT_JSON = new Body("no contact", Format.JSON, json("", "", ""), false);
    static final Body CONTACT_WITHOUT_SYSTEM_XML = new Body(
            "contact without system",
            Format.XML,
            xml("", CONTACT_XML.replace("<system value=\"url\"/>", ""), ""),
            false);
    static final Body CONTACT_WITHOUT_SYSTEM_JSON = new Body(
            "contact without system",
            Format.JSON,
            json("", JSON_CONTACT.replace("\"system\": \"url\", ", ""), ""),
            false);
    static final Body ERROR_ELEMENT_XML =
            new Body("error element", Format.XML, xml("", CONTACT_XML, "<error value=\"Delivery failed\"/>"), false);
    static final Body ERROR_ELEMENT_JSON =
            new Body("error element", Format.JSON, json("", JSON_CONTACT, "\"error\": \"Delivery failed\","), false);
    static final Body TAG_XML = new Body(
            "tag",
            Format.XML,
            xml("", CONTACT_XML, "<tag><system value=\"https://example.org/tags\"/><code value=\"site123\"/></tag>"),
            false);
    static final Body TAG_JSON = new Body(
            "tag",
            Format.JSON,
            json("", JSON_CONTACT, "\"tag\": [ { \"system\": \"https://example.org/tags\", \"code\": \"site123\" } ],"),
            false);
    static final Body CONTAINED_PATIENT_XML = new Body(
            "contained Patient",
            Format.XML,
            xml("<contained><Patient><id value=\"p1\"/></Patient></contained>", CONTACT_XML, ""),
            false);
    static final Body CONTAINED_PATIENT_JSON = new Body(
            "contained Patient",
            Format.JSON,
            json("\"contained\": [ { \"resourceType\": \"Patient\", \"id\": \"p1\" } ],", JSON_CONTACT, ""),
            false);
    static final Body UNKNOWN_ELEMENT_XML =
            new Body("unknown element", Format.XML, xml("", CONTACT_XML, "<channelType value=\"message\"/>"), false);
    static final Body UNKNOWN_ELEMENT_JSON =
            new Body("unknown element", Format.JSON, json("", JSON_CONTACT, "\"channelType\": \"message\","), false);
    /** {@code topic} exists on Subscription only from R4 (the R5 backport's canonical). */
    static final Body R4_ELEMENT_XML = new Body(
            "R4-only topic", Format.XML, xml("", CONTACT_XML, "<topic value=\"http://example.org/topic\"/>"), false);

    static final Body R4_ELEMENT_JSON = new Body(
            "R4-only topic", Format.JSON, json("", JSON_CONTACT, "\"topic\": \"http://example.org/topic\","), false);

    static List<Body> all() {
        return List.of(
                VALID_XML,
                VALID_JSON,
                NO_CONTACT_XML,
                NO_CONTACT_JSON,
                CONTACT_WITHOUT_SYSTEM_XML,
                CONTACT_WITHOUT_SYSTEM_JSON,
                ERROR_ELEMENT_XML,
                ERROR_ELEMENT_JSON,
                TAG_XML,
                TAG_JSON,
                CONTAINED_PATIENT_XML,
                CONTAINED_PATIENT_JSON,
                UNKNOWN_ELEMENT_XML,
                UNKNOWN_ELEMENT_JSON,
                R4_ELEMENT_XML,
                R4_ELEMENT_JSON);
    }

    /**
     * The official examples in the shared reference folder, all valid to the profile (the Active ones too:
     * status, id and meta.lastUpdated are create-page rules, not profile rules). Empty when the folder is absent.
     */
    static List<Body> officialExamples() {
        Optional<Path> folder = sharedFhirFolder();
        if (folder.isEmpty()) {
            return List.of();
        }
        return List.of(
                        "EMS-Requested-Subscription-Example-1.xml",
                        "EMS-Requested-Subscription-Example-1.json",
                        "EMS-Active-Subscription-Example-1.xml",
                        "EMS-Active-Subscription-Example-1.json")
                .stream()
                .map(name -> new Body(
                        name,
                        name.endsWith(".json") ? Format.JSON : Format.XML,
                        read(folder.get().resolve(name)),
                        true))
                .toList();
    }

    /**
     * {@code shared/reference/fhir} beside the checkout (or beside any folder above the working directory, so
     * that a worktree nested deeper finds it too); empty when there is none.
     */
    static Optional<Path> sharedFhirFolder() {
        return SharedFiles.find(SharedFiles.FHIR + "/EMS-Subscription-1.xml").map(Path::getParent);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
