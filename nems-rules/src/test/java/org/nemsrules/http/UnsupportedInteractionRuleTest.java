package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

class UnsupportedInteractionRuleTest {
    private static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    private static final String ID = "ea0a485187204b49b978bdcf7102388c";
    private static final NemsValidator VALIDATOR = NemsValidator.builder()
            .catalog(RuleCatalog.of(List.of(new UnsupportedInteractionRule())))
            .build();

    private static List<Finding> validate(Origin origin, String method, String target) {
        return VALIDATOR.validate(new Interaction("rec/t.http", 2, origin, method, target, 7, Headers.none(),
                Body.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "PUT|" + BASE + "/" + ID + "|no update",
        "PATCH|" + BASE + "/" + ID + "|no update",
        "POST|" + BASE + "/" + ID + "|POST with a subscription id",
        "GET|" + BASE + "|GET without a subscription id",
        "GET|" + BASE + "?status=active|searching",
        "DELETE|" + BASE + "|DELETE without a subscription id",
        "GET|" + BASE + "/" + ID + "/_history|_history",
        "GET|/STU3/Patient/1|does not address a Subscription",
        "post|" + BASE + "|case-sensitive",
        "OPTIONS|" + BASE + "|OPTIONS",
        "GET|not a target|neither an absolute https URL nor a path",
    })
    void itFiresOnEveryUnsupportedRequest(String method, String target, String says) {
        List<Finding> findings = validate(Origin.HTTP_FILE, method, target);
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals("http.unsupported-interaction", f.ruleId());
        assertEquals(UnsupportedInteractionRule.ID, f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("rec/t.http", f.location().file());
        assertEquals(2, f.location().interaction());
        assertEquals(7, f.location().line(), "the line of the request line");
        assertNull(f.location().column());
        assertEquals("request-line", f.location().path());
        assertEquals("R-HTTP-04", f.requirement());
        assertEquals(400, f.httpStatus());
        assertEquals("BAD_REQUEST", f.spineCode());
        assertTrue(f.message().contains(says), f.message());
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "POST|" + BASE,
        "POST|/STU3/Subscription",
        "GET|" + BASE + "/" + ID,
        "DELETE|" + BASE + "/" + ID,
        "DELETE|/STU3/Subscription/" + ID,
    })
    void itIsSilentOnCreateReadAndDelete(String method, String target) {
        assertEquals(List.of(), validate(Origin.HTTP_FILE, method, target));
        assertEquals(List.of(), validate(Origin.HAR, method, target));
    }

    @Test
    void itIsSilentOnABareResourceWhichIsACreate() {
        assertEquals(List.of(), validate(Origin.BARE_RESOURCE, "POST", ""));
    }

    @Test
    void itCanBeTurnedDownToAWarning() {
        NemsValidator lenient = NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(new UnsupportedInteractionRule())))
                .severity("http.*", Severity.WARNING)
                .build();
        List<Finding> findings = lenient.validate(new Interaction("t.http", 0, Origin.HTTP_FILE, "PUT",
                BASE + "/" + ID, 1, Headers.none(), Body.empty()));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }
}
