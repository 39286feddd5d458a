package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.HEADER_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.TOKEN_RULE;
import static org.nemsrules.suppression.SuppressionFixtures.findings;
import static org.nemsrules.suppression.SuppressionFixtures.ruleIds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.recording.HarReader;

/** How the validator drops suppressed findings, request by request. */
class SuppressionFilterTest {

    @Test
    void withoutSuppressionsBothRulesFire() {
        assertEquals(
                List.of(HEADER_RULE, TOKEN_RULE),
                ruleIds(findings(GET)).stream().sorted().toList());
    }

    @Test
    void aSuppressionDropsThatRulesFindingOnItsRequestAndNothingElse() {
        List<Finding> findings = findings("# nems-rules: ignore jwt.always \u2014 made-up token", GET);
        assertEquals(List.of(HEADER_RULE), ruleIds(findings));
    }

    @Test
    void aCategorySuppressionDropsEveryRuleOfTheCategory() {
        List<Finding> findings = findings("# nems-rules: ignore jwt.* \u2014 made-up tokens", GET);
        assertEquals(List.of(HEADER_RULE), ruleIds(findings));
    }

    @Test
    void aSuppressionAppliesToTheRequestBelowItOnly() {
        List<Finding> findings = findings("# nems-rules: ignore jwt.always \u2014 made-up token", GET, "", "###", GET);
        assertEquals(List.of(HEADER_RULE, HEADER_RULE, TOKEN_RULE), ruleIds(findings));
        assertEquals(
                1,
                findings.stream()
                        .filter(f -> f.ruleId().equals(TOKEN_RULE))
                        .findFirst()
                        .orElseThrow()
                        .location()
                        .interaction());
    }

    @Test
    void aSuppressionWithoutAReasonStillSuppressesAndIsWarnedAbout() {
        List<Finding> findings = findings("# nems-rules: ignore jwt.always", GET);
        assertEquals(
                List.of(HEADER_RULE, MissingReasonRule.ID),
                ruleIds(findings).stream().sorted().toList());
    }

    @Test
    void theSuppressionRulesCannotBeSuppressed() {
        List<Finding> findings = findings(
                "# nems-rules: ignore suppression.* \u2014 hide the warnings",
                "# nems-rules: ignore jwt.nope \u2014 mistyped",
                GET);
        assertEquals(
                List.of(HEADER_RULE, TOKEN_RULE, UnknownRuleRule.ID, UnusedSuppressionRule.ID),
                ruleIds(findings).stream().sorted().toList());
    }

    @Test
    void aRuleTurnedOffForTheRunMakesItsSuppressionNeitherUsedNorUnused() {
        List<Finding> findings = findings(
                NemsValidator.builder().disable(TOKEN_RULE),
                "# nems-rules: ignore jwt.always \u2014 made-up token",
                GET);
        assertEquals(List.of(HEADER_RULE), ruleIds(findings));
    }

    @Test
    void turningTheSuppressionRulesOffStillSuppresses() {
        List<Finding> findings = findings(
                NemsValidator.builder().disable("suppression.*"),
                "# nems-rules: ignore jwt.always",
                "# nems-rules: ignore jwt.nope",
                GET);
        assertEquals(List.of(HEADER_RULE), ruleIds(findings));
    }

    @Test
    void harArchivesHaveNoCommentsAndSoNoSuppressions() {
        String har = "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"t\",\"version\":\"1\"},\"entries\":[{"
                + "\"request\":{\"method\":\"GET\",\"url\":\"https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc\","
                + "\"httpVersion\":\"HTTP/1.1\",\"headers\":[],\"queryString\":[],\"cookies\":[],\"headersSize\":-1,"
                + "\"bodySize\":-1,\"comment\":\"nems-rules: ignore jwt.always \u2014 not read\"}}]}}";
        var recording = new HarReader().read("rec/s.har", har.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, recording.interactions().size(), recording.problems()::toString);
        assertEquals(List.of(), recording.interactions().get(0).suppressions());
        List<Finding> findings = NemsValidator.builder()
                .catalog(RuleCatalog.of(SuppressionFixtures.rules()))
                .build()
                .validate(recording)
                .findings();
        assertEquals(
                List.of(HEADER_RULE, TOKEN_RULE),
                ruleIds(findings).stream().sorted().toList());
    }
}
