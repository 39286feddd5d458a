package org.example.nems;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * The supplier's own code: a small client of the NEMS Subscription API that subscribes a GP practice to a patient's
 * change-of-address and death events, reads a subscription and deletes it. Nothing here knows NEMS Rules; the
 * tests run it against the simulator.
 */
public final class NemsClient {
    private static final String INTERACTION = "urn:nhs:names:services:clinicals-sync:SubscriptionsApi";
    private static final String XML = "application/fhir+xml;charset=utf-8";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String fromAsid;
    private final String toAsid;
    private final String odsCode;
    private final String mailbox;
    private final Clock clock;

    /**
     * @param base     the API's base, e.g. {@code https://clinicals.spineservices.nhs.uk/STU3}
     * @param fromAsid this system's ASID
     * @param toAsid   NEMS's ASID in that environment
     * @param odsCode  the practice's ODS code
     * @param mailbox  the practice's MESH mailbox, where events are delivered
     */
    public NemsClient(URI base, String fromAsid, String toAsid, String odsCode, String mailbox, Clock clock) {
        this.base = base;
        this.fromAsid = fromAsid;
        this.toAsid = toAsid;
        this.odsCode = odsCode;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    /** Subscribes to one patient's changes of address and death; the new subscription's id. */
    public String subscribe(String nhsNumber) throws IOException, InterruptedException {
        String criteria = "/Bundle?type=message&amp;serviceType=GP&amp;Patient.identifier=http://fhir.nhs.net/Id/nhs-number|"
                + nhsNumber
                + "&amp;MessageHeader.event=pds-change-of-address-1&amp;MessageHeader.event=pds-death-notification-1";
        String subscription = "<Subscription xmlns=\"http://hl7.org/fhir\">"
                + "<meta><profile value=\"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"/></meta>"
                + "<status value=\"requested\"/>"
                + "<contact><system value=\"url\"/>"
                + "<value value=\"https://directory.spineservices.nhs.uk/STU3/Organization/" + odsCode + "\"/>"
                + "<use value=\"work\"/></contact>"
                + "<reason value=\"Keep the registered practice informed of its patient's address and death\"/>"
                + "<criteria value=\"" + criteria + "\"/>"
                + "<channel><type value=\"message\"/><endpoint value=\"" + mailbox + "\"/></channel>"
                + "</Subscription>";
        HttpRequest request = request(base.resolve(base.getPath() + "/Subscription"), "Post", "write")
                .header("Content-Type", XML)
                .POST(HttpRequest.BodyPublishers.ofString(subscription, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("NEMS refused the subscription: " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The subscription with this id, as NEMS holds it (XML). */
    public String read(String id) throws IOException, InterruptedException {
        HttpRequest request = request(subscription(id), "Get", "read").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("NEMS could not read " + id + ": " + response.statusCode());
        }
        return response.body();
    }

    /** Ends the subscription with this id. */
    public void unsubscribe(String id) throws IOException, InterruptedException {
        HttpRequest request = request(subscription(id), "Delete", "write").DELETE().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("NEMS could not delete " + id + ": " + response.statusCode());
        }
    }

    private URI subscription(String id) {
        return base.resolve(base.getPath() + "/Subscription/" + id);
    }

    private HttpRequest.Builder request(URI uri, String interaction, String access) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token(access))
                .header("fromASID", fromAsid)
                .header("toASID", toAsid)
                .header("InteractionID", INTERACTION + interaction)
                .header("Accept", XML);
    }

    /** An unsigned Spine JWT for this system and practice, as NEMS asks for one (no user: an unattended call). */
    private String token(String access) {
        long now = clock.instant().getEpochSecond();
        String claims = "{\"iss\":\"https://auth.supplier.example\","
                + "\"sub\":\"https://fhir.nhs.uk/Id/accredited-system|" + fromAsid + "\","
                + "\"aud\":\"https://clinicals.spineservices.nhs.uk\","
                + "\"exp\":" + (now + 300) + ",\"iat\":" + now + ","
                + "\"reason_for_request\":\"directcare\","
                + "\"scope\":\"patient/Subscription." + access + "\","
                + "\"requesting_system\":\"https://fhir.nhs.uk/Id/accredited-system|" + fromAsid + "\","
                + "\"requesting_organisation\":\"https://fhir.nhs.uk/Id/ods-organization-code|" + odsCode + "\"}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
