package org.nemsrules.subscription;

import java.util.Optional;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.nhs.OdsCode;

/**
 * The first contact's value, which names the subscribing organisation by its ODS API URL,
 * {@code https://directory.spineservices.nhs.uk/STU3/Organization/<ODS code>} (R-SUB-05).
 */
public final class OrganisationUrl {
    public static final String PREFIX = "https://directory.spineservices.nhs.uk/STU3/Organization/";

    private OrganisationUrl() {}

    /** The first contact's value, when it has one. */
    static Optional<String> firstContactValue(Subscription subscription) {
        if (subscription.getContact().isEmpty()) {
            return Optional.empty();
        }
        ContactPoint first = subscription.getContact().get(0);
        return Optional.ofNullable(first.getValue()).filter(v -> !v.isEmpty());
    }

    /** The text after the prefix, when the value has the prefix. */
    static Optional<String> odsText(String value) {
        return value.startsWith(PREFIX) ? Optional.of(value.substring(PREFIX.length())) : Optional.empty();
    }

    /** The well-formed ODS code of the first contact, or empty. */
    public static Optional<OdsCode> odsCode(Subscription subscription) {
        return firstContactValue(subscription).flatMap(OrganisationUrl::odsText).flatMap(OdsCode::parse);
    }
}
