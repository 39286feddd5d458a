package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.ReadProblem;

/**
 * An IDE environment file that a {@code .http} recording's variables come from, and that cannot be used: reported on
 * the environment file, at the line of the fault, since that is the file to fix.
 */
public final class EnvironmentFileRule extends ReadProblemRule {
    public static final String ID = ReadProblem.ENVIRONMENT_FILE;

    public EnvironmentFileRule() {
        super(RuleMetadata.builder(ID)
                .title("IDE environment file cannot be used")
                .description("A .http recording written in IntelliJ's HTTP Client or VS Code's REST Client takes "
                        + "variables ({{host}}, {{token}}) from environment files: http-client.env.json and "
                        + "http-client.private.env.json, or rest-client.environmentVariables in .vscode/settings.json "
                        + "(see docs/environments.md). Such a file must be a JSON object of environments, each an "
                        + "object of variables ({\"dev\": {\"host\": \"…\"}}); settings.json may hold comments and "
                        + "trailing commas. A file that is not valid JSON, larger than 1 MB, nested deeper than 32 "
                        + "levels, not a file, or unreadable defines nothing; an environment that is not an object, "
                        + "or a VS Code value naming a {{$shared …}} variable that $shared does not define, is left "
                        + "out. The recordings that use its variables then report them as unresolved. The value of "
                        + "a private file is never quoted, nor what a parser met in it.")
                .severity(Severity.ERROR)
                .fix("Repair the file at the reported line: a JSON object of environments, each an object of "
                        + "variables; define the $shared variable a VS Code environment refers to.")
                .build());
    }
}
