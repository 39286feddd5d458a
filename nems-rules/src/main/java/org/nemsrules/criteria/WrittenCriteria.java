package org.nemsrules.criteria;

import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.View;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.subscription.SourcePosition;
import org.nemsrules.subscription.SubscriptionBody;

/**
 * The criteria of a readable Subscription, parsed and checked, with where it is written in the recording: the
 * line of {@code Subscription.criteria} and, when it can be told exactly, the column of each component.
 */
final class WrittenCriteria {
    static final String PATH = "Subscription.criteria";

    /**
     * Parsed and checked once per request, however many criteria rules ask: the component checks run over every
     * parameter, and each of some twenty rules doing that again was most of the default path's allocation.
     */
    private static final ViewKey<WrittenCriteria> VIEW = ViewKey.derived(
            "the Subscription criteria",
            context -> build(context).map(View::of).orElseGet(() -> View.absent("no criteria to read")));

    private final Criteria criteria;
    private final List<CriteriaProblem> problems;
    private final SourcePosition element;
    private final Optional<CriteriaColumns> columns;

    private WrittenCriteria(Criteria criteria, SourcePosition element, Optional<CriteriaColumns> columns) {
        this.criteria = criteria;
        this.problems = CriteriaChecks.all(criteria);
        this.element = element;
        this.columns = columns;
    }

    /**
     * The criteria of the request's Subscription; empty when the body is another resource or has no criteria
     * ({@code subscription.wrong-resource-type} and {@code subscription.criteria-missing} report those).
     */
    static Optional<WrittenCriteria> read(RuleContext context) {
        View<WrittenCriteria> view = context.view(VIEW);
        if (view.isFailed()) {
            // A bug in the parser or a check: thrown again so that each asking rule reports it as an internal
            // error, as it did before the criteria were shared, rather than the criteria passing unchecked.
            throw new IllegalStateException(view.problem().orElseThrow().message());
        }
        return view.value();
    }

    private static Optional<WrittenCriteria> build(RuleContext context) {
        SubscriptionBody body = context.view(SubscriptionBody.VIEW).value().orElse(null);
        if (body == null || !body.isSubscription()) {
            return Optional.empty();
        }
        String text = body.subscription().getCriteria();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        SourcePosition at = body.position(PATH);
        return Optional.of(new WrittenCriteria(
                CriteriaParser.parse(text), at, CriteriaColumns.of(context.interaction(), at.line(), text)));
    }

    Criteria criteria() {
        return criteria;
    }

    /** What the parser and the component checks found, in order of offset. */
    List<CriteriaProblem> problems() {
        return problems;
    }

    int line() {
        return element.line();
    }

    /** The recording column of a criteria offset, or the element's column when the characters cannot be mapped. */
    Integer column(int offset) {
        return columns.map(c -> (Integer) c.column(offset)).orElse(element.column());
    }

    void report(FindingSink sink, CriteriaProblem problem) {
        sink.report(line(), column(problem.offset()), PATH, problem.requirement(), problem.message());
    }
}
