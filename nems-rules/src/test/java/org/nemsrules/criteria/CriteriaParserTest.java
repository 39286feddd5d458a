package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The criteria strings of the official pages (A1–A10, C1, D1–D4 in the shared spec-examples) and the mistakes
 * suppliers make, each with the model it reads as or the problems it has.
 */
class CriteriaParserTest {
    static final String PREFIX = "/Bundle?type=message";
    static final String PATIENT = "Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919";
    static final String EVENT = "MessageHeader.event=pds-change-of-address-1";
    static final String EXPLICIT = PREFIX + "&" + PATIENT + "&" + EVENT;
    static final String GENERIC_RULE = "subscriptionRuleType=CHO_POSTCODE_CCG&Organization.identifier=X2458";
    static final String GENERIC = PREFIX + "&" + GENERIC_RULE + "&" + EVENT;
    /** 9434765919 with 190 spaces after its first digit: 200 characters, as long as a message quotes a value. */
    static final String SPACED_200 = "9" + " ".repeat(190) + "434765919";

    /** Criteria string, its parameters as {@code name=value@column}, and its kind. */
    static Stream<Arguments> models() {
        return Stream.of(
                // A1: the create page's explicit example
                arguments(
                        PREFIX + "&serviceType=UHV&" + PATIENT + "&" + EVENT,
                        "type=message@9 serviceType=UHV@22 Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919@38 "
                                + "MessageHeader.event=pds-change-of-address-1@102",
                        SubscriptionKind.EXPLICIT),
                // A2: the create page's generic example
                arguments(
                        GENERIC,
                        "type=message@9 subscriptionRuleType=CHO_POSTCODE_CCG@22 "
                                + "Organization.identifier=X2458@60 MessageHeader.event=pds-change-of-address-1@90",
                        SubscriptionKind.GENERIC),
                // A5: several events are the same parameter repeated, kept in order
                arguments(
                        PREFIX + "&" + PATIENT + "&MessageHeader.event=pds-birth-notification-1&MessageHeader.event="
                                + "vaccinations-1&MessageHeader.event=pds-change-of-address-1",
                        "type=message@9 Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919@22 "
                                + "MessageHeader.event=pds-birth-notification-1@86 MessageHeader.event=vaccinations-1@131 "
                                + "MessageHeader.event=pds-change-of-address-1@166",
                        SubscriptionKind.EXPLICIT),
                // A6: two ages kept in order
                arguments(
                        PREFIX + "&Patient.age=gt5&Patient.age=lt19",
                        "type=message@9 Patient.age=gt5@22 Patient.age=lt19@38",
                        SubscriptionKind.NEITHER),
                // percent-encoding is decoded, the column stays that of the written text
                arguments(
                        PREFIX + "&Patient.identifier=http%3A%2F%2Ffhir.nhs.net%2FId%2Fnhs-number%7C9434765919&tag=a",
                        "type=message@9 Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919@22 tag=a@98",
                        SubscriptionKind.EXPLICIT),
                // '&amp;' left in a JSON string is tolerated as a separator
                arguments(
                        PREFIX + "&amp;" + PATIENT + "&amp;" + EVENT,
                        "type=message@9 Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919@26 "
                                + "MessageHeader.event=pds-change-of-address-1@94",
                        SubscriptionKind.EXPLICIT),
                // a value may hold '=' and an encoded '&'
                arguments(
                        PREFIX + "&tag=a=b&tag=x%26y",
                        "type=message@9 tag=a=b@22 tag=x&y@30",
                        SubscriptionKind.NEITHER),
                // a parameter without '=' is kept, with an empty value
                arguments(PREFIX + "&GP", "type=message@9 GP=@22", SubscriptionKind.NEITHER),
                // a parameter with nothing before its '=' keeps its value
                arguments(PREFIX + "&=GP", "type=message@9 =GP@22", SubscriptionKind.NEITHER),
                // an escape at the very start of a value is decoded too
                arguments(PREFIX + "&tag=%41b", "type=message@9 tag=Ab@22", SubscriptionKind.NEITHER),
                // hex digits at the ends of their ranges, in either case: '9', 'a', 'f'
                arguments(PREFIX + "&tag=%39%3a%6f", "type=message@9 tag=9:o@22", SubscriptionKind.NEITHER),
                // multi-byte UTF-8 escapes decode to one character
                arguments(PREFIX + "&tag=caf%C3%A9", "type=message@9 tag=café@22", SubscriptionKind.NEITHER),
                // no '?': no parameters at all
                arguments("/Bundle", "", SubscriptionKind.NEITHER),
                arguments("", "", SubscriptionKind.NEITHER),
                // both kinds at once
                arguments(
                        EXPLICIT + "&subscriptionRuleType=GP_GP_GP",
                        "type=message@9 "
                                + "Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919@22 "
                                + "MessageHeader.event=pds-change-of-address-1@86 subscriptionRuleType=GP_GP_GP@130",
                        SubscriptionKind.BOTH));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("models")
    void aCriteriaStringReadsAsItsParametersInOrderWithTheirColumns(
            String text, String parameters, SubscriptionKind kind) {
        Criteria criteria = CriteriaParser.parse(text);
        assertEquals(
                parameters,
                criteria.parameters().stream()
                        .map(p -> p.name() + "=" + p.value() + "@" + p.column())
                        .collect(Collectors.joining(" ")));
        assertEquals(kind, criteria.kind());
        assertEquals(text, criteria.text());
    }

    /**
     * Criteria string; the problems of every component check as {@code KIND} or {@code KIND@column}, in order of
     * column (empty for none); and a fragment of one message (empty for none).
     */
    static Stream<Arguments> problems() {
        return Stream.of(
                // --- the official examples (spec-examples A, C, D) ---
                row(PREFIX + "&serviceType=UHV&" + PATIENT + "&" + EVENT, "", ""), // A1
                row(GENERIC, "", ""), // A2
                row(PREFIX + "&serviceType=GP&" + PATIENT + "&" + EVENT, "", ""), // A3
                row(GENERIC + "&tag=site123", "", ""), // A4
                row(
                        PREFIX + "&" + PATIENT + "&MessageHeader.event=pds-birth-notification-1&MessageHeader.event="
                                + "vaccinations-1&MessageHeader.event=pds-change-of-address-1",
                        "",
                        ""), // A5 explicit
                row(
                        PREFIX + "&" + GENERIC_RULE
                                + "&MessageHeader.event=pds-birth-notification-1&MessageHeader.event="
                                + "vaccinations-1&MessageHeader.event=pds-change-of-address-1",
                        "EVENT_COUNT@{MessageHeader.event=vaccinations-1}",
                        "a generic subscription takes exactly one MessageHeader.event; found 3"), // A5 generic
                row(EXPLICIT + "&Patient.age=lt14", "", ""), // A6
                row(EXPLICIT + "&Patient.age=gt60", "", ""), // A6
                row(EXPLICIT + "&Patient.age=gt5&Patient.age=lt19", "", ""), // A6
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number |[NHS Number]&" + EVENT,
                        "IDENTIFIER_SYSTEM@41 NHS_NUMBER@76",
                        "with whitespace around it"), // A7
                row(
                        PREFIX + "&Organization.identifier=X2458&MessageHeader.event=pds-birth-notification-1"
                                + "&MessageHeader.event=pds-change-of-address-1&MessageHeader.event=pds-change-of-gp-1"
                                + "&MessageHeader.event=pds-person-death-1",
                        "SUBSCRIPTION_KIND@1",
                        "it has Organization.identifier, as a generic subscription does: add subscriptionRuleType"), // A10
                row(
                        "Bundle?type=message&MessageHeader?event=PDS001&MessageHeader?event=PDS001",
                        "PREFIX@1 SUBSCRIPTION_KIND@1 EVENT_COUNT@1 MALFORMED_PARAMETER@{?event} MALFORMED_PARAMETER@{?event>}",
                        "did you mean 'MessageHeader.event'?"), // C1
                row(
                        PREFIX + "&Organization.identifier=X2458&MessageHeader.event=PDS001&MessageHeader.event=PDS002"
                                + "&MessageHeader.event=PDS003&MessageHeader.event=PDS004",
                        "SUBSCRIPTION_KIND@1",
                        ""), // D1
                row(
                        PREFIX + "&serviceType=UHV&Patient.identifier=9434765919&MessageHeader.event=PDS002",
                        "IDENTIFIER_SYSTEM@57",
                        "expected 'http://fhir.nhs.net/Id/nhs-number|9434765919'"), // D2
                row(
                        PREFIX + "&subscriptionRuleType=CHRD&Organization.identifier=X2458&MessageHeader.event=PDS001"
                                + "&MessageHeader.event=PDS002",
                        "RULE_TYPE@{CHRD} EVENT_COUNT@{MessageHeader.event=PDS002}",
                        "expected one of GP_GP_GP, UHV_POSTCODE_LACODE, CHO_GP_CCG, CHO_POSTCODE_CCG, COUNTRYCODE"), // D3
                row(
                        PREFIX + "&subscriptionRuleType=CHO_POSTCODE_ICS&Organization.identifier=X2458&" + EVENT,
                        "RULE_TYPE@43",
                        "did you mean 'CHO_POSTCODE_CCG'?"), // D4

                // --- the prefix (R-CRIT-01) ---
                row("Bundle?type=message&" + PATIENT + "&" + EVENT, "PREFIX@1", "has no leading '/'"),
                row("/bundle?type=message&" + PATIENT + "&" + EVENT, "PREFIX@1", "the resource name is case-sensitive"),
                row(
                        "/Subscription?type=message&" + PATIENT + "&" + EVENT,
                        "PREFIX@1",
                        "the criteria searches '/Subscription'; expected it to start with exactly"),
                row(
                        "bundle?type=message&" + PATIENT + "&" + EVENT,
                        "PREFIX@1",
                        "the criteria searches 'bundle' (the resource name is case-sensitive: 'Bundle'); expected"),
                row(
                        "/Bundle?",
                        "SUBSCRIPTION_KIND@1 EVENT_COUNT@1 MALFORMED_PARAMETER@8 PREFIX@9",
                        "the first parameter of the criteria is nothing; expected 'type=message'"),
                row(
                        "https://clinicals.spineservices.nhs.uk/STU3/Bundle?type=message&" + PATIENT + "&" + EVENT,
                        "PREFIX@1",
                        "is an absolute URL"),
                row("/Bundle?" + PATIENT + "&" + EVENT, "PREFIX@9", "expected 'type=message'"),
                row(
                        "/Bundle?type=messages&" + PATIENT + "&" + EVENT,
                        "PREFIX@9",
                        "the first parameter of the criteria is 'type=messages'"),
                row("/Bundle?type=Message&" + PATIENT + "&" + EVENT, "PREFIX@9", "'type=Message'"),
                row(
                        "/Bundle?_type=message&" + PATIENT + "&" + EVENT,
                        "PREFIX@9 UNKNOWN_PARAMETER@9",
                        "did you mean 'type'?"),
                row(" " + EXPLICIT, "PREFIX@1", "starts with whitespace"),
                row("/Bundle", "PREFIX@1 SUBSCRIPTION_KIND@1 EVENT_COUNT@1", "has no '?'"),
                row("", "PREFIX@1 SUBSCRIPTION_KIND@1 EVENT_COUNT@1", "the criteria is empty"),
                row(
                        PREFIX + "&" + PATIENT + "&" + EVENT + "&type=message",
                        "REPEATED_PARAMETER@{type=message>}",
                        "type appears 2 times"),

                // --- syntax (R-CRIT-11) ---
                row(PREFIX + "&&" + PATIENT + "&" + EVENT, "MALFORMED_PARAMETER@21", "an empty parameter"),
                row(EXPLICIT + "&", "MALFORMED_PARAMETER@{&>}", "ends with '&'"),
                row(EXPLICIT + "&serviceType", "MALFORMED_PARAMETER@{serviceType}", "has no '='"),
                row(EXPLICIT + "&serviceType=", "EMPTY_VALUE@{serviceType}", "'serviceType=' has no value"),
                row(EXPLICIT + "&=GP", "MALFORMED_PARAMETER@{=GP}", "has no name before the '='"),
                row(EXPLICIT + "&tag=100%", "MALFORMED_PARAMETER@{%} TAG@{%}", "'%' is not a percent escape"),
                row(EXPLICIT + "&tag=a%zzb", "MALFORMED_PARAMETER@{%} TAG@{%}", "'%zz' is not a percent escape"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number%7C9434765919&" + EVENT,
                        "PERCENT_ENCODED@74",
                        "the specification writes the criteria unencoded"),
                row(PREFIX + "&amp;" + PATIENT + "&amp;" + EVENT, "ESCAPED_AMPERSAND@21", "(2 times)"),

                // --- unknown and repeated components (R-CRIT-11) ---
                row(
                        EXPLICIT + "&patient.identifier=x",
                        "UNKNOWN_PARAMETER@{patient.identifier}",
                        "did you mean 'Patient.identifier'?"),
                row(
                        EXPLICIT + "&Organisation.identifier=X2458",
                        "UNKNOWN_PARAMETER@{Organisation}",
                        "did you mean 'Organization.identifier'?"),
                row(
                        EXPLICIT + "&event=pds-change-of-gp-1",
                        "UNKNOWN_PARAMETER@{&event>}+1",
                        "'event', which is not a criteria component"),
                row(EXPLICIT + "&_count=10", "UNKNOWN_PARAMETER@{_count}", "(the components are type, serviceType"),
                row(
                        EXPLICIT + "&serviceType=GP&serviceType=UHV",
                        "REPEATED_PARAMETER@{serviceType=UHV}",
                        "serviceType appears 2 times; it may appear at most once (0..1); remove 'serviceType=UHV'"),
                row(EXPLICIT + "&tag=a&tag=b", "REPEATED_PARAMETER@{tag=b}", "remove 'tag=b'"),
                row(
                        EXPLICIT + "&Patient.age=gt5&Patient.age=lt19&Patient.age=lt18",
                        "REPEATED_PARAMETER@{Patient.age=lt18}",
                        "at most 2 times"),
                row(
                        PREFIX + "&" + PATIENT + "&" + PATIENT.replace("9434765919", "9990000018") + "&" + EVENT,
                        "REPEATED_PARAMETER@{Patient.identifier>}",
                        "Patient.identifier appears 2 times"),

                // --- explicit or generic (R-CRIT-10) ---
                row(PREFIX + "&" + EVENT, "SUBSCRIPTION_KIND@1", "add Patient.identifier="),
                row(
                        EXPLICIT + "&" + GENERIC_RULE,
                        "SUBSCRIPTION_KIND@{subscriptionRuleType}",
                        "both explicit (Patient.identifier) and generic"),

                // --- serviceType (R-CRIT-02) ---
                row(PREFIX + "&serviceType=gp&" + PATIENT + "&" + EVENT, "SERVICE_TYPE@34", "did you mean 'GP'?"),
                row(PREFIX + "&serviceType=HV&" + PATIENT + "&" + EVENT, "SERVICE_TYPE@34", "did you mean 'UHV'?"),
                row(PREFIX + "&serviceType=PHR&" + PATIENT + "&" + EVENT, "SERVICE_TYPE@34", "expected one of GP"),

                // --- Patient.identifier and the NHS number (R-CRIT-03, R-NHS-01..03) ---
                row(
                        PREFIX + "&Patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919&" + EVENT,
                        "IDENTIFIER_SYSTEM@41",
                        "preferred URI used by newer APIs"),
                row(
                        PREFIX + "&Patient.identifier=https://fhir.nhs.net/Id/nhs-number|9434765919&" + EVENT,
                        "IDENTIFIER_SYSTEM@41",
                        "did you mean 'http://fhir.nhs.net/Id/nhs-number'?"),
                row(
                        PREFIX + "&Patient.identifier=urn:oid:2.16.840.1.113883.2.1.4.1|9434765919&" + EVENT,
                        "IDENTIFIER_SYSTEM@41",
                        "NEMS subscribes to patients by NHS number only"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|6101231234&" + EVENT,
                        "NHS_NUMBER@75",
                        "the check digit is 4, expected 2"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|943 476 5919&" + EVENT,
                        "NHS_NUMBER@75",
                        "remove the separators: '9434765919'"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|943-476-5919&" + EVENT,
                        "NHS_NUMBER@75",
                        "remove the separators"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|943%20476%205919&" + EVENT,
                        "NHS_NUMBER@41 PERCENT_ENCODED@{%20}",
                        "remove the separators"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|1234567890&" + EVENT,
                        "NHS_NUMBER@75",
                        "check value 10"),
                row(
                        PREFIX + "&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|&" + EVENT,
                        "NHS_NUMBER@75",
                        "is not exactly ten digits"),
                row(PREFIX + "&Patient.identifier=a|b|c&" + EVENT, "IDENTIFIER_SYSTEM@44", "more than one '|'"),
                row(
                        PREFIX + "&Patient.identifier=|9434765919&" + EVENT,
                        "IDENTIFIER_SYSTEM@{|9434765919}",
                        "Patient.identifier has the naming system ''; expected 'http://fhir.nhs.net/Id/nhs-number': "
                                + "NEMS subscribes to patients by NHS number only"),
                row(
                        PREFIX + "&Patient.identifier=1234567890&" + EVENT,
                        "IDENTIFIER_SYSTEM@{1234567890} NHS_NUMBER@{1234567890}",
                        "Patient.identifier '1234567890' has no naming system (no '|'); "
                                + "expected 'http://fhir.nhs.net/Id/nhs-number|1234567890'"),
                row(
                        PREFIX + "&Patient.identifier=943476591&" + EVENT,
                        "IDENTIFIER_SYSTEM@{943476591}",
                        "Patient.identifier '943476591' has no naming system (no '|'); "
                                + "expected 'http://fhir.nhs.net/Id/nhs-number|<NHS number>'"),
                // ten digits with separators, at most as long as a message quotes, are repeated in the hint
                row(
                        PREFIX + "&Patient.identifier=" + SPACED_200 + "&" + EVENT,
                        "IDENTIFIER_SYSTEM@41 NHS_NUMBER@41",
                        "(no '|'); expected 'http://fhir.nhs.net/Id/nhs-number|" + SPACED_200 + "'"),
                row(
                        PREFIX + "&Patient.identifier=" + SPACED_200.replace("9 ", "9  ") + "&" + EVENT,
                        "IDENTIFIER_SYSTEM@41 NHS_NUMBER@41",
                        "(no '|'); expected 'http://fhir.nhs.net/Id/nhs-number|<NHS number>'"),

                // --- MessageHeader.event count (R-CRIT-04) ---
                row(PREFIX + "&" + PATIENT, "EVENT_COUNT@1", "has no MessageHeader.event"),
                row(
                        EXPLICIT + "&" + EVENT,
                        "EVENT_REPEATED@{MessageHeader.event>}",
                        "'pds-change-of-address-1' is given twice"),
                row(
                        GENERIC + "&" + EVENT,
                        "EVENT_COUNT@{MessageHeader.event>} EVENT_REPEATED@{MessageHeader.event>}",
                        ""),

                // --- Patient.age (R-CRIT-05, ambiguity 13) ---
                row(EXPLICIT + "&Patient.age=14", "AGE_VALUE@{14}", "it has no prefix"),
                row(EXPLICIT + "&Patient.age=ge14", "AGE_VALUE@{ge14}", "the prefix 'ge' is not supported"),
                row(EXPLICIT + "&Patient.age=LT14", "AGE_VALUE@{LT14}", "prefixes are lower case: 'lt14'"),
                row(EXPLICIT + "&Patient.age=lt14.5", "AGE_VALUE@{lt14.5}", "'14.5' is not a whole number of years"),
                row(EXPLICIT + "&Patient.age=gt19&Patient.age=lt5", "AGE_RANGE@{lt5}", "form an empty range"),
                row(
                        EXPLICIT + "&Patient.age=gt5&Patient.age=lt6",
                        "AGE_RANGE@{lt6}",
                        "no whole age is above 5 and below 6"),
                row(EXPLICIT + "&Patient.age=lt5&Patient.age=lt19", "AGE_RANGE@{lt19}", "given twice with 'lt'"),
                row(EXPLICIT + "&Patient.age=lt0", "AGE_RANGE@{lt0}", "matches no patient"),
                row(EXPLICIT + "&Patient.age=gt5&Patient.age=lt7", "", ""),
                row(EXPLICIT + "&Patient.age=lt9999", "", ""),
                row(EXPLICIT + "&Patient.age=lt10000", "AGE_VALUE@{lt10000}", "'10000' is not a whole number of years"),
                row(
                        EXPLICIT + "&Patient.age=x" + "1".repeat(199),
                        "AGE_VALUE@{x1}",
                        "; 'x" + "1".repeat(199) + "' is not a prefix and whole years; expected lt or gt"),
                row(
                        EXPLICIT + "&Patient.age=x" + "1".repeat(200),
                        "AGE_VALUE@{x1}",
                        "; it is not a prefix and whole years; expected lt or gt"),

                // --- GPRegistration (R-CRIT-06) ---
                row(EXPLICIT + "&GPRegistration=RegisteredOnly", "", ""),
                row(
                        EXPLICIT + "&GPRegistration=Registered",
                        "GP_REGISTRATION@{Registered}",
                        "did you mean 'RegisteredOnly'?"),
                row(
                        PREFIX + "&subscriptionRuleType=GP_GP_GP&Organization.identifier=B86011&" + EVENT
                                + "&GPRegistration=RegisteredOnly",
                        "GP_REGISTRATION_REDUNDANT@{GPRegistration}",
                        "already matches only patients"),
                row(
                        PREFIX + "&subscriptionRuleType=CHO_GP_CCG&Organization.identifier=03Q&" + EVENT
                                + "&GPRegistration=UnregisteredOnly",
                        "GP_REGISTRATION_REDUNDANT@{GPRegistration}",
                        "matches no patient at all"),
                row(GENERIC + "&GPRegistration=UnregisteredOnly", "", ""),

                // --- subscriptionRuleType (R-CRIT-07, ambiguity 21) ---
                row(
                        PREFIX + "&subscriptionRuleType=HSS&Organization.identifier=E92000001&" + EVENT,
                        "RULE_TYPE@43",
                        "was renamed to COUNTRYCODE"),
                row(
                        PREFIX + "&subscriptionRuleType=gp_gp_gp&Organization.identifier=B86011&" + EVENT,
                        "RULE_TYPE@43",
                        "did you mean 'GP_GP_GP'?"),

                // --- Organization.identifier (R-CRIT-08, ambiguity 10) ---
                row(
                        PREFIX + "&subscriptionRuleType=GP_GP_GP&" + EVENT,
                        "ORGANIZATION_IDENTIFIER@22",
                        "a GP practice code for GP_GP_GP (the component table gives 0..1, the text says it is required)"),
                row(
                        EXPLICIT + "&Organization.identifier=X2458",
                        "ORGANIZATION_IDENTIFIER@{Organization}",
                        "not allowed on an explicit"),
                row(PREFIX + "&subscriptionRuleType=COUNTRYCODE&Organization.identifier=W92000004&" + EVENT, "", ""),
                row(
                        PREFIX + "&subscriptionRuleType=COUNTRYCODE&Organization.identifier=E92000002&" + EVENT,
                        "ORGANIZATION_IDENTIFIER@{E92000002}",
                        "did you mean 'E92000001'?"),
                row(
                        PREFIX + "&subscriptionRuleType=COUNTRYCODE&Organization.identifier=England&" + EVENT,
                        "ORGANIZATION_IDENTIFIER@{England}",
                        "E92000001 (England), W92000004 (Wales)"),
                row(
                        PREFIX + "&subscriptionRuleType=GP_GP_GP&Organization.identifier=E92000001&" + EVENT,
                        "ORGANIZATION_CODE_SHAPE@{E92000001}",
                        "is the country code of England; GP_GP_GP takes a GP practice code"),
                row(
                        PREFIX + "&subscriptionRuleType=GP_GP_GP&Organization.identifier=b86011&" + EVENT,
                        "ORGANIZATION_CODE_SHAPE@{b86011}",
                        "ODS codes are written in capitals"),
                row(
                        PREFIX + "&subscriptionRuleType=UHV_POSTCODE_LACODE&Organization.identifier=E08000035&" + EVENT,
                        "",
                        ""),
                row(
                        PREFIX + "&subscriptionRuleType=UHV_POSTCODE_LACODE&Organization.identifier=local-authority&"
                                + EVENT,
                        "ORGANIZATION_CODE_SHAPE@{local-authority}",
                        "'local-authority' is not an ODS code"),
                row(
                        PREFIX + "&subscriptionRuleType=HSS&Organization.identifier=Wales&" + EVENT,
                        "RULE_TYPE@{HSS} ORGANIZATION_IDENTIFIER@{Wales}",
                        ""),

                // --- tag (R-CRIT-09) ---
                row(EXPLICIT + "&tag=north_01|a-b,c", "", ""),
                row(EXPLICIT + "&tag=AZaz09", "", ""),
                row(EXPLICIT + "&tag=site 123", "TAG@{site}+4", "has a space or other whitespace at position 5"),
                row(EXPLICIT + "&tag=site.123", "TAG@{.123}", "has '.' at position 5"),
                row(EXPLICIT + "&tag=" + "a".repeat(100), "", ""),
                row(
                        EXPLICIT + "&tag=" + "a".repeat(101),
                        "TAG@{aaa>}+2",
                        "101 characters long; a tag has at most 100"));
    }

