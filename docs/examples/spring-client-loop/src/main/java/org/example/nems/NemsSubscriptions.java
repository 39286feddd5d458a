package org.example.nems;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Subscribes practice A99968 to its patients' NEMS events, with Spring's RestClient. */
@Component
public class NemsSubscriptions {
    /** An unsigned token as NEMS takes it for a subscription (the claims of the project's sample create). */
    static final String TOKEN = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzaWRlLXBhcy5leGFtcGxlLm9yZyIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJhdWQiOiJodHRwczovL2NsaW5pY2Fscy5zcGluZXNlcnZpY2VzLm5ocy51ayIsImV4cCI6MTc2NzYwMzkwMCwiaWF0IjoxNzY3NjAzNjAwLCJyZWFzb25fZm9yX3JlcXVlc3QiOiJkaXJlY3RjYXJlIiwic2NvcGUiOiJwYXRpZW50L1N1YnNjcmlwdGlvbi53cml0ZSIsInJlcXVlc3Rpbmdfc3lzdGVtIjoiaHR0cHM6Ly9maGlyLm5ocy51ay9JZC9hY2NyZWRpdGVkLXN5c3RlbXw5MTg5OTkxOTg3MzgiLCJyZXF1ZXN0aW5nX29yZ2FuaXNhdGlvbiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvb2RzLW9yZ2FuaXphdGlvbi1jb2RlfEE5OTk2OCIsInJlcXVlc3RpbmdfdXNlciI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAifQ.";

    private final RestClient client;
    private final Criteria criteria;

    public NemsSubscriptions(RestClient.Builder builder, @Value("${nems.base-url}") String baseUrl, Criteria criteria) {
        this.client = builder.baseUrl(baseUrl).build();
        this.criteria = criteria;
    }

    /** Subscribes to the patient's events; the id NEMS gave the subscription. */
    public String subscribe(String nhsNumber) {
        ResponseEntity<Void> answer = client.post()
                .uri("/Subscription")
                .header("Authorization", "Bearer " + TOKEN)
                .header("fromASID", "918999198738")
                .header("toASID", "928942012545")
                .header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost")
                .contentType(MediaType.parseMediaType("application/fhir+xml;charset=utf-8"))
                .accept(MediaType.parseMediaType("application/fhir+xml;charset=utf-8"))
                .body(subscription(nhsNumber))
                .retrieve()
                .toBodilessEntity();
        URI location = answer.getHeaders().getLocation();
        String path = location == null ? "" : location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String subscription(String nhsNumber) {
        return "<Subscription xmlns=\"http://hl7.org/fhir\">\n"
                + "  <meta>\n"
                + "    <profile value=\"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"/>\n"
                + "  </meta>\n"
                + "  <status value=\"requested\"/>\n"
                + "  <contact>\n"
                + "    <system value=\"url\"/>\n"
                + "    <value value=\"https://directory.spineservices.nhs.uk/STU3/Organization/A99968\"/>\n"
                + "    <use value=\"work\"/>\n"
                + "  </contact>\n"
                + "  <reason value=\"Keep the registered practice informed of address changes and deaths of its patient\"/>\n"
                + "  <criteria value=\"" + criteria.forPatient(nhsNumber).replace("&", "&amp;") + "\"/>\n"
                + "  <channel>\n"
                + "    <type value=\"message\"/>\n"
                + "    <endpoint value=\"A99968OT001\"/>\n"
                + "  </channel>\n"
                + "</Subscription>\n";
    }
}
