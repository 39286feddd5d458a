package org.nemsrules.criteria;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parameters a criteria string may have (the component table of the create page), with how often each may
 * appear at most in any subscription. Which of them an explicit or a generic subscription needs is judged by the
 * checks that know why ({@link ClassificationCheck}, {@link EventCountCheck}, {@link OrganizationIdentifierCheck}).
 */
public enum Component {
    TYPE("type", 1, "1..1"),
    SERVICE_TYPE("serviceType", 1, "0..1"),
    PATIENT_IDENTIFIER("Patient.identifier", 1, "1..1 explicit, 0..0 generic"),
    MESSAGE_HEADER_EVENT("MessageHeader.event", Integer.MAX_VALUE, "1..* explicit, 1..1 generic"),
    PATIENT_AGE("Patient.age", 2, "0..2"),
    GP_REGISTRATION("GPRegistration", 1, "0..1"),
    SUBSCRIPTION_RULE_TYPE("subscriptionRuleType", 1, "0..0 explicit, 1..1 generic"),
    ORGANIZATION_IDENTIFIER("Organization.identifier", 1, "0..0 explicit, 1..1 generic"),
    TAG("tag", 1, "0..1");

    private final String parameterName;
    private final int maxOccurs;
    private final String cardinality;

    Component(String parameterName, int maxOccurs, String cardinality) {
        this.parameterName = parameterName;
        this.maxOccurs = maxOccurs;
        this.cardinality = cardinality;
    }

    /** The parameter name, exactly as NEMS matches it (case-sensitive). */
    public String parameterName() {
        return parameterName;
    }

    /** The most occurrences any subscription may have. */
    public int maxOccurs() {
        return maxOccurs;
    }

    /** The cardinality as the component table gives it, for messages. */
    public String cardinality() {
        return cardinality;
    }

    public static Optional<Component> named(String name) {
        return Arrays.stream(values()).filter(c -> c.parameterName.equals(name)).findFirst();
    }

    public static java.util.List<String> names() {
        return Arrays.stream(values()).map(Component::parameterName).toList();
    }
}
