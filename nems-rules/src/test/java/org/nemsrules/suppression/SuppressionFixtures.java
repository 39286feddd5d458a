package org.nemsrules.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.recording.Recording;

/**
 * Recordings read from {@code .http} text and judged by two made-up rules that fire on every request with an
 * envelope ({@value #TOKEN_RULE} and {@value #HEADER_RULE}, of categories {@code jwt} and {@code header}), one
 * that never fires ({@value #QUIET_RULE}), a category whose only rule never fires ({@code mime.*}), and the three
 * suppression rules.
 */
final class SuppressionFixtures {
    static final String FILE = "rec/s.http";
    static final String TOKEN_RULE = "jwt.always";
    static final String HEADER_RULE = "header.always";
    static final String QUIET_RULE = "jwt.never";
    static final String GET = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1";

    private SuppressionFixtures() {}

    static Recording read(String... lines) {
        return new HttpFileReader().read(FILE, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static List<Rule> rules() {
        return List.of(
                firing(TOKEN_RULE, true),
                firing(HEADER_RULE, true),
                firing(QUIET_RULE, false),
                firing("mime.never", false),
                new MissingReasonRule(),
                new UnknownRuleRule(),
                new UnusedSuppressionRule());
    }

    static List<Finding> findings(String... lines) {
        return findings(NemsValidator.builder(), lines);
    }

    static List<Finding> findings(NemsValidator.Builder builder, String... lines) {
        return builder.catalog(RuleCatalog.of(rules()))
                .threads(1)
                .build()
                .validate(read(lines))
                .findings();
    }

    static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    /** Asserts one finding of {@code rule} at {@code line}, its path naming the selector, with each fragment. */
    static Finding assertOne(List<Finding> findings, Rule rule, int line, String selector, String... fragments) {
        List<Finding> of =
                findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertEquals(1, of.size(), findings::toString);
        Finding f = of.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(rule.metadata().defaultSeverity(), f.severity());
        assertEquals(FILE, f.location().file());
        assertEquals(line, f.location().line());
        assertEquals("suppression:" + selector, f.location().path());
        assertEquals(null, f.httpStatus());
        assertEquals("", f.requirement());
        for (String fragment : fragments) {
            assertTrue(f.message().contains(fragment), () -> "'" + f.message() + "' should contain '" + fragment + "'");
        }
        return f;
    }

    private static InteractionRule firing(String id, boolean fires) {
        RuleMetadata metadata = RuleMetadata.builder(id)
                .title("t")
                .description("d")
                .severity(Severity.ERROR)
                .fix("f")
                .build();
        return new InteractionRule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public void check(RuleContext context, FindingSink sink) {
                if (fires) {
                    sink.report(context.interaction().line(), "request-line", id + " fired");
                }
            }
        };
    }
}
