package org.nemsrules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a deterministic corpus of {@code .http} recordings of Subscription creates: the same count always gives
 * the same files, byte for byte. Recordings cycle through XML and JSON, explicit (one patient) and generic
 * (practice-wide) subscriptions, built from the create samples in {@code sample-payloads/valid}; every
 * recording gets its own NHS number (999 test range, valid check digit) and event, and most get one injected
 * fault (see {@link Fault}), named in the file name.
 *
 * <p>Usage: {@code CorpusGenerator <directory> <count>}.
 */
public final class CorpusGenerator {
    /** What is wrong with a recording; {@link #NONE} recordings are valid. */
    public enum Fault {
        NONE,
        BAD_NHS_NUMBER,
        UNKNOWN_EVENT,
        MISSING_FROM_ASID,
        TO_ASID_11_DIGITS,
        MALFORMED_JWT,
        MISSING_AUTHORIZATION,
        STATUS_ACTIVE,
        NO_CONTACT;

        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Which of the four body shapes a recording has. */
    enum Shape {
        XML_EXPLICIT(true, true),
        JSON_EXPLICIT(false, true),
        XML_GENERIC(true, false),
        JSON_GENERIC(false, false);

        final boolean xml;
        final boolean explicit;

        Shape(boolean xml, boolean explicit) {
            this.xml = xml;
            this.explicit = explicit;
        }
    }

    // The two samples' tokens: each names the system and organisation its fromASID belongs to.
    private static final String EXPLICIT_TOKEN =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzaWRlLXBhcy5leGFtcGxlLm9yZyIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJhdWQiOiJodHRwczovL2NsaW5pY2Fscy5zcGluZXNlcnZpY2VzLm5ocy51ayIsImV4cCI6MTc2NzYwMzkwMCwiaWF0IjoxNzY3NjAzNjAwLCJyZWFzb25fZm9yX3JlcXVlc3QiOiJkaXJlY3RjYXJlIiwic2NvcGUiOiJwYXRpZW50L1N1YnNjcmlwdGlvbi53cml0ZSIsInJlcXVlc3Rpbmdfc3lzdGVtIjoiaHR0cHM6Ly9maGlyLm5ocy51ay9JZC9hY2NyZWRpdGVkLXN5c3RlbXw5MTg5OTkxOTg3MzgiLCJyZXF1ZXN0aW5nX29yZ2FuaXNhdGlvbiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvb2RzLW9yZ2FuaXphdGlvbi1jb2RlfEE5OTk2OCIsInJlcXVlc3RpbmdfdXNlciI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAifQ.";
    private static final String GENERIC_TOKEN =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzaWRlLXBhcy5leGFtcGxlLm9yZyIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvYWNjcmVkaXRlZC1zeXN0ZW18MjAwMDAwMDAxMTQ1IiwiYXVkIjoiaHR0cHM6Ly9jbGluaWNhbHMuc3BpbmVzZXJ2aWNlcy5uaHMudWsiLCJleHAiOjE3Njc2MDM5NjAsImlhdCI6MTc2NzYwMzY2MCwicmVhc29uX2Zvcl9yZXF1ZXN0IjoiZGlyZWN0Y2FyZSIsInNjb3BlIjoicGF0aWVudC9TdWJzY3JpcHRpb24ud3JpdGUiLCJyZXF1ZXN0aW5nX3N5c3RlbSI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvYWNjcmVkaXRlZC1zeXN0ZW18MjAwMDAwMDAxMTQ1IiwicmVxdWVzdGluZ19vcmdhbmlzYXRpb24iOiJodHRwczovL2ZoaXIubmhzLnVrL0lkL29kcy1vcmdhbml6YXRpb24tY29kZXxSWVgifQ.";

