package org.nemsrules.criteria;

/**
 * Something wrong with a criteria string, and where: what the parser and the component checks return,
 * and what the {@code criteria.*} rules report. Each rule reports the kinds it owns, so that one fault gives one
 * finding.
 *
 * @param kind        what is wrong
 * @param offset      0-based offset in the criteria string of the character, parameter or value concerned
 * @param requirement the requirement id of the digest it breaks
 * @param message     what is wrong, the value found and the value expected
 */
public record CriteriaProblem(Kind kind, int offset, String requirement, String message) {

    /** 1-based column inside the criteria string. */
    public int column() {
        return offset + 1;
    }

    /** The kinds of problem, grouped as the rules that report them. */
    public enum Kind {
        /** The string does not start with exactly {@code /Bundle?type=message} (R-CRIT-01). */
        PREFIX,
        /** An empty {@code &&} segment, a parameter without {@code =}, a second {@code ?}, a bad percent escape (R-CRIT-11). */
        MALFORMED_PARAMETER,
        /** {@code name=} with nothing after it (R-CRIT-11). */
        EMPTY_VALUE,
        /** Percent-encoded characters, which the spec writes unencoded (ambiguity 15; information). */
        PERCENT_ENCODED,
        /** A separator written {@code &amp;} in a string that is already decoded (JSON, or XML escaped twice). */
        @SuppressWarnings("EscapedEntity") // the javadoc means the text &amp; itself, as XML writes an ampersand
        ESCAPED_AMPERSAND,
        /** A parameter that is not a criteria component (R-CRIT-11). */
        UNKNOWN_PARAMETER,
        /** A 0..1 component given twice, or {@code Patient.age} more than twice (R-CRIT-11). */
        REPEATED_PARAMETER,
        /** Neither {@code Patient.identifier} nor {@code subscriptionRuleType}, or both (R-CRIT-10). */
        SUBSCRIPTION_KIND,
        /** {@code serviceType} outside GP, CHO, UHV, EPCHR (R-CRIT-02). */
        SERVICE_TYPE,
        /** {@code Patient.identifier} not {@code <system>|<value>}, or another system than the NEMS one (R-CRIT-03, R-NHS-03). */
        IDENTIFIER_SYSTEM,
        /** The NHS number in {@code Patient.identifier} is not valid (R-NHS-01, R-NHS-02). */
        NHS_NUMBER,
        /** No {@code MessageHeader.event}, or more than one on a generic subscription (R-CRIT-04). */
        EVENT_COUNT,
        /** The same event code twice (R-CRIT-04; warning). */
        EVENT_REPEATED,
        /** An event code NEMS does not know, or knows but offers no subscription to (R-CRIT-04). */
        EVENT_CODE,
        /** A deprecated event: accepted with a DEPRECATED warning (R-CRIT-12). */
        EVENT_DEPRECATED,
        /** An event no longer supported: new subscriptions are rejected (R-CRIT-12). */
        EVENT_NO_LONGER_SUPPORTED,
        /** A withdrawn event: new subscriptions are rejected (R-CRIT-12). */
        EVENT_WITHDRAWN,
        /** A {@code Patient.age} that is not {@code lt} or {@code gt} and whole years (R-CRIT-05). */
        AGE_VALUE,
        /** Two ages with the same prefix, or forming an empty range (R-CRIT-05, ambiguity 13; warning). */
        AGE_RANGE,
        /** {@code GPRegistration} outside RegisteredOnly, UnregisteredOnly (R-CRIT-06). */
        GP_REGISTRATION,
        /** {@code GPRegistration} with a rule type that already needs a registered GP (R-CRIT-06; warning). */
        GP_REGISTRATION_REDUNDANT,
        /** {@code subscriptionRuleType} outside the five codes (R-CRIT-07). */
        RULE_TYPE,
        /** {@code Organization.identifier} missing on a generic, present on an explicit subscription, or not a country code for COUNTRYCODE (R-CRIT-08). */
        ORGANIZATION_IDENTIFIER,
        /** An organisation code that does not look like the kind the rule type expects (R-CRIT-08; warning). */
        ORGANIZATION_CODE_SHAPE,
        /** A {@code tag} with characters outside the allowed set, or longer than 100 characters (R-CRIT-09). */
        TAG
    }
}
