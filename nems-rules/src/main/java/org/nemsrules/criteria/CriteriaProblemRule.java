package org.nemsrules.criteria;

import java.util.EnumSet;
import java.util.Set;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;

/**
 * A criteria rule that reports the component-check problems of the kinds it owns. Each kind is owned by exactly
 * one rule, so that one fault gives one finding.
 */
abstract class CriteriaProblemRule extends CriteriaRule {
    private final Set<Kind> kinds;

    CriteriaProblemRule(RuleMetadata metadata, Kind first, Kind... rest) {
        super(metadata);
        this.kinds = EnumSet.of(first, rest);
    }

    /** The kinds of problem this rule reports. */
    final Set<Kind> kinds() {
        return kinds;
    }

    @Override
    void check(WrittenCriteria criteria, RuleContext context, FindingSink sink) {
        criteria.problems().stream().filter(p -> kinds.contains(p.kind())).forEach(p -> criteria.report(sink, p));
    }
}
