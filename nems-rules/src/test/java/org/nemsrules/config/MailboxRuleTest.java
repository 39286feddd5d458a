package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.config.ConfigFixtures.ENDPOINT_LINE;
import static org.nemsrules.config.ConfigFixtures.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.config.ConfigFixtures.Request;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class MailboxRuleTest {
    private final MailboxRule rule = new MailboxRule();

    @Test
    void theContactsOwnMailboxIsSilent() {
        assertEquals(List.of(), findings(rule, new Request()));
    }

    @Test
    void anUnknownMailboxIsReportedWithTheNearestConfiguredOne() {
        Request r = new Request();
        r.endpoint = "A99968OT01";
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(MailboxRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(ENDPOINT_LINE, f.location().line());
        assertEquals("Subscription.channel.endpoint", f.location().path());
        assertEquals(
                "channel.endpoint is 'A99968OT01', which is not one of the MESH mailboxes in nems-rules.yaml "
                        + "('A99968OT001', 'RYXOT004'); did you mean 'A99968OT001'?",
                f.message());
        assertEquals(422, f.httpStatus());
        assertEquals("INVALID_RESOURCE", f.spineCode());
        assertEquals("R-SUB-11", f.requirement());
    }

    @Test
    void aMailboxTwoEditsAwayIsStillSuggested() {
        Request r = new Request();
        r.endpoint = "A99968OT0";
        assertEquals(
                "channel.endpoint is 'A99968OT0', which is not one of the MESH mailboxes in nems-rules.yaml "
                        + "('A99968OT001', 'RYXOT004'); did you mean 'A99968OT001'?",
                findings(rule, r).get(0).message());
    }

    @Test
    void theSuggestionIsTheNearestMailboxNotTheFirst() {
        Request r = new Request();
        r.endpoint = "RYXOT04";
        assertEquals(
                "channel.endpoint is 'RYXOT04', which is not one of the MESH mailboxes in nems-rules.yaml "
                        + "('A99968OT001', 'RYXOT004'); did you mean 'RYXOT004'?",
                findings(rule, r).get(0).message());
    }

    @Test
    void aMailboxFarFromEveryConfiguredOneGetsNoSuggestion() {
        Request r = new Request();
        r.endpoint = "ZZZZZZZZZZ";
        assertEquals(
                "channel.endpoint is 'ZZZZZZZZZZ', which is not one of the MESH mailboxes in nems-rules.yaml "
                        + "('A99968OT001', 'RYXOT004')",
                findings(rule, r).get(0).message());
    }

    @Test
    void anotherOrganisationsMailboxIsReportedWithBothCodes() {
        Request r = new Request();
        r.endpoint = "RYXOT004";
        List<Finding> found = findings(rule, r);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(ENDPOINT_LINE, f.location().line());
        assertEquals("R-SUB-06", f.requirement());
        assertEquals(
                "channel.endpoint is the mailbox 'RYXOT004' of the organisation 'RYX', but the first contact "
                        + "names 'A99968'; the mailbox's ODS code must be the first contact's",
                f.message());
    }

    @Test
    void aMissingEndpointIsLeftToTheSubscriptionRule() {
        Request r = new Request();
        r.endpoint = "";
        assertEquals(List.of(), findings(rule, r));
    }

    @Test
    void aConfigurationWithoutMailboxesJudgesNone() {
        Request r = new Request();
        r.endpoint = "Mailbox1234";
        assertEquals(List.of(), findings(rule, r.build(), ConfigFixtures.config("systems: []\n")));
        assertEquals(List.of(), findings(rule, r.build(), null));
    }
}
