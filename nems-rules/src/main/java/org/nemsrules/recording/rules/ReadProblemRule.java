package org.nemsrules.recording.rules;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RecordingRule;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.recording.ReadProblem;
import org.nemsrules.recording.Recording;

/**
 * Shared body of the rules that report what a reader could not read: the reader finds the
 * problem while it reads (only it knows the line), the rule owns its id, severity and docs.
 */
abstract class ReadProblemRule implements RecordingRule {
    private final RuleMetadata metadata;

    ReadProblemRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final void check(Recording recording, FindingSink sink) {
        for (ReadProblem problem : recording.problems()) {
            if (problem.ruleId().equals(metadata.id())) {
                sink.report(problem.line(), problem.column(), "", problem.message());
            }
        }
    }
}
