package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Examinations;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * Which requests the criteria and NHS number rules say they examined, which is all the requirement coverage report
 * knows of them: a rule that stops saying so leaves its requirement unproved, and one that says so for a request it
 * does not judge proves it falsely.
 */
class CriteriaExaminationTest {
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();

    private static final NemsValidator WITH_TEST_DATA = NemsValidator.builder()
            .catalog(RuleCatalog.builtIn())
            .enable(NotTestDataRule.ID)
            .build();

    private static final Pattern AUTHORIZATION = Pattern.compile("(?m)^Authorization: Bearer (\\S+)\\n");

    private static final String EXPLICIT_CRITERIA = "/Bundle?type=message&amp;serviceType=GP&amp;Patient.identifier="
            + "http://fhir.nhs.net/Id/nhs-number|9990000018&amp;MessageHeader.event=pds-change-of-address-1"
            + "&amp;MessageHeader.event=pds-death-notification-1";

    /** Every rule of the whole criteria string or of every parameter: each judges any criteria there is. */
    private static final List<String> EVERY_CRITERIA = List.of(
            EscapedAmpersandRule.ID,
            EventCountRule.ID,
            MalformedParameterRule.ID,
            PercentEncodedRule.ID,
            PrefixRule.ID,
            RepeatedParameterRule.ID,
            SubscriptionKindRule.ID,
            UnknownParameterRule.ID);

    /** The rules that look an event code up in the catalogue. */
    private static final List<String> EVENT_CODES =
            List.of(EventCodeRule.ID, EventDeprecatedRule.ID, EventNoLongerSupportedRule.ID, EventWithdrawnRule.ID);

    /** The criteria and NHS number rules that examined the only request of {@code http}, sorted. */
    private static List<String> examined(NemsValidator validator, String http) {
        return Examinations.examined(validator, http, "criteria.", "nhs-number.");
    }

    private static List<String> examined(String http) {
        return examined(VALIDATOR, http);
    }

    /** {@link #EVERY_CRITERIA} with {@code more}, sorted. */
    private static List<String> everyCriteriaRule(List<String> more) {
        return Examinations.adjusted(EVERY_CRITERIA, more, List.of());
    }

    /** The explicit XML sample with {@code criteria} (written with plain '&') in place of its own. */
    private static String explicitWith(String criteria) throws IOException {
        return replaced(sample("create-explicit.http"), EXPLICIT_CRITERIA, criteria.replace("&", "&amp;"));
    }

