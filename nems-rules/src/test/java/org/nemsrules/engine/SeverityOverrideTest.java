package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.http.UnsupportedMethodRule;

class SeverityOverrideTest {
    private static final String ID = UnsupportedMethodRule.ID;

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of("no override: the rule's default", cfg(b -> b), Optional.of(Severity.ERROR)),
                Arguments.of("by id", cfg(b -> b.severity(ID, Severity.WARNING)), Optional.of(Severity.WARNING)),
                Arguments.of("by category", cfg(b -> b.severity("http.*", Severity.INFO)), Optional.of(Severity.INFO)),
                Arguments.of(
                        "another category does not apply",
                        cfg(b -> b.severity("jwt.*", Severity.INFO)),
                        Optional.of(Severity.ERROR)),
                Arguments.of(
                        "id beats category, category set first",
                        cfg(b -> b.severity("http.*", Severity.INFO).severity(ID, Severity.WARNING)),
                        Optional.of(Severity.WARNING)),
                Arguments.of(
                        "id beats category, id set first",
                        cfg(b -> b.severity(ID, Severity.WARNING).severity("http.*", Severity.INFO)),
                        Optional.of(Severity.WARNING)),
                Arguments.of("disabled by id", cfg(b -> b.disable(ID)), Optional.empty()),
                Arguments.of("disabled by category", cfg(b -> b.disable("http.*")), Optional.empty()),
                Arguments.of(
                        "category disabled, id enabled",
                        cfg(b -> b.disable("http.*").severity(ID, Severity.INFO)),
                        Optional.of(Severity.INFO)),
                Arguments.of(
                        "category lowered, id disabled",
                        cfg(b -> b.severity("http.*", Severity.INFO).disable(ID)),
                        Optional.empty()),
                Arguments.of(
                        "the last setting of the same selector wins",
                        cfg(b -> b.disable(ID).severity(ID, Severity.WARNING)),
                        Optional.of(Severity.WARNING)));
    }

    private static UnaryOperator<NemsValidator.Builder> cfg(UnaryOperator<NemsValidator.Builder> c) {
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void overridesSetTheSeverityOfFindings(
            String name, UnaryOperator<NemsValidator.Builder> configure, Optional<Severity> expected) {
        NemsValidator validator = configure
                .apply(NemsValidator.builder().catalog(RuleCatalog.builtIn()).threads(1))
                .build();

        List<Finding> findings =
                validator.validate(TestRule.interaction("put.http", 0, "PUT", "/STU3/Subscription/abc")).stream()
                        .filter(f -> f.ruleId().equals(ID))
                        .toList();

        assertEquals(expected, findings.stream().map(Finding::severity).findFirst());
        assertEquals(expected.isPresent() ? 1 : 0, findings.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrides")
    void overridesApplyToRecordingRulesByTheirOwnCategoryToo(
            String name, UnaryOperator<NemsValidator.Builder> configure, Optional<Severity> ignored) {
        NemsValidator validator = configure
                .apply(NemsValidator.builder().catalog(RuleCatalog.builtIn()).threads(1))
                .severity("recording.*", Severity.INFO)
                .build();

        List<Finding> findings = validator
                .validate(new org.nemsrules.recording.Recording("empty.http", List.of(), List.of()))
                .findings();

        assertEquals(
                List.of(Severity.INFO), findings.stream().map(Finding::severity).toList());
    }
}
