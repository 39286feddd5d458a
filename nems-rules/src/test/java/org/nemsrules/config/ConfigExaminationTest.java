package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.engine.Examinations.ids;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Examinations;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * Which requests the config rules say they examined, which is all the requirement coverage report knows of them: a
 * rule that stops saying so leaves its requirement unproved, and one that says so for a request it does not judge
 * (or without a configuration to judge it against) proves it falsely.
 */
class ConfigExaminationTest {
    private static final NemsValidator VALIDATOR = validator(ConfigFixtures.CONFIG);

    private static NemsValidator validator(SupplierConfig config) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .configuration(config)
                .build();
    }

    /** The config rules that examined the only request of {@code http}, sorted. */
    private static List<String> examined(NemsValidator validator, String http) {
        return Examinations.examined(validator, http, "config.");
    }

    private static List<String> examined(String http) {
        return examined(VALIDATOR, http);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "create-explicit.http     | config.environment config.mailbox config.organisation-not-allowed"
                        + " config.to-asid config.unknown-system",
                "create-generic.json.http | config.environment config.mailbox config.organisation-not-allowed"
                        + " config.to-asid config.unknown-system",
                // No Subscription, so no mailbox; the token's requesting_organisation is still compared.
                "read.http                | config.environment config.organisation-not-allowed config.to-asid"
                        + " config.unknown-system",
                "delete.http              | config.environment config.organisation-not-allowed config.to-asid"
                        + " config.unknown-system",
            })
    void eachValidSampleIsExaminedByEveryConfigRuleThatAppliesToIt(String file, String expected) throws IOException {
        assertEquals(ids(expected.split(" ")), examined(sample(file)));
    }

    @ParameterizedTest
    @CsvSource({"create-explicit.http", "create-generic.json.http", "read.http", "delete.http"})
    void withoutAConfigurationNoConfigRuleExamines(String file) throws IOException {
        NemsValidator unconfigured =
                NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();
        assertEquals(List.of(), examined(unconfigured, sample(file)));
    }

    @Test
    void aConfigurationOfSystemsAloneExaminesNoEnvironmentOrMailbox() throws IOException {
        NemsValidator systemsOnly = validator(ConfigFixtures.config("""
                systems:
                  - asid: "918999198738"
                    organisations: [A99968]
                """));
        assertEquals(
                ids(OrganisationNotAllowedRule.ID, UnknownSystemRule.ID),
                examined(systemsOnly, sample("create-explicit.http")));
    }

    @Test
    void anUnknownCallingSystemIsNotExaminedForItsOrganisations() throws IOException {
        NemsValidator otherSystem = validator(ConfigFixtures.config("""
                systems:
                  - asid: "200000001145"
                    organisations: [RYX]
                """));
        assertEquals(List.of(UnknownSystemRule.ID), examined(otherSystem, sample("create-explicit.http")));
    }

    @Test
    void aCreateWhoseBodyCannotBeReadIsNotExaminedForItsMailbox() throws IOException {
        String create = replaced(sample("create-explicit.http"), "</Subscription>", "");
        assertEquals(
                ids(EnvironmentRule.ID, OrganisationNotAllowedRule.ID, ToAsidRule.ID, UnknownSystemRule.ID),
                examined(create));
    }

    @Test
    void aRequestWithoutTokenOrAsidHeadersIsExaminedOnlyForWhereItIsSent() throws IOException {
        String read = sample("read.http").replaceAll("(?m)^(Authorization|fromASID|toASID): .*\\n", "");
        assertEquals(List.of(EnvironmentRule.ID), examined(read));
    }

    @Test
    void aBlankEndpointIsNotExaminedAgainstTheMailboxes() throws IOException {
        String create = replaced(
                sample("create-explicit.http"), "<endpoint value=\"A99968OT001\"/>", "<endpoint value=\" \"/>");
        assertEquals(
                ids(EnvironmentRule.ID, OrganisationNotAllowedRule.ID, ToAsidRule.ID, UnknownSystemRule.ID),
                examined(create));
    }
}
