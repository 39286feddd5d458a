package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.ReadProblem;

/**
 * A {@code {{variable}}} in a {@code .http} recording that gets no value: not defined in the file, not in the chosen
 * IDE environment, or a value that exists only when the request is sent (a prompt, a response, the process
 * environment). The request it is in is not checked, since what would be sent is not known.
 */
public final class UnresolvedVariableRule extends ReadProblemRule {
    public static final String ID = ReadProblem.UNRESOLVED_VARIABLE;

    public UnresolvedVariableRule() {
        super(RuleMetadata.builder(ID)
                .title("Variable in a .http recording has no value")
                .description("IntelliJ's HTTP Client and VS Code's REST Client replace {{name}} in the request line, "
                        + "the headers and the body with a value before they send the request: a variable of the file "
                        + "('@name = value'), of the environment chosen with --env, or a dynamic variable such as "
                        + "{{$uuid}} or {{$timestamp}}, which the check fixes so that every run agrees (see "
                        + "docs/recordings.md). A variable that gets none of these values (undefined, misspelt, "
                        + "defined only in an environment that was not chosen, referring back to itself, or with a "
                        + "value that exists only when the request is sent: a prompt, a response, the process "
                        + "environment, a .env file) is reported once where it is written, with where it may be "
                        + "defined; the request it is in is not checked, since what would be sent is not known.")
                .severity(Severity.ERROR)
                .fix("Define the variable in the recording ('@name = value' on a line before the request), or in the "
                        + "IDE environment file, and choose that environment with --env NAME.")
                .build());
    }
}
