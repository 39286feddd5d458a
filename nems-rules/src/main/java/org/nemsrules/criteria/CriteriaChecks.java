package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the component checks find in a criteria string, with the parser's own problems first: one list, in
 * order of offset, from which each {@code criteria.*} rule reports the kinds it owns. Event codes are judged
 * separately, against the event-type catalogue.
 */
public final class CriteriaChecks {
    private static final List<Function<Criteria, List<CriteriaProblem>>> CHECKS = List.of(
            ParameterCheck::check,
            ClassificationCheck::check,
            ServiceTypeCheck::check,
            PatientIdentifierCheck::check,
            EventCountCheck::check,
            PatientAgeCheck::check,
            GpRegistrationCheck::check,
            RuleTypeCheck::check,
            OrganizationIdentifierCheck::check,
            TagCheck::check);

    private CriteriaChecks() {}

    public static List<CriteriaProblem> all(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>(criteria.problems());
        for (Function<Criteria, List<CriteriaProblem>> check : CHECKS) {
            problems.addAll(check.apply(criteria));
        }
        problems.sort(Comparator.comparingInt(CriteriaProblem::offset));
        return List.copyOf(problems);
    }
}
