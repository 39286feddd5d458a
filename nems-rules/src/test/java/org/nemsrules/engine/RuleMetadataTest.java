package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleMetadataTest {
    private static final Set<String> CATEGORIES = Set.of(
            "recording",
            "certificate",
            "http",
            "header",
            "mime",
            "jwt",
            "subscription",
            "criteria",
            "nhs-number",
            "config",
            "suppression",
            "response");

    private static RuleMetadata.Builder complete(String id) {
        return RuleMetadata.builder(id)
                .title("t")
                .description("d")
                .severity(Severity.ERROR)
                .fix("f");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jwt",
                "jwt.",
                ".scope",
                "Jwt.scope",
                "jwt.Scope",
                "jwt.scope_value",
                "jwt.scope value",
                "jwt.-scope",
                "jwt.scope-",
                "jwt.scope--value",
                "jwt.scope.value",
                "1jwt.scope",
                "-jwt.scope",
                "jwt-.scope",
                "nhs--number.check",
                "jwt..scope",
                "",
                " jwt.scope",
                "jwt.scope\n"
            })
    void buildRejectsIdsThatAreNotCategoryDotKebabName(String id) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> complete(id).build());
        assertTrue(e.getMessage().contains("<category>.<kebab-name>"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "jwt.scope-value, jwt",
        "nhs-number.check-digit, nhs-number",
        "custom.always-info, custom",
        "http.x, http",
        "jwt.r2d2, jwt",
        "recording.malformed-header, recording"
    })
    void buildAcceptsCategoryDotKebabNameAndTheCategoryIsThePartBeforeTheDot(String id, String category) {
        RuleMetadata metadata = complete(id).build();
        assertEquals(id, metadata.id());
        assertEquals(category, metadata.category());
    }

    @Test
    void buildRequiresATitleADescriptionASeverityAndAFix() {
        assertThrows(
                NullPointerException.class,
                () -> RuleMetadata.builder("jwt.x")
                        .description("d")
                        .severity(Severity.ERROR)
                        .fix("f")
                        .build());
        assertThrows(
                NullPointerException.class,
                () -> RuleMetadata.builder("jwt.x")
                        .title("t")
                        .severity(Severity.ERROR)
                        .fix("f")
                        .build());
        assertThrows(
                NullPointerException.class,
                () -> RuleMetadata.builder("jwt.x")
                        .title("t")
                        .description("d")
                        .fix("f")
                        .build());
        assertThrows(
                NullPointerException.class,
                () -> RuleMetadata.builder("jwt.x")
                        .title("t")
                        .description("d")
                        .severity(Severity.ERROR)
                        .build());
    }

    @Test
    void anAnswerIsExplicitUnlessDeclaredInferred() {
        RuleMetadata explicit = complete("http.x").answer(400, "BAD_REQUEST").build();
        RuleMetadata inferred =
                complete("http.y").inferredAnswer(415, "UNSUPPORTED_MEDIA_TYPE").build();
        RuleMetadata none = complete("http.z").build();

        assertFalse(explicit.answerInferred());
        assertEquals(400, explicit.httpStatus());
        assertTrue(inferred.answerInferred());
        assertEquals(415, inferred.httpStatus());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", inferred.spineCode());
        assertFalse(none.answerInferred());
        assertEquals(null, none.httpStatus());
    }

    static Stream<Rule> builtInRules() {
        return RuleCatalog.builtIn().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInRules")
    void everyBuiltInRuleIsFullyDocumented(Rule rule) {
        RuleMetadata m = rule.metadata();
        assertEquals(m.id(), rule.id());
        assertTrue(CATEGORIES.contains(m.category()), m.id() + " has an unknown category");
        assertFalse(m.title().isBlank(), m.id() + " title");
        assertFalse(m.description().isBlank(), m.id() + " description");
        assertFalse(m.fix().isBlank(), m.id() + " fix");
        for (String requirement : m.requirements()) {
            assertTrue(requirement.matches("R-[A-Z]+-\\d{2}"), m.id() + " cites '" + requirement + "'");
        }
        assertTrue(m.specPage().isEmpty() || m.specPage().startsWith("http"), m.id() + " spec page " + m.specPage());
        assertEquals(m.httpStatus() == null, m.spineCode() == null, m.id() + " answer is status and code together");
    }

    @Test
    void builtInRulesHaveDistinctIdsAndTheCatalogListsThemSorted() {
        var ids = RuleCatalog.builtInRules().stream().map(Rule::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size());
        assertEquals(
                ids.stream().sorted().toList(),
                RuleCatalog.builtIn().rules().stream().map(Rule::id).toList());
        assertEquals(
                ids.stream().sorted().toList(),
                RuleCatalog.builtIn().metadata().stream().map(RuleMetadata::id).toList());
    }
}
