package org.nemsrules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;

/**
 * What a run's recordings prove of each requirement of the digest: broken by some recording, shown to hold by some
 * recording a rule examined and found clean, never touched, or beyond a recording's reach. JaCoCo answers "which code
 * did my tests run"; this answers "which requirements did my recordings exercise".
 *
 * <p>"Demonstrated" comes only from what rules say they examined ({@code FindingSink.examined()}, recorded per
 * request in {@link FileResult#examinedBy()}), never from text in a file: a rule that was skipped (its view absent
 * or broken) examined nothing, and a rule that does not report what it examines
 * ({@link RuleMetadata#reportsExamination()}) demonstrates nothing, so its requirements are "not measured" unless a
 * recording breaks them. A rule examines every requirement it cites.
 *
 * @param entries one per requirement, in the digest's order
 * @param matrix  what the requests exercise: interactions, formats, media types, subscriptions, events
 */
public record RequirementCoverage(List<Entry> entries, ExercisedMatrix matrix) {
    /** At most this many places are listed for one requirement; the rest are counted. */
    public static final int MAX_LISTED = 20;

    /** What the recordings prove of one requirement. */
    public enum Status {
        /** Some recording breaks it: an error finding cites it. */
        VIOLATED("violated"),
        /** A rule that cites it examined at least one request and found no error against it. */
        DEMONSTRATED("demonstrated"),
        /** The rules that cite it report what they examine, and none examined any recording. */
        NOT_EXERCISED("not exercised"),
        /** No rule that cites it reports what it examines yet, and no recording breaks it: nothing is known. */
        NOT_MEASURED("not measured"),
        /** No rule of this run cites it (turned off, or none written). */
        NO_RULE("no rule"),
        /** It cannot be checked from a recording (the digest says why). */
        NOT_STATICALLY_CHECKABLE("not statically checkable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A request, as reports name it.
     *
     * @param file        the file as shown
     * @param interaction 0-based position of the request in its file
     * @param label       the request's label, e.g. {@code POST /STU3/Subscription (line 4)}
     */
    public record Place(String file, int interaction, String label) {}

    /**
     * One requirement's coverage.
     *
     * @param requirement      the requirement
     * @param status           what the recordings prove of it
     * @param rules            the ids of the rules of the run that cite it
     * @param violations       the error findings that cite it, at most {@link #MAX_LISTED}
     * @param violationCount   how many error findings cite it
     * @param demonstratedBy   requests that demonstrate it, at most {@link #MAX_LISTED}
     * @param demonstratedCount how many requests demonstrate it
     */
    public record Entry(
            Requirements.Requirement requirement,
            Status status,
            List<String> rules,
            List<Finding> violations,
            int violationCount,
            List<Place> demonstratedBy,
            int demonstratedCount) {
        public Entry {
            rules = List.copyOf(rules);
            violations = List.copyOf(violations);
            demonstratedBy = List.copyOf(demonstratedBy);
        }
    }

    public RequirementCoverage {
        entries = List.copyOf(entries);
    }

    /**
     * The coverage of {@code report}'s recordings. Give it the report before a baseline is applied: a finding a
     * baseline accepts still breaks its requirement.
     */
    public static RequirementCoverage of(Report report) {
        List<Entry> entries = new ArrayList<>();
        for (Requirements.Requirement requirement : Requirements.all()) {
            entries.add(entry(report, requirement));
        }
        return new RequirementCoverage(entries, ExercisedMatrix.of(report));
    }

    /** How many requirements have {@code status}. */
    public long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    private static Entry entry(Report report, Requirements.Requirement requirement) {
        String id = requirement.id();
        List<RuleMetadata> citing = report.rules().stream()
                .filter(r -> r.requirements().contains(id))
                .toList();
        List<String> ruleIds = citing.stream().map(RuleMetadata::id).toList();
        Set<String> measuring = citing.stream()
                .filter(RuleMetadata::reportsExamination)
                .map(RuleMetadata::id)
                .collect(Collectors.toSet());
        List<Finding> violations = report.findings()
                .filter(f -> f.severity() == Severity.ERROR && id.equals(f.requirement()))
                .toList();
        List<Place> demonstrated = new ArrayList<>();
        for (FileResult file : report.files()) {
            for (int i = 0; i < file.interactions().size(); i++) {
                int index = i;
                boolean examined = file.examinedBy(i).stream().anyMatch(measuring::contains);
                boolean broken = violations.stream()
                        .anyMatch(f -> f.location().file().equals(file.path())
                                && f.location().interaction() == index);
                if (examined && !broken) {
                    demonstrated.add(
                            new Place(file.path(), i, file.interactions().get(i)));
                }
            }
        }
        Status status;
        if (requirement.kind() == Requirements.Kind.NOT_CHECKABLE) {
            status = Status.NOT_STATICALLY_CHECKABLE;
        } else if (!violations.isEmpty()) {
            status = Status.VIOLATED;
        } else if (!demonstrated.isEmpty()) {
            status = Status.DEMONSTRATED;
        } else if (citing.isEmpty()) {
            status = Status.NO_RULE;
        } else if (measuring.isEmpty()) {
            status = Status.NOT_MEASURED;
        } else {
            status = Status.NOT_EXERCISED;
        }
        return new Entry(
                requirement,
                status,
                ruleIds,
                violations.subList(0, Math.min(MAX_LISTED, violations.size())),
                violations.size(),
                demonstrated.subList(0, Math.min(MAX_LISTED, demonstrated.size())),
                demonstrated.size());
    }

    /** The entry for requirement {@code id}, if the digest has it. */
    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.requirement().id().equals(id)).findFirst();
    }
}
