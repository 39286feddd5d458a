package org.nemsrules.model;

/**
 * The three interactions of the Subscription API (R-HTTP-01..04); anything else is
 * {@link #UNSUPPORTED}.
 */
public enum InteractionKind {
    CREATE("POST", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost"),
    READ("GET", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet"),
    DELETE("DELETE", "urn:nhs:names:services:clinicals-sync:SubscriptionsApiDelete"),
    UNSUPPORTED("", "");

    private final String method;
    private final String interactionId;

    InteractionKind(String method, String interactionId) {
        this.method = method;
        this.interactionId = interactionId;
    }

    /** The HTTP method of this interaction; empty for {@link #UNSUPPORTED}. */
    public String method() {
        return method;
    }

    /** The {@code InteractionID} header value this interaction carries (R-HDR-03). */
    public String interactionId() {
        return interactionId;
    }
}
