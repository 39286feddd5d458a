package org.example.nems;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The supplier's own code: builds the requests its system sends to the NEMS Subscription API. Nothing here knows
 * NEMS Rules; the tests check what it builds.
 */
public final class SubscriptionRequests {
    private static final String INTERACTION_CREATE = "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost";

    private final URI endpoint;
    private final String fromAsid;
    private final String toAsid;

    /**
     * @param endpoint the NEMS endpoint, e.g. {@code https://clinicals.spineservices.nhs.uk}
     * @param fromAsid the ASID of the calling system
     * @param toAsid   the ASID of NEMS in that environment
     */
    public SubscriptionRequests(URI endpoint, String fromAsid, String toAsid) {
        this.endpoint = endpoint;
        this.fromAsid = fromAsid;
        this.toAsid = toAsid;
    }

    /** A create request for a Subscription written in XML, with the caller's access token. */
    public HttpRequest create(String subscriptionXml, String accessToken) {
        return HttpRequest.newBuilder(endpoint.resolve("/STU3/Subscription"))
                .header("Authorization", "Bearer " + accessToken)
                .header("fromASID", fromAsid)
                .header("toASID", toAsid)
                .header("InteractionID", INTERACTION_CREATE)
                .header("Content-Type", "application/fhir+xml;charset=utf-8")
                .header("Accept", "application/fhir+xml;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(subscriptionXml))
                .build();
    }
}