    private static Arguments row(String criteria, String problems, String fragment) {
        return arguments(criteria, problems, fragment);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("problems")
    void aCriteriaStringHasExactlyItsProblems(String text, String expected, String fragment) {
        List<CriteriaProblem> found = CriteriaChecks.all(CriteriaParser.parse(text));
        String described = found.stream()
                .map(p -> p.kind() + "@" + p.column() + " " + p.message())
                .collect(Collectors.joining("\n"));
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertEquals(want.size(), found.size(), described);
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            CriteriaProblem p = found.get(i);
            String kind = w.contains("@") ? w.substring(0, w.indexOf('@')) : w;
            if (!kind.equals("BOTH")) {
                assertEquals(kind, p.kind().name(), described);
            }
            if (w.contains("@")) {
                assertEquals(column(text, w.substring(w.indexOf('@') + 1)), p.column(), described);
            }
        }
        if (!fragment.isEmpty()) {
            assertTrue(found.stream().anyMatch(p -> p.message().contains(fragment)), described);
        }
    }

    /**
     * A column written as a number, or as {@code {fragment}} for the column of the fragment's first occurrence in
     * the criteria ({@code {fragment>}} for its last), optionally {@code +n} characters on.
     */
    private static int column(String text, String at) {
        if (!at.startsWith("{")) {
            return Integer.parseInt(at);
        }
        int close = at.indexOf('}');
        String fragment = at.substring(1, close);
        int plus = close + 1 < at.length() ? Integer.parseInt(at.substring(close + 2)) : 0;
        int index = fragment.endsWith(">")
                ? text.lastIndexOf(fragment.substring(0, fragment.length() - 1))
                : text.indexOf(fragment);
        assertTrue(index >= 0, fragment + " is not in " + text);
        return index + 1 + plus;
    }

