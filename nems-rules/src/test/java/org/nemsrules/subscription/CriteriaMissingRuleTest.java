package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.subscription.SubscriptionFixtures.JSON;
import static org.nemsrules.subscription.SubscriptionFixtures.XML;
import static org.nemsrules.subscription.SubscriptionFixtures.bare;
import static org.nemsrules.subscription.SubscriptionFixtures.findings;
import static org.nemsrules.subscription.SubscriptionFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;

class CriteriaMissingRuleTest {
    private static final CriteriaMissingRule RULE = new CriteriaMissingRule();

    private static String without(String text, String start) {
        int from = text.indexOf(start);
        return text.substring(0, from) + text.substring(text.indexOf('\n', from) + 1);
    }

    @Test
    void missingCriteriaIsReported() {
        Finding f = only(
                RULE,
                bare(without(XML, "  <criteria")),
                1,
                "Subscription.criteria",
                "criteria is missing",
                "'/Bundle?type=message'");
        assertEquals("R-SUB-08", f.requirement());
        assertEquals(422, f.httpStatus());
        only(RULE, bare(without(JSON, "  \"criteria\"")), 1, "Subscription.criteria", "criteria is missing");
    }

    @Test
    void blankCriteriaIsReportedOnItsLine() {
        String xml = XML.replaceAll("<criteria value=\"[^\"]*\"/>", "<criteria value=\" \"/>");
        only(RULE, bare(xml), SubscriptionFixtures.XML_CRITERIA, "Subscription.criteria", "blank");
        String json = JSON.replaceAll("\"criteria\": \"[^\"]*\"", "\"criteria\": \" \"");
        only(RULE, bare(json), SubscriptionFixtures.JSON_CRITERIA, "Subscription.criteria", "blank");
    }

    @Test
    void itIsSilentOnAnyCriteria() {
        assertEquals(List.of(), findings(RULE, bare(XML)));
        assertEquals(List.of(), findings(RULE, bare(JSON)));
        String odd = XML.replaceAll("<criteria value=\"[^\"]*\"/>", "<criteria value=\"Bundle?type=message\"/>");
        assertEquals(List.of(), findings(RULE, bare(odd)), "the content is the criteria rules' to judge");
    }
}
