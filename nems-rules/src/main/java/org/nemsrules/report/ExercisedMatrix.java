package org.nemsrules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.Trait;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.report.RequirementCoverage.Place;

/**
 * What a run's requests exercise, tallied the way an assurance tester reads it: each interaction in each format, each
 * media type sent, explicit and generic subscriptions, each event code, with and without a requesting user. Values
 * a tester expects to see tried are listed with a count of 0 when no request has them, so that "never exercised"
 * shows at a glance. Counts are of requests, from the traits the validator read ({@link FileResult#traits()}).
 *
 * @param interactions one row per interaction: create, read and delete always, then any other kind seen
 * @param tallies      one per dimension after the interaction and format, in {@link Dimension} order
 */
public record ExercisedMatrix(List<FormatRow> interactions, List<Tally> tallies) {
    static final String XML = "XML";
    static final String JSON = "JSON";

    /**
     * How many requests of one interaction were in each format: the body a create sends, or the answer a read or
     * delete asks for.
     *
     * @param interaction {@code create}, {@code read}, {@code delete}, {@code resource} or {@code unsupported}
     * @param xml         requests in XML
     * @param json        requests in JSON
     * @param total       all requests of the interaction, including those whose format was not told (an empty or
     *                    unreadable body, an unsupported request)
     */
    public record FormatRow(String interaction, int xml, int json, int total) {}

    /** The values seen (and expected) of one dimension. */
    public record Tally(Dimension dimension, List<Count> counts) {
        public Tally {
            counts = List.copyOf(counts);
        }
    }

    /**
     * How many requests have one value.
     *
     * @param value    the value, as the report shows it
     * @param requests how many requests have it
     * @param first    the first request that has it, in file order
     */
    public record Count(String value, int requests, Optional<Place> first) {}

    public ExercisedMatrix {
        interactions = List.copyOf(interactions);
        tallies = List.copyOf(tallies);
    }

    /** The matrix of {@code report}'s requests, with the values the built-in trait readers expect. */
    public static ExercisedMatrix of(Report report) {
        List<Trait> expected = RuleCatalog.builtInTraitReaders().stream()
                .flatMap(reader -> reader.expected().stream())
                .toList();
        return of(report, expected);
    }

    /** The matrix of {@code report}'s requests, listing {@code expected} values even when no request has them. */
    static ExercisedMatrix of(Report report, List<Trait> expected) {
        Map<Dimension, Map<String, Counter>> byDimension = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            byDimension.put(dimension, new LinkedHashMap<>());
        }
        for (Trait trait : expected) {
            counters(byDimension, trait.dimension()).computeIfAbsent(trait.value(), v -> new Counter());
        }
        Map<String, int[]> formats = new LinkedHashMap<>();
        for (Trait trait : expected) {
            if (trait.dimension() == Dimension.INTERACTION) {
                formats.put(trait.value(), new int[3]);
            }
        }
        for (FileResult file : report.files()) {
            for (int i = 0; i < file.interactions().size(); i++) {
                Place place = new Place(file.path(), i, file.interactions().get(i));
                List<Trait> traits = file.traits(i);
                for (Trait trait : traits) {
                    counters(byDimension, trait.dimension())
                            .computeIfAbsent(trait.value(), v -> new Counter())
                            .add(place);
                }
                traits.stream()
                        .filter(t -> t.dimension() == Dimension.INTERACTION)
                        .findFirst()
                        .ifPresent(interaction -> {
                            int[] row = formats.computeIfAbsent(interaction.value(), v -> new int[3]);
                            row[2]++;
                            traits.stream()
                                    .filter(t -> t.dimension() == Dimension.FORMAT)
                                    .findFirst()
                                    .ifPresent(format -> {
                                        if (format.value().equals(XML)) {
                                            row[0]++;
                                        } else if (format.value().equals(JSON)) {
                                            row[1]++;
                                        }
                                    });
                        });
            }
        }
        List<FormatRow> rows = new ArrayList<>();
        formats.forEach((interaction, row) -> rows.add(new FormatRow(interaction, row[0], row[1], row[2])));
        List<Tally> tallies = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.INTERACTION || dimension == Dimension.FORMAT) {
                continue;
            }
            List<Count> counts = new ArrayList<>();
            counters(byDimension, dimension)
                    .forEach((value, counter) ->
                            counts.add(new Count(value, counter.requests, Optional.ofNullable(counter.first))));
            tallies.add(new Tally(dimension, counts));
        }
        return new ExercisedMatrix(rows, tallies);
    }

    /** The tally of {@code dimension}. */
    public Tally tally(Dimension dimension) {
        return tallies.stream()
                .filter(t -> t.dimension() == dimension)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tally of " + dimension));
    }

    /** The row of {@code interaction}, if the matrix has one. */
    public Optional<FormatRow> interaction(String interaction) {
        return interactions.stream()
                .filter(r -> r.interaction().equals(interaction))
                .findFirst();
    }

    private static Map<String, Counter> counters(Map<Dimension, Map<String, Counter>> byDimension, Dimension d) {
        return Objects.requireNonNull(byDimension.get(d), "every dimension has its counters");
    }

    private static final class Counter {
        int requests;

        @Nullable
        Place first;

        void add(Place place) {
            if (requests++ == 0) {
                first = place;
            }
        }
    }
}
