package org.nemsrules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * Requests for the tests of the {@code http.*} rules: the request line is line {@value #REQUEST_LINE}
 * of request 2 of {@value #FILE}, and a body starts on line {@value #BODY_LINE}.
 */
final class HttpRuleFixtures {
    static final String FILE = "rec/t.http";
    static final int INDEX = 2;
    static final int REQUEST_LINE = 7;
    static final int BODY_LINE = 14;
    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    static final String ID = "ea0a485187204b49b978bdcf7102388c";
    static final String XML_BODY =
            "<Subscription xmlns=\"http://hl7.org/fhir\"><status value=\"requested\"/></Subscription>";

    private HttpRuleFixtures() {}

    static Interaction request(Origin origin, String method, String target, Body body) {
        return new Interaction(FILE, INDEX, origin, method, target, REQUEST_LINE, Headers.none(), body);
    }

    static Interaction request(String method, String target) {
        return request(Origin.HTTP_FILE, method, target, Body.empty());
    }

    static Interaction request(String method, String target, String body) {
        return request(Origin.HTTP_FILE, method, target, Body.of(body, BODY_LINE));
    }

    static List<Finding> findings(Rule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .build()
                .validate(interaction);
    }

    /** The findings of every built-in {@code http.*} rule, to show that exactly one of them fires. */
    static List<Finding> httpFindings(Interaction interaction) {
        RuleCatalog http = RuleCatalog.of(RuleCatalog.builtInRules().stream()
                .filter(r -> r.metadata().category().equals("http"))
                .toList());
        return NemsValidator.builder().catalog(http).build().validate(interaction);
    }

    /**
     * Asserts that {@code findings} is one finding of {@code rule} at {@code line} and {@code path}, citing
     * {@code requirement}, with the rule's severity and answer, whose message contains every fragment.
     */
    static Finding assertOneFinding(
            List<Finding> findings, Rule rule, int line, String path, String requirement, String... fragments) {
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(rule.id(), f.ruleId());
        assertEquals(rule.metadata().defaultSeverity(), f.severity());
        assertEquals(FILE, f.location().file());
        assertEquals(INDEX, f.location().interaction());
        assertEquals(line, f.location().line());
        assertNull(f.location().column());
        assertEquals(path, f.location().path());
        assertEquals(requirement, f.requirement());
        assertEquals(rule.metadata().httpStatus(), f.httpStatus());
        assertEquals(rule.metadata().spineCode(), f.spineCode());
        for (String fragment : fragments) {
            assertTrue(f.message().contains(fragment), () -> "'" + f.message() + "' should contain '" + fragment + "'");
        }
        return f;
    }

    static void assertError400BadRequest(Rule rule, boolean inferred) {
        assertEquals(Severity.ERROR, rule.metadata().defaultSeverity());
        assertEquals(400, rule.metadata().httpStatus());
        assertEquals("BAD_REQUEST", rule.metadata().spineCode());
        assertEquals(inferred, rule.metadata().answerInferred());
    }
}
