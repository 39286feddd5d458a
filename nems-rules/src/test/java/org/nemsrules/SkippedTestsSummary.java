package org.nemsrules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says once, at the end of a test run, which tests were skipped and why. Some tests read the official NHS files kept
 * beside the checkout ({@code ../shared/reference}) and are skipped where they are absent (a plain clone); one line
 * at the end says so, instead of a skip hidden among thousands of passes. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestsSummary implements TestExecutionListener {

    /** One skipped test (or container): its class's simple name and the reason it gave. */
    record Skipped(String testClass, String reason) {}

    private final List<Skipped> skipped = new ArrayList<>();

    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(new Skipped(testClass(test), reason));
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable()
                    .map(Throwable::getMessage)
                    .map(message -> message.replaceFirst("^Assumption failed: ", ""))
                    .orElse("no reason given");
            skipped.add(new Skipped(testClass(test), reason));
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        summary(skipped).ifPresent(System.out::println);
        skipped.clear();
    }

    /**
     * The one line for these skipped tests, or nothing when none was skipped: per reason, the number of tests and
     * their classes with a count each, in the order the reasons were first met and the classes by name.
     */
    static Optional<String> summary(List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, Integer>> byReason = new LinkedHashMap<>();
        for (Skipped test : skipped) {
            byReason.computeIfAbsent(test.reason(), r -> new TreeMap<>()).merge(test.testClass(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, classes) -> {
            int count = classes.values().stream().mapToInt(Integer::intValue).sum();
            List<String> names = new ArrayList<>();
            classes.forEach((name, n) -> names.add(name + " (" + n + ")"));
            parts.add(count + (count == 1 ? " test" : " tests") + " skipped because " + reason + ": "
                    + String.join(", ", names));
        });
        return Optional.of("Skipped tests: " + String.join("; ", parts));
    }

    private static String testClass(TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        if (source.isPresent() && source.get() instanceof MethodSource method) {
            return simpleName(method.getClassName());
        }
        if (source.isPresent() && source.get() instanceof ClassSource type) {
            return simpleName(type.getClassName());
        }
        return test.getDisplayName();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
