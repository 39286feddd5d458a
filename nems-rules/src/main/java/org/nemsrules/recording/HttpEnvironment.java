package org.nemsrules.recording;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The variables an IDE environment gives a {@code .http} recording: IntelliJ's {@code http-client.env.json} and
 * {@code http-client.private.env.json}, or VS Code's {@code rest-client.environmentVariables}. A value from a
 * private file is a secret: it is substituted into the request, and never shown.
 *
 * @param name       the environment chosen (e.g. {@code dev}), or empty when none was
 * @param variables  the variables, by name
 * @param lookedIn   where variables were looked for, in words, for a message about one that was not found
 *                   (e.g. {@code "http-client.env.json (environment 'dev')"}); empty when nowhere
 */
public record HttpEnvironment(String name, Map<String, Variable> variables, String lookedIn) {
    public HttpEnvironment {
        Objects.requireNonNull(name, "name");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(lookedIn, "lookedIn");
    }

    /**
     * One variable of an environment.
     *
     * @param value     its value
     * @param definedIn the file that defines it, as shown to users
     * @param secret    whether it came from a private file: substituted, never shown
     */
    public record Variable(String value, String definedIn, boolean secret) {
        public Variable {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(definedIn, "definedIn");
        }

        /**
         * Whether it comes from one of IntelliJ's environment files, where it takes precedence over a variable of
         * the {@code .http} file itself; VS Code lets the file's variable win.
         */
        public boolean fromIntelliJ() {
            String fileName =
                    definedIn.substring(Math.max(definedIn.lastIndexOf('/'), definedIn.lastIndexOf('\\')) + 1);
            return fileName.equals("http-client.env.json") || fileName.equals("http-client.private.env.json");
        }
    }

    /** No environment: only a recording's own variables are known. */
    public static HttpEnvironment none() {
        return new HttpEnvironment("", Map.of(), "");
    }

    public Optional<Variable> variable(String variableName) {
        return Optional.ofNullable(variables.get(variableName));
    }
}