    private static final List<String> EXPLICIT_EVENTS = List.of(
            "pds-change-of-address-1", "pds-death-notification-1", "pds-change-of-gp-1", "pds-birth-notification-1");

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusGenerator <directory> <count>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[1]);
        List<Path> files = write(Path.of(args[0]), count);
        System.out.println("wrote " + files.size() + " recordings to " + args[0]);
    }

    /** Writes {@code count} recordings into {@code directory} (created if need be); returns them in order. */
    public static List<Path> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Fault fault = faultOf(i);
            Shape shape = Shape.values()[i % Shape.values().length];
            String name = String.format(
                    Locale.ROOT,
                    "r%06d-%s-%s.http",
                    i,
                    fault.slug(),
                    shape.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Path file = directory.resolve(name);
            try {
                Files.writeString(file, recording(i, shape, fault), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
        }
        return files;
    }

    /** Half the recordings are valid; the other half cycle through the faults. */
    public static Fault faultOf(int index) {
        if (index % 2 == 0) {
            return Fault.NONE;
        }
        int faults = Fault.values().length - 1;
        return Fault.values()[1 + (index / 2) % faults];
    }

    static String recording(int index, Shape shape, Fault fault) {
        String nhsNumber = fault == Fault.BAD_NHS_NUMBER ? corruptCheckDigit(nhsNumber(index)) : nhsNumber(index);
        String event = fault == Fault.UNKNOWN_EVENT
                ? "pds-change-of-nothing-1"
                : shape.explicit ? EXPLICIT_EVENTS.get(index / 4 % EXPLICIT_EVENTS.size()) : "pds-change-of-gp-1";
        String criteria = shape.explicit
                ? "/Bundle?type=message&serviceType=GP&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|"
                        + nhsNumber + "&MessageHeader.event=" + event
                : "/Bundle?type=message&subscriptionRuleType=GP_GP_GP&Organization.identifier=B86011"
                        + "&MessageHeader.event=" + event + "&tag=chis_north-"
                        + String.format(Locale.ROOT, "%02d", index % 100);
        String organisation = shape.explicit ? "A99968" : "RYX";
        String endpoint = organisation + "OT" + String.format(Locale.ROOT, "%03d", index % 1000);
        String status = fault == Fault.STATUS_ACTIVE ? "active" : "requested";
        String reason = "Benchmark recording " + index;
        String body = shape.xml
                ? xmlBody(status, organisation, reason, criteria, endpoint)
                : jsonBody(status, organisation, reason, criteria, endpoint);
        if (fault == Fault.NO_CONTACT) {
            // The one fault EMS-Subscription-1 itself rejects (contact 1..*), so the baseline has work too.
            body = body.replaceAll(
                    shape.xml ? "(?s)  <contact>.*?</contact>\n" : "(?s)  \"contact\": \\[.*?\\],\n", "");
        }

        String token = shape.explicit ? EXPLICIT_TOKEN : GENERIC_TOKEN;
        if (fault == Fault.MALFORMED_JWT) {
            token = token.substring(0, token.indexOf('.') + 12);
        }
        String fromAsid = shape.explicit ? "918999198738" : "200000001145";
        String mime = shape.xml ? "application/fhir+xml;charset=utf-8" : "application/fhir+json";
        StringBuilder http = new StringBuilder();
        http.append("# Generated benchmark recording ")
                .append(index)
                .append(": ")
                .append(fault.slug())
                .append('\n');
        http.append("POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n");
        if (fault != Fault.MISSING_AUTHORIZATION) {
            http.append("Authorization: Bearer ").append(token).append('\n');
        }
        if (fault != Fault.MISSING_FROM_ASID) {
            http.append("fromASID: ").append(fromAsid).append('\n');
        }
        http.append("toASID: ")
                .append(fault == Fault.TO_ASID_11_DIGITS ? "92894201254" : "928942012545")
                .append('\n');
        http.append("InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost\n");
        http.append("Content-Type: ").append(mime).append('\n');
        http.append("Accept: ").append(mime).append('\n');
        http.append('\n').append(body);
        return http.toString();
    }

    private static String xmlBody(String status, String organisation, String reason, String criteria, String endpoint) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Subscription xmlns="http://hl7.org/fhir">
                  <meta>
                    <profile value="https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"/>
                  </meta>
                  <status value="%s"/>
                  <contact>
                    <system value="url"/>
                    <value value="https://directory.spineservices.nhs.uk/STU3/Organization/%s"/>
                    <use value="work"/>
                  </contact>
                  <reason value="%s"/>
                  <criteria value="%s"/>
                  <channel>
                    <type value="message"/>
                    <endpoint value="%s"/>
                  </channel>
                </Subscription>
                """.formatted(status, organisation, reason, criteria.replace("&", "&amp;"), endpoint);
    }

    private static String jsonBody(
            String status, String organisation, String reason, String criteria, String endpoint) {
        return """
                {
                  "resourceType": "Subscription",
                  "meta": {
                    "profile": [
                      "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"
                    ]
                  },
                  "status": "%s",
                  "contact": [
                    {
                      "system": "url",
                      "value": "https://directory.spineservices.nhs.uk/STU3/Organization/%s",
                      "use": "work"
                    }
                  ],
                  "reason": "%s",
                  "criteria": "%s",
                  "channel": {
                    "type": "message",
                    "endpoint": "%s"
                  }
                }
                """.formatted(status, organisation, reason, criteria, endpoint);
    }

    /**
     * The index-th NHS number in the 999 test range whose modulus 11 check digit exists (a check value of 10
     * means no valid number, so those stems are skipped).
     */
    static String nhsNumber(int index) {
        int stem = index;
        while (true) {
            String first9 = String.format(Locale.ROOT, "999%06d", stem % 1_000_000);
            int check = checkDigit(first9);
            if (check != 10) {
                return first9 + check;
            }
            stem++;
        }
    }

    static int checkDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (first9.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static String corruptCheckDigit(String nhsNumber) {
        char last = nhsNumber.charAt(9);
        char wrong = (char) ('0' + (last - '0' + 1) % 10);
        return nhsNumber.substring(0, 9) + wrong;
    }
}
