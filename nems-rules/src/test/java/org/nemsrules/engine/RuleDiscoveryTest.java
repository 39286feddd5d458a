package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.http.UnsupportedMethodRule;

class RuleDiscoveryTest {
    @TempDir
    Path dir;

    /** A class loader that adds only a services file naming {@code classes}; the classes come from the parent. */
    private URLClassLoader registering(String... classes) throws IOException {
        Path services = dir.resolve("META-INF/services/" + Rule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# custom rules\n" + String.join("\n", classes) + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, RuleDiscoveryTest.class.getClassLoader());
    }

    @Test
    void discoverFindsARuleRegisteredInMetaInfServices() throws IOException {
        try (URLClassLoader loader = registering(CustomAlwaysInfoRule.class.getName())) {
            RuleCatalog catalog = RuleCatalog.discover(loader);

            assertInstanceOf(
                    CustomAlwaysInfoRule.class,
                    catalog.find(CustomAlwaysInfoRule.ID).orElseThrow());
            for (Rule builtIn : RuleCatalog.builtInRules()) {
                assertTrue(catalog.find(builtIn.id()).isPresent(), "built-in " + builtIn.id() + " kept");
            }
            assertEquals(RuleCatalog.builtInRules().size() + 1, catalog.rules().size());
        }
    }

    @Test
    void aDiscoveredRuleRunsAndItsFindingsReachTheResult() throws IOException {
        try (URLClassLoader loader = registering(CustomAlwaysInfoRule.class.getName())) {
            // A read without a token or Spine headers: the jwt.* and header.* rules, tested on their own, are off,
            // and no other built-in rule fires.
            NemsValidator validator = NemsValidator.builder()
                    .catalog(RuleCatalog.discover(loader))
                    .disable("jwt.*")
                    .disable("header.*")
                    .build();

            List<Finding> findings =
                    validator.validate(TestRule.interaction("a.http", 0, "GET", "/STU3/Subscription/abc"));

            assertEquals(
                    List.of(CustomAlwaysInfoRule.ID),
                    findings.stream().map(Finding::ruleId).toList());
            assertEquals(Severity.INFO, findings.get(0).severity());
        }
    }

    @Test
    void theBuiltInCatalogDoesNotContainCustomRules() {
        RuleCatalog builtIn = RuleCatalog.builtIn();

        assertFalse(builtIn.find(CustomAlwaysInfoRule.ID).isPresent());
        assertEquals(
                RuleCatalog.builtInRules().stream().map(Rule::id).sorted().toList(),
                builtIn.rules().stream().map(Rule::id).toList());
    }

    @Test
    void withoutAServicesFileDiscoveryFindsOnlyTheBuiltInRules() {
        assertFalse(RuleCatalog.discover(RuleDiscoveryTest.class.getClassLoader())
                .find(CustomAlwaysInfoRule.ID)
                .isPresent());
    }

    @Test
    void aDiscoveredRuleSharingABuiltInIdIsRejectedNamingBothClasses() throws IOException {
        try (URLClassLoader loader = registering(ClashingIdRule.class.getName())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleCatalog.discover(loader));

            assertTrue(e.getMessage().contains("http.unsupported-method"), e.getMessage());
            assertTrue(e.getMessage().contains(UnsupportedMethodRule.class.getName()), e.getMessage());
            assertTrue(e.getMessage().contains(ClashingIdRule.class.getName()), e.getMessage());
        }
    }

    @Test
    void twoRulesWithTheSameIdAreRejectedNamingBothClasses() {
        Rule first = new CustomAlwaysInfoRule();
        Rule second = new TestRule(CustomAlwaysInfoRule.ID, java.util.Set.of(), (c, s) -> {});

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> RuleCatalog.of(List.of(first, second)));

        assertTrue(e.getMessage().contains(CustomAlwaysInfoRule.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(TestRule.class.getName()), e.getMessage());
    }

    @Test
    void aServicesFileNamingAMissingClassFailsWithAClearError() throws IOException {
        try (URLClassLoader loader = registering("com.example.NoSuchRule")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleCatalog.discover(loader));

            assertTrue(e.getMessage().contains("com.example.NoSuchRule"), e.getMessage());
        }
    }
}
