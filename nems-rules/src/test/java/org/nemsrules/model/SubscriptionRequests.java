package org.nemsrules.model;

import java.net.URI;
import java.net.http.HttpRequest;

/** A create request NEMS accepts, as a supplier's client would build it, for the tests of the programmatic API. */
public final class SubscriptionRequests {
    public static final URI CREATE_URI = URI.create("https://clinicals.spineservices.nhs.uk/STU3/Subscription");

    /** Unsigned, as NEMS test tokens are; its claims match the Spine headers and the Subscription below. */
    public static final String TOKEN =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzaWRlLXBhcy5leGFtcGxlLm9yZyIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJhdWQiOiJodHRwczovL2NsaW5pY2Fscy5zcGluZXNlcnZpY2VzLm5ocy51ayIsImV4cCI6MTc2NzYwMzkwMCwiaWF0IjoxNzY3NjAzNjAwLCJyZWFzb25fZm9yX3JlcXVlc3QiOiJkaXJlY3RjYXJlIiwic2NvcGUiOiJwYXRpZW50L1N1YnNjcmlwdGlvbi53cml0ZSIsInJlcXVlc3Rpbmdfc3lzdGVtIjoiaHR0cHM6Ly9maGlyLm5ocy51ay9JZC9hY2NyZWRpdGVkLXN5c3RlbXw5MTg5OTkxOTg3MzgiLCJyZXF1ZXN0aW5nX29yZ2FuaXNhdGlvbiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvb2RzLW9yZ2FuaXphdGlvbi1jb2RlfEE5OTk2OCIsInJlcXVlc3RpbmdfdXNlciI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAifQ.";

    public static final String SUBSCRIPTION_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Subscription xmlns="http://hl7.org/fhir">
              <meta>
                <profile value="https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1"/>
              </meta>
              <status value="requested"/>
              <contact>
                <system value="url"/>
                <value value="https://directory.spineservices.nhs.uk/STU3/Organization/A99968"/>
                <use value="work"/>
              </contact>
              <reason value="Keep the registered practice informed of address changes and deaths of its patient"/>
              <criteria value="/Bundle?type=message&amp;serviceType=GP&amp;Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9990000018&amp;MessageHeader.event=pds-change-of-address-1&amp;MessageHeader.event=pds-death-notification-1"/>
              <channel>
                <type value="message"/>
                <endpoint value="A99968OT001"/>
              </channel>
            </Subscription>
            """;

    private SubscriptionRequests() {}

    /** The valid create, its headers set in the order the sample recording has them. */
    public static HttpRequest.Builder create() {
        return HttpRequest.newBuilder(CREATE_URI)
                .header("Authorization", "Bearer " + TOKEN)
                .header("fromASID", "918999198738")
                .header("toASID", "928942012545")
                .header("InteractionID", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost")
                .header("Content-Type", "application/fhir+xml;charset=utf-8")
                .header("Accept", "application/fhir+xml;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(SUBSCRIPTION_XML));
    }
}