    @Test
    void theTableHasAtLeastSixtyCriteriaStrings() {
        assertTrue(problems().count() + models().count() >= 60);
        assertTrue(problems().count() >= 60);
    }

    @Test
    void nullReadsAsTheEmptyString() {
        Criteria criteria = CriteriaParser.parse(null);
        assertEquals("", criteria.text());
        assertEquals(CriteriaProblem.Kind.PREFIX, criteria.problems().get(0).kind());
    }

    @Test
    void theParserNeverThrowsOnArbitraryText() {
        java.util.Random random = new java.util.Random(6);
        String alphabet = "/Bundle?type=message&%|=amp;.xX9 \u00e9";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Criteria criteria = CriteriaParser.parse(text.toString());
            for (CriteriaProblem p : CriteriaChecks.all(criteria)) {
                assertTrue(p.offset() >= 0 && p.offset() <= text.length(), text + ": " + p);
            }
        }
    }

    @Test
    void aCriteriaOfAMillionParametersIsReadUpToTheBoundAndTheRestReportedOnce() {
        String text = Criteria.PREFIX + "&a=1".repeat(1_000_000) + "&&".repeat(1_000_000);
        Criteria criteria = CriteriaParser.parse(text);

        assertEquals(CriteriaParser.MAX_PARAMETERS, criteria.parameters().size());
        List<CriteriaProblem> beyond = criteria.problems().stream()
                .filter(p -> p.message().contains("more than " + CriteriaParser.MAX_PARAMETERS + " parameters"))
                .toList();
        assertEquals(1, beyond.size(), () -> criteria.problems().toString());
        int offset = Criteria.PREFIX.length() + 1 + 4 * (CriteriaParser.MAX_PARAMETERS - 1);
        assertEquals(offset, beyond.get(0).offset());
        assertEquals(CriteriaProblem.Kind.MALFORMED_PARAMETER, beyond.get(0).kind());
    }

    @Test
    void emptyParametersCountTowardsTheBound() {
        Criteria criteria = CriteriaParser.parse(Criteria.PREFIX + "&".repeat(1_000_000));

        assertTrue(
                criteria.problems().size() <= CriteriaParser.MAX_PARAMETERS + 1,
                "problems: " + criteria.problems().size());
    }

    @Test
    void aCriteriaStartingWithTheQuestionMarkSearchesNothingAndStillHasItsParametersRead() {
        Criteria criteria = CriteriaParser.parse("?type=message&" + PATIENT);

        assertEquals("", criteria.path());
        assertEquals(
                List.of("type", "Patient.identifier"),
                criteria.parameters().stream().map(CriteriaParameter::name).toList());
        assertEquals(1, criteria.parameters().get(0).offset());
        assertEquals(
                List.of("the criteria searches ''; expected it to start with exactly '/Bundle?type=message'"),
                criteria.problems().stream().map(CriteriaProblem::message).toList());
    }

    @Test
    void theParsersOwnProblemsAreInOrderOfOffsetThoughThePrefixIsJudgedLast() {
        Criteria criteria = CriteriaParser.parse("Bundle?type=message&&x=1");

        assertEquals(
                List.of("PREFIX@0", "MALFORMED_PARAMETER@19"),
                criteria.problems().stream()
                        .map(p -> p.kind() + "@" + p.offset())
                        .toList());
    }

    @Test
    void aParameterWithNothingBeforeItsEqualsSignHasItsValueAfterTheEqualsSign() {
        CriteriaParameter p = CriteriaParser.parse(PREFIX + "&=GP").parameters().get(1);

        assertEquals("", p.name());
        assertEquals("GP", p.value());
        assertEquals(PREFIX.length() + 2, p.valueOffset());
        assertTrue(p.hasEquals());
        assertEquals("GP", p.rawValue());
        assertEquals(PREFIX.length() + "&=GP".length(), p.end());
    }

    @Test
    void aCriteriaOfEightyCharactersIsQuotedWholeAndALongerOneCut() {
        String eighty = "/Bundle" + "x".repeat(73);
        String tail = "' has no '?'; expected it to start with exactly '/Bundle?type=message', followed by "
                + "'&'-separated parameters";

        assertEquals(
                "the criteria '" + eighty + tail,
                CriteriaParser.parse(eighty).problems().get(0).message());
        assertEquals(
                "the criteria '" + eighty.substring(0, 77) + "..." + tail,
                CriteriaParser.parse(eighty + "y").problems().get(0).message());
    }

    @Test
    void anEmptyParameterBeforeTypeMessageIsSaidToBeThere() {
        Criteria criteria = CriteriaParser.parse("/Bundle?&type=message&" + PATIENT + "&" + EVENT);

        CriteriaProblem prefix = criteria.problems().stream()
                .filter(p -> p.kind() == CriteriaProblem.Kind.PREFIX)
                .findFirst()
                .orElseThrow();
        assertEquals(8, prefix.offset());
        assertEquals(
                "the criteria starts with an empty parameter before 'type=message'; expected it to start with "
                        + "exactly '/Bundle?type=message'",
                prefix.message());
    }

    @Test
    void aQuestionMarkWithNothingAfterItIsNotCalledATrailingAmpersand() {
        Criteria criteria = CriteriaParser.parse("/Bundle?");

        CriteriaProblem empty = criteria.problems().stream()
                .filter(p -> p.kind() == CriteriaProblem.Kind.MALFORMED_PARAMETER)
                .findFirst()
                .orElseThrow();
        assertEquals(7, empty.offset());
        assertEquals(
                "the criteria ends with '?', with no parameter after it; expected 'type=message' and the "
                        + "subscription's parameters, joined by '&'",
                empty.message());
    }

    @Test
    void aTrailingAmpersandAfterAParameterIsStillCalledOne() {
        Criteria criteria = CriteriaParser.parse(EXPLICIT + "&");

        assertTrue(
                criteria.problems().stream()
                        .anyMatch(p -> p.message()
                                .equals("the criteria ends with '&'; remove it, or add the parameter that was meant "
                                        + "to follow")),
                criteria.problems().toString());
    }
}
