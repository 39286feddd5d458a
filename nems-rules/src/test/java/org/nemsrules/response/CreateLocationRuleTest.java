package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.answered;
import static org.nemsrules.response.Answers.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

class CreateLocationRuleTest {
    @Test
    void a201WithoutLocationIsAnErrorAtTheStatusLine() {
        String http = answered(CREATE_XML, "HTTP/1.1 201 Created", "Content-Length: 0", "");
        List<Finding> found = findings(CreateLocationRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(
                Answers.only(http).response().orElseThrow().line(),
                found.get(0).location().line());
        assertTrue(found.get(0).message().startsWith("the recorded 201 answer to a create has no Location header"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                "https://clinicals.spineservices.nhs.uk/STU3/Patient/9990000018",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription/an id with spaces",
                "created"
            })
    void aLocationThatNamesNoSubscriptionIdIsAnErrorAtItsLine(String location) {
        String http = answered(CREATE_XML, "HTTP/1.1 201 Created", "Location: " + location, "");
        List<Finding> found = findings(CreateLocationRule.ID, http);

        assertEquals(1, found.size(), found::toString);
        assertEquals(
                Answers.only(http).response().orElseThrow().line() + 1,
                found.get(0).location().line());
        assertEquals("response:header:Location", found.get(0).location().path());
        assertTrue(found.get(0).message().contains("'" + location + "' names no Subscription id"), found::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription/ea0a485187204b49b978bdcf7102388c",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription/ea0a4851-8720-4b49/_history/1",
                "/STU3/Subscription/abc.1",
                "Subscription/abc"
            })
    void aLocationNamingASubscriptionIsSilent(String location) {
        assertEquals(
                List.of(),
                findings(
                        CreateLocationRule.ID,
                        answered(CREATE_XML, "HTTP/1.1 201 Created", "Location: " + location, "")));
    }

    @Test
    void anErrorAnswerNeedsNoLocation() {
        assertEquals(List.of(), findings(CreateLocationRule.ID, answered(CREATE_XML, "HTTP/1.1 400 Bad Request", "")));
    }
}
