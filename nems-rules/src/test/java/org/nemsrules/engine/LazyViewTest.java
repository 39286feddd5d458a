package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nemsrules.report.FileResult;

class LazyViewTest {
    private final AtomicInteger parses = new AtomicInteger();
    private final ViewKey<String> counted = ViewKey.of("counted view", interaction -> {
        parses.incrementAndGet();
        return View.of("parsed " + interaction.index());
    });

    private TestRule reader(String id, boolean declares) {
        return new TestRule(
                id,
                declares ? Set.of(counted) : Set.of(),
                (context, sink) -> sink.report(1, "", context.view(counted).get()));
    }

    @Test
    void aViewUsedByThreeRulesIsParsedExactlyOncePerInteraction() {
        NemsValidator validator = TestRule.validator(
                reader("custom.first", true), reader("custom.second", false), reader("custom.third", true));

        FileResult result = validator.validate(TestRule.recording("three.http", 3));

        assertEquals(3, parses.get(), "one parse per interaction, however many rules ask");
        assertEquals(9, result.findings().size());
    }

    @Test
    void eachInteractionGetsItsOwnParsedView() {
        NemsValidator validator = TestRule.validator(reader("custom.first", false), reader("custom.second", false));

        FileResult result = validator.validate(TestRule.recording("two.http", 2));

        assertEquals(2, parses.get());
        assertEquals(
                2,
                result.findings().stream()
                        .filter(f -> f.message().equals("parsed 1"))
                        .count());
    }

    @Test
    void aViewNoRuleAsksForIsNeverParsed() {
        NemsValidator validator = TestRule.validator(
                new TestRule("custom.never-asks", Set.of(), (context, sink) -> sink.report(1, "", "looked")));

        FileResult result = validator.validate(TestRule.recording("lazy.http", 4));

        assertEquals(0, parses.get());
        assertEquals(4, result.findings().size());
    }

    @Test
    void aDisabledRuleDoesNotParseTheViewsItDeclares() {
        NemsValidator validator = NemsValidator.builder()
                .catalog(RuleCatalog.of(java.util.List.of(reader("custom.first", true))))
                .disable("custom.first")
                .threads(1)
                .build();

        validator.validate(TestRule.recording("off.http", 2));

        assertEquals(0, parses.get());
    }

    @Test
    void aDerivedViewIsBuiltOnceFromTheViewsItReadsWhichAreAlsoBuiltOnce() {
        AtomicInteger derivations = new AtomicInteger();
        ViewKey<Integer> derived = ViewKey.derived("derived view", context -> {
            derivations.incrementAndGet();
            return View.of(context.view(counted).get().length());
        });
        NemsValidator validator = TestRule.validator(
                new TestRule(
                        "custom.derived-one",
                        Set.of(),
                        (context, sink) -> sink.report(
                                1, "", "length " + context.view(derived).get())),
                new TestRule(
                        "custom.derived-two",
                        Set.of(),
                        (context, sink) -> sink.report(
                                1, "", "length " + context.view(derived).get())),
                reader("custom.base", false));

        FileResult result = validator.validate(TestRule.recording("derived.http", 2));

        assertEquals(2, derivations.get(), "one derivation per interaction, however many rules ask");
        assertEquals(2, parses.get(), "what it is derived from is shared with the rules that read it directly");
        assertEquals(
                4,
                result.findings().stream()
                        .filter(f -> f.message().equals("length 8"))
                        .count());
    }
}
