package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule whose metadata says {@code enabledByDefault(false)} runs only when a user opts in. */
class OffByDefaultTest {
    private static final String OFF = "hygiene.off-rule";
    private static final String ON = "hygiene.on-rule";

    private static InteractionRule rule(String id, boolean enabledByDefault) {
        RuleMetadata metadata = RuleMetadata.builder(id)
                .title("t")
                .description("d")
                .severity(Severity.ERROR)
                .fix("f")
                .enabledByDefault(enabledByDefault)
                .build();
        return new InteractionRule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public void check(RuleContext context, FindingSink sink) {
                sink.report(1, "request-line", "found");
            }
        };
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(
                        "no setting: the off rule stays off",
                        cfg(b -> b),
                        Optional.empty(),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "enabled by id",
                        cfg(b -> b.enable(OFF)),
                        Optional.of(Severity.ERROR),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "a severity by id turns it on",
                        cfg(b -> b.severity(OFF, Severity.WARNING)),
                        Optional.of(Severity.WARNING),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "enabling the category turns it on",
                        cfg(b -> b.enable("hygiene.*")),
                        Optional.of(Severity.ERROR),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "a category severity does not opt in",
                        cfg(b -> b.severity("hygiene.*", Severity.INFO)),
                        Optional.empty(),
                        Optional.of(Severity.INFO)),
                Arguments.of(
                        "category enabled, id disabled",
                        cfg(b -> b.enable("hygiene.*").disable(OFF)),
                        Optional.empty(),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "enabled, then disabled by id: the last wins",
                        cfg(b -> b.enable(OFF).disable(OFF)),
                        Optional.empty(),
                        Optional.of(Severity.ERROR)));
    }

    private static UnaryOperator<NemsValidator.Builder> cfg(UnaryOperator<NemsValidator.Builder> c) {
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void anOffByDefaultRuleRunsOnlyWhenOptedInto(
            String name,
            UnaryOperator<NemsValidator.Builder> configure,
            Optional<Severity> off,
            Optional<Severity> on) {
        NemsValidator validator = configure
                .apply(NemsValidator.builder()
                        .catalog(RuleCatalog.of(List.of(rule(OFF, false), rule(ON, true))))
                        .threads(1))
                .build();

        List<Finding> findings = validator.validate(TestRule.interaction("a.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(
                off,
                findings.stream()
                        .filter(f -> f.ruleId().equals(OFF))
                        .map(Finding::severity)
                        .findFirst());
        assertEquals(
                on,
                findings.stream()
                        .filter(f -> f.ruleId().equals(ON))
                        .map(Finding::severity)
                        .findFirst());
    }

    @Test
    void rulesAreOnByDefaultAndTheReferenceSaysWhichAreNot() {
        assertTrue(TestRule.metadata("a.b", Severity.INFO).enabledByDefault());
        assertFalse(rule(OFF, false).metadata().enabledByDefault());
        String md = RuleReference.markdown(
                List.of(rule(OFF, false).metadata(), rule(ON, true).metadata()));
        assertTrue(md.contains("- Default severity: error (off by default)"), md);
        assertTrue(md.contains("- Default severity: error\n"), md);
    }
}
