package org.nemsrules.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nemsrules.engine.EditDistance;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a command line picocli cannot read gets: picocli's words, for an unknown option the option that was
 * probably meant, and where every option is listed ({@code Unknown option: '--formt'; did you mean '--format'?}).
 * Picocli's own suggestions compare pairs of letters, so they miss a transposition ({@code --fromat}); the nearest
 * option by edit distance fills that gap.
 */
final class MistypedOption {
    static final String HINT = " (nems-check --help lists every option)";
    /** The most suggestions shown: more would be a list of options, not a correction. */
    private static final int MAX_SUGGESTIONS = 3;
    /** A transposition is two edits; farther than that is another word, not a typo. */
    private static final int MAX_EDITS = 2;

    private MistypedOption() {}

    static String describe(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()) {
            return e.getMessage();
        }
        List<String> meant =
                unmatched.getSuggestions().stream().limit(MAX_SUGGESTIONS).toList();
        if (meant.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
            meant = nearest(unmatched.getUnmatched().get(0), e.getCommandLine()).stream()
                    .toList();
        }
        String suggestion = meant.isEmpty() ? "" : "; did you mean '" + String.join("' or '", meant) + "'?";
        return e.getMessage() + suggestion + HINT;
    }

    /** The long option nearest to what was written (before any {@code =value}), when it is near enough to be a typo. */
    private static Optional<String> nearest(String written, CommandLine command) {
        String name = written.contains("=") ? written.substring(0, written.indexOf('=')) : written;
        return command.getCommandSpec().options().stream()
                .flatMap(option -> List.of(option.names()).stream())
                .filter(option -> option.startsWith("--"))
                .map(option -> new Candidate(option, EditDistance.between(name, option)))
                .filter(c -> c.edits() <= MAX_EDITS)
                .min(Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::option))
                .map(Candidate::option);
    }

    private record Candidate(String option, int edits) {}
}
