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

    /**
     * Whether the rule judges this criteria at all, for the requirement coverage: by default every criteria, for the
     * rules of the whole string and of every parameter; a rule of one component judges only a criteria that has it.
     */
    boolean judges(Criteria criteria) {
        return true;
    }

    /** Whether the criteria has the component with a value; an empty one is criteria.malformed-parameter's. */
    static boolean hasValue(Criteria criteria, Component component) {
        return criteria.all(component).stream().anyMatch(p -> !p.value().isEmpty());
    }

    @Override
    void check(WrittenCriteria criteria, RuleContext context, FindingSink sink) {
        // Not a return: what is reported stays exactly what the checks find, whether or not the rule judged.
        if (judges(criteria.criteria())) {
            sink.examined();
        }
        // A loop, not a stream: twenty rules run this on every Subscription, whose list of problems is mostly empty.
        for (CriteriaProblem p : criteria.problems()) {
            if (kinds.contains(p.kind())) {
                criteria.report(sink, p);
            }
        }
    }
}
