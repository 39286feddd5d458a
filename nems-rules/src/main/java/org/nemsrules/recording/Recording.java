package org.nemsrules.recording;

import java.util.List;
import org.nemsrules.model.Interaction;

/**
 * What a reader made of one file: the requests it could read, and the problems it met.
 *
 * @param file         the file as shown to users
 * @param interactions the requests, in file order
 * @param problems     what could not be read, in file order
 */
public record Recording(String file, List<Interaction> interactions, List<ReadProblem> problems) {
    public Recording {
        interactions = List.copyOf(interactions);
        problems = List.copyOf(problems);
    }

    public static Recording unreadable(String file, ReadProblem problem) {
        return new Recording(file, List.of(), List.of(problem));
    }
}
