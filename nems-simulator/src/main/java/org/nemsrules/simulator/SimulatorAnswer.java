package org.nemsrules.simulator;

import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * The answers that come from what the simulator holds rather than from a rule: a request the rules pass can still
 * name a subscription that does not exist, or repeat one that does. They are given as NEMS gives any error, an
 * {@code OperationOutcome} built by the same code as the predicted ones, so each has the metadata of a rule.
 */
final class SimulatorAnswer {
    static final SimulatorAnswer NO_RECORD_FOUND = new SimulatorAnswer(RuleMetadata.builder("simulator.no-record-found")
            .title("No subscription with this id")
            .description("The simulator holds no subscription with the id in the request's path: it was never "
                    + "created here, or it was deleted.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-02", "R-HTTP-03")
            .specPage(SpecPages.READ)
            .inferredAnswer(404, "NO_RECORD_FOUND")
            .fix("Use the id from the Location header of the create's 201 answer.")
            .build());
    static final SimulatorAnswer DUPLICATE_REJECTED = new SimulatorAnswer(RuleMetadata.builder("simulator.duplicate")
            .title("A subscription with the same criteria already exists")
            .description("The organisation already holds a subscription with exactly the same criteria. NEMS "
                    + "keeps one subscription per organisation and criteria; the pages do not give the answer, "
                    + "Spine's DUPLICATE_REJECTED code is the closest.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-01")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(409, "DUPLICATE_REJECTED")
            .fix("Read or delete the existing subscription instead of creating it again.")
            .build());
    static final SimulatorAnswer NOT_HANDLED = new SimulatorAnswer(RuleMetadata.builder("simulator.unsupported")
            .title("Not one of create, read and delete")
            .description("The request is none of the three interactions NEMS offers. The http.* rules normally "
                    + "report this; this answer is given when they were disabled.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Send only create (POST), read (GET) or delete (DELETE) of a Subscription.")
            .build());
    static final SimulatorAnswer UNREADABLE_BODY = new SimulatorAnswer(RuleMetadata.builder("simulator.unreadable-body")
            .title("The Subscription could not be read")
            .description("The rules found no error in the body, but HAPI could not read it as an STU3 Subscription "
                    + "to store it (for instance a rule that would have reported it is disabled).")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-06")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Send one well-formed STU3 Subscription in the format Content-Type names.")
            .build());
    static final SimulatorAnswer TOO_LARGE = new SimulatorAnswer(RuleMetadata.builder("simulator.body-too-large")
            .title("Request body over the simulator's bound")
            .description("The body is larger than the bound the simulator reads (10 MB by default, the bound of "
                    + "one recording), so it was not read or judged.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-06")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(413, "BAD_REQUEST")
            .fix("Send one Subscription resource; NEMS bodies are a few kilobytes.")
            .build());

    private static final List<SimulatorAnswer> ALL =
            List.of(NO_RECORD_FOUND, DUPLICATE_REJECTED, NOT_HANDLED, UNREADABLE_BODY, TOO_LARGE);

    private final RuleMetadata metadata;

    private SimulatorAnswer(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    RuleMetadata metadata() {
        return metadata;
    }

    /** This answer as the one finding of an {@code OperationOutcome}. */
    Finding finding(String message, String path) {
        return new Finding(
                metadata.id(),
                Severity.ERROR,
                message,
                new Location("request", 0, 0, null, path),
                metadata.requirements().isEmpty() ? "" : metadata.requirements().get(0),
                metadata.httpStatus(),
                metadata.spineCode());
    }

    static List<RuleMetadata> all() {
        return ALL.stream().map(SimulatorAnswer::metadata).toList();
    }
}
