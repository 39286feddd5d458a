package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.model.Interaction;

class ViewFailureTest {

    static Stream<Arguments> unavailableViews() {
        return Stream.of(
                Arguments.of(
                        "failed",
                        (java.util.function.Function<Interaction, View<String>>)
                                i -> View.failed("the token has 2 parts, expected 3", 4, 15),
                        "the token has 2 parts, expected 3"),
                Arguments.of(
                        "absent",
                        (java.util.function.Function<Interaction, View<String>>)
                                i -> View.absent("no Authorization header"),
                        "no Authorization header"),
                Arguments.of(
                        "parser throws",
                        (java.util.function.Function<Interaction, View<String>>) i -> {
                            throw new IllegalStateException("parser bug");
                        },
                        "could not read token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unavailableViews")
    void theOwnerReportsAnUnavailableViewOnceAndTheRulesThatNeedItAreSkipped(
            String outcome, java.util.function.Function<Interaction, View<String>> parser, String expected) {
        AtomicInteger parses = new AtomicInteger();
        AtomicInteger dependentRuns = new AtomicInteger();
        ViewKey<String> token = ViewKey.of("token", i -> {
            parses.incrementAndGet();
            return parser.apply(i);
        });
        TestRule owner = new TestRule("custom.token-owner", Set.of(), (context, sink) -> {
            View<String> view = context.view(token);
            view.problem().ifPresent(p -> sink.report(p.line(), p.column(), "token", "", p.message()));
            if (view.isAbsent()) {
                sink.report(1, "token", "the token is missing");
            }
        });
        TestRule dependentA = new TestRule("custom.token-a", Set.of(token), (context, sink) -> {
            dependentRuns.incrementAndGet();
            sink.report(1, "token", "dependent a: " + context.view(token).get());
        });
        TestRule dependentB = new TestRule("custom.token-b", Set.of(token), (context, sink) -> {
            dependentRuns.incrementAndGet();
            sink.report(1, "token", "dependent b: " + context.view(token).get());
        });

        List<Finding> findings = TestRule.validator(dependentA, owner, dependentB)
                .validate(TestRule.interaction("t.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(1, findings.size(), () -> "findings: " + findings);
        Finding only = findings.get(0);
        assertEquals("custom.token-owner", only.ruleId());
        if (outcome.equals("absent")) {
            assertEquals("the token is missing", only.message());
        } else {
            org.junit.jupiter.api.Assertions.assertTrue(only.message().contains(expected), only.message());
        }
        assertEquals(0, dependentRuns.get(), "rules that need the view must be skipped");
        assertEquals(1, parses.get(), "the view is parsed once, not once per rule");
    }

    @org.junit.jupiter.api.Test
    void aFailedViewLocatesTheOwnersFinding() {
        ViewKey<String> token = ViewKey.of("token", i -> View.failed("bad base64url", 4, 15));
        TestRule owner = new TestRule(
                "custom.token-owner",
                Set.of(),
                (context, sink) -> context.view(token)
                        .problem()
                        .ifPresent(p -> sink.report(p.line(), p.column(), "token", "", p.message())));

        Finding finding = TestRule.validator(owner)
                .validate(TestRule.interaction("t.http", 0, "POST", "/STU3/Subscription"))
                .get(0);

        assertEquals(new Location("t.http", 0, 4, 15, "token"), finding.location());
    }

    @org.junit.jupiter.api.Test
    void aPresentViewLetsTheDependentRulesRun() {
        ViewKey<String> token = ViewKey.of("token", i -> View.of("abc"));
        TestRule dependent = new TestRule(
                "custom.token-a",
                Set.of(token),
                (context, sink) ->
                        sink.report(1, "token", "saw " + context.view(token).get()));

        List<Finding> findings =
                TestRule.validator(dependent).validate(TestRule.interaction("t.http", 0, "POST", "/STU3/Subscription"));

        assertEquals(List.of("saw abc"), findings.stream().map(Finding::message).toList());
    }
}