    /** {@code http} with an unsecured token whose payload is the sample's with {@code claim} replaced. */
    private static String withClaim(String http, String claim, String replacement) {
        Matcher token = AUTHORIZATION.matcher(http);
        assertTrue(token.find(), "the sample has a bearer token");
        String payload =
                new String(Base64.getUrlDecoder().decode(token.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String replacedToken = base64url.encodeToString(
                        "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "."
                + base64url.encodeToString(replaced(payload, claim, replacement).getBytes(StandardCharsets.UTF_8))
                + ".";
        return token.replaceFirst(Matcher.quoteReplacement("Authorization: Bearer " + replacedToken + "\n"));
    }

    /** The rules that judge the explicit sample, with {@code more}, sorted. */
    private static List<String> explicitSampleRules(String... more) {
        List<String> ids = new ArrayList<>(EVENT_CODES);
        // Two events, so whether one repeats the other is judged; Organization.identifier is judged absent.
        ids.addAll(List.of(
                EventRepeatedRule.ID,
                IdentifierSystemRule.ID,
                InvalidNhsNumberRule.ID,
                OrganizationIdentifierRule.ID,
                ServiceTypeRule.ID));
        ids.addAll(List.of(more));
        return everyCriteriaRule(ids);
    }

    @Test
    void theExplicitSampleIsExaminedByTheRulesOfItsPatientEventsAndServiceType() throws IOException {
        assertEquals(explicitSampleRules(), examined(sample("create-explicit.http")));
    }

    @Test
    void theGenericSampleIsExaminedByTheRulesOfItsRuleTypeOrganisationEventAndTag() throws IOException {
        List<String> more = new ArrayList<>(EVENT_CODES);
        // One event: nothing for it to repeat. No patient, so no NHS number.
        more.addAll(List.of(OrganizationCodeShapeRule.ID, OrganizationIdentifierRule.ID, RuleTypeRule.ID, TagRule.ID));
        assertEquals(everyCriteriaRule(more), examined(sample("create-generic.json.http")));
    }

    @Test
    void aReadHasNoCriteriaToExamine() throws IOException {
        assertEquals(List.of(), examined(sample("read.http")));
        assertEquals(List.of(), examined(WITH_TEST_DATA, sample("read.http")));
    }

    @Test
    void aCreateWhoseBodyCannotBeReadIsNotExamined() throws IOException {
        String create = replaced(sample("create-explicit.http"), "</Subscription>", "</Subscript");
        assertEquals(List.of(), examined(create));
        assertEquals(List.of(), examined(WITH_TEST_DATA, create));
    }

    @Test
    void theTestDataRuleWhenOnExaminesTheSubscribedNhsNumber() throws IOException {
        assertEquals(explicitSampleRules(NotTestDataRule.ID), examined(WITH_TEST_DATA, sample("create-explicit.http")));
        // No NHS number in a generic subscription.
        List<String> generic = examined(WITH_TEST_DATA, sample("create-generic.json.http"));
        assertEquals(examined(sample("create-generic.json.http")), generic);
    }

    @Test
    void theTokensRequestingPatientIsComparedWithTheCriteriasAndJudgedAsTestData() throws IOException {
        String create = withClaim(
                sample("create-explicit.http"),
                "\"scope\"",
                "\"requesting_patient\":\"http://fhir.nhs.net/Id/nhs-number|9990000018\",\"scope\"");
        assertEquals(explicitSampleRules(PatientMismatchRule.ID), examined(create));
        assertEquals(explicitSampleRules(PatientMismatchRule.ID, NotTestDataRule.ID), examined(WITH_TEST_DATA, create));
        // A read has no criteria, but its requesting_patient is still a number that may be a real patient's.
        String read = withClaim(
                sample("read.http"),
                "\"scope\"",
                "\"requesting_patient\":\"http://fhir.nhs.net/Id/nhs-number|9990000018\",\"scope\"");
        assertEquals(List.of(), examined(read));
        assertEquals(List.of(NotTestDataRule.ID), examined(WITH_TEST_DATA, read));
    }

    @Test
    void aRequestingPatientThatIsNoValidNumberIsNotCompared() throws IOException {
        String create = withClaim(
                sample("create-explicit.http"),
                "\"scope\"",
                "\"requesting_patient\":\"http://fhir.nhs.net/Id/nhs-number|1234\",\"scope\"");
        assertEquals(explicitSampleRules(NotTestDataRule.ID), examined(WITH_TEST_DATA, create));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = ';',
            nullValues = "-",
            value = {
                // One event: not judged as repeated.
                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9990000018"
                        + "&MessageHeader.event=pds-change-of-address-1"
                        + " ; criteria.identifier-system criteria.organization-identifier nhs-number.invalid EVENTS",
                // No event: its absence is event-count's; nothing to look up in the catalogue.
                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9990000018"
                        + " ; criteria.identifier-system criteria.organization-identifier nhs-number.invalid",
                // Another naming system: the number after it is not judged as an NHS number.
                "/Bundle?type=message&Patient.identifier=https://example.org/Id/patient|9990000018"
                        + "&MessageHeader.event=pds-change-of-address-1"
                        + " ; criteria.identifier-system criteria.organization-identifier EVENTS",
                // Two '|': neither system nor number can be told.
                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|99|90000018"
                        + "&MessageHeader.event=pds-change-of-address-1"
                        + " ; criteria.identifier-system criteria.organization-identifier EVENTS",
                // A bare NHS number: no system, but a number all the same.
                "/Bundle?type=message&Patient.identifier=9990000018&MessageHeader.event=pds-change-of-address-1"
                        + " ; criteria.identifier-system criteria.organization-identifier nhs-number.invalid EVENTS",
                // An empty value is malformed-parameter's, not the component's.
                "/Bundle?type=message&Patient.identifier=&serviceType=&tag=&MessageHeader.event="
                        + " ; criteria.organization-identifier",
                // Neither explicit nor generic: whether Organization.identifier belongs cannot be told.
                "/Bundle?type=message&MessageHeader.event=pds-change-of-address-1 ; EVENTS",
                // Both: the same.
                "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9990000018"
                        + "&subscriptionRuleType=GP_GP_GP&MessageHeader.event=pds-change-of-address-1"
                        + " ; criteria.identifier-system criteria.rule-type nhs-number.invalid EVENTS",
                // Ages, a GP registration with a known rule type, a code whose shape is judged.
                "/Bundle?type=message&subscriptionRuleType=CHO_POSTCODE_CCG&Organization.identifier=X2458"
                        + "&MessageHeader.event=pds-change-of-address-1&Patient.age=gt5&Patient.age=lt19"
                        + "&GPRegistration=RegisteredOnly"
                        + " ; criteria.gp-registration criteria.gp-registration-redundant"
                        + " criteria.organization-code-shape criteria.organization-identifier criteria.patient-age"
                        + " criteria.patient-age-range criteria.rule-type EVENTS",
                // A malformed age is no part of a range; an unknown rule type judges neither the combination nor
                // the code's shape.
                "/Bundle?type=message&subscriptionRuleType=CHRD&Organization.identifier=X2458"
                        + "&MessageHeader.event=pds-change-of-address-1&Patient.age=ge5&GPRegistration=Sometimes"
                        + " ; criteria.gp-registration criteria.organization-identifier criteria.patient-age"
                        + " criteria.rule-type EVENTS",
                // Three well-formed ages are repeated-parameter's, not a range.
                "/Bundle?type=message&subscriptionRuleType=GP_GP_GP&Organization.identifier=B86011"
                        + "&MessageHeader.event=pds-change-of-gp-1&Patient.age=gt5&Patient.age=lt19&Patient.age=lt9"
                        + " ; criteria.organization-code-shape criteria.organization-identifier criteria.patient-age"
                        + " criteria.rule-type EVENTS",
                // A COUNTRYCODE code is judged as a country code, not for its shape; HSS is COUNTRYCODE renamed.
                "/Bundle?type=message&subscriptionRuleType=HSS&Organization.identifier=E92000001"
                        + "&MessageHeader.event=pds-change-of-gp-1"
                        + " ; criteria.organization-identifier criteria.rule-type EVENTS",
                // A generic subscription without Organization.identifier: judged missing, no shape to judge.
                "/Bundle?type=message&subscriptionRuleType=GP_GP_GP&MessageHeader.event=pds-change-of-gp-1"
                        + " ; criteria.organization-identifier criteria.rule-type EVENTS",
            })
    void eachCriteriaIsExaminedByTheRulesOfWhatItHolds(String criteria, String more) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String id : more == null ? new String[0] : more.split(" ")) {
            if (id.equals("EVENTS")) {
                ids.addAll(EVENT_CODES);
            } else {
                ids.add(id);
            }
        }
        assertEquals(everyCriteriaRule(ids), examined(explicitWith(criteria)));
    }
}
