package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.suppression.SuppressionFixtures.GET;
import static org.nemsrules.suppression.SuppressionFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.model.Suppression;
import org.nemsrules.recording.Recording;

class SuppressionCommentTest {

    private static List<Suppression> suppressionsOf(String comment) {
        Recording r = read(comment, GET);
        assertEquals(1, r.interactions().size());
        return r.interactions().get(0).suppressions();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# nems-rules: ignore jwt.scope-value \u2014 recorded to show the fault",
                "# nems-rules: ignore jwt.scope-value -- recorded to show the fault",
                "# nems-rules: ignore jwt.scope-value - recorded to show the fault",
                "# nems-rules: ignore jwt.scope-value: recorded to show the fault",
                "# nems-rules: ignore jwt.scope-value : recorded to show the fault",
                "# nems-rules: ignore jwt.scope-value \u2013 recorded to show the fault",
                "// nems-rules: ignore jwt.scope-value \u2014 recorded to show the fault",
                "  ## NEMS-Rules: Ignore   jwt.scope-value\u2014recorded to show the fault  "
            })
    void everySeparatorAndCommentStyleGivesTheSameSuppression(String comment) {
        assertEquals(
                List.of(new Suppression("jwt.scope-value", "recorded to show the fault", 1, "")),
                suppressionsOf(comment));
    }

    @Test
    void aCategoryIsASelector() {
        Suppression s = suppressionsOf("# nems-rules: ignore jwt.* \u2014 tokens are made up")
                .get(0);
        assertEquals("jwt.*", s.selector());
        assertEquals(true, s.isCategory());
        assertEquals(true, s.covers("jwt.scope-value"));
        assertEquals(false, s.covers("jwtx.scope-value"));
        assertEquals(false, s.covers("header.missing"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "# nems-rules: ignore jwt.scope-value|jwt.scope-value|''|''",
                "# nems-rules: ignore jwt.scope-value \u2014   |jwt.scope-value|''|''",
                "# nems-rules: ignore jwt.scope-value because of reasons|jwt.scope-value|''|because of reasons",
                "# nems-rules: ignore jwt.a jwt.b|jwt.a|''|jwt.b",
                "# nems-rules: ignore|''|''|''",
                "# nems-rules: ignore -- no rule named|''|no rule named|''",
                "# nems-rules: ignore \u2014 no rule named|''|no rule named|''"
            })
    void whatIsMissingIsKeptForTheSuppressionRulesToReport(
            String comment, String selector, String reason, String unseparated) {
        assertEquals(List.of(new Suppression(selector, reason, 1, unseparated)), suppressionsOf(comment));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# nems-rules ignore jwt.scope-value \u2014 no colon",
                "# nems-rules: ignored jwt.scope-value \u2014 another word",
                "# expect: jwt.scope-value",
                "# ignore jwt.scope-value \u2014 not the directive"
            })
    void otherCommentsAreNotSuppressions(String comment) {
        assertEquals(List.of(), suppressionsOf(comment));
    }

    @Test
    void eachSuppressionBelongsToTheRequestWhoseRequestLineFollowsItsCommentBlock() {
        Recording r = read(
                "# nems-rules: ignore jwt.a \u2014 first",
                "",
                "# nems-rules: ignore jwt.b \u2014 first too",
                GET,
                "Accept: application/fhir+json",
                "# nems-rules: ignore jwt.c \u2014 among the headers, so not a suppression",
                "",
                "###",
                "// nems-rules: ignore header.* \u2014 second",
                GET,
                "",
                "###",
                GET);
        assertEquals(3, r.interactions().size());
        assertEquals(
                List.of(new Suppression("jwt.a", "first", 1, ""), new Suppression("jwt.b", "first too", 3, "")),
                r.interactions().get(0).suppressions());
        assertEquals(
                List.of(new Suppression("header.*", "second", 9, "")),
                r.interactions().get(1).suppressions());
        assertEquals(List.of(), r.interactions().get(2).suppressions());
    }

    @Test
    void aSuppressionInTheBodyIsContentNotASuppression() {
        Recording r = read(GET, "", "# nems-rules: ignore jwt.a \u2014 body text");
        assertEquals(List.of(), r.interactions().get(0).suppressions());
    }
}
