package org.nemsrules.recording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code {{name}}} in the text of a {@code .http} recording, as IntelliJ's HTTP Client and VS Code's REST
 * Client do before sending: from the file's own variables ({@code @name = value}) first, then from the chosen IDE
 * environment, and {@code {{$…}}} from {@link DynamicVariables}. A value may itself hold references; they are followed
 * at most {@link #MAX_DEPTH} deep, a cycle is a problem rather than a hang, and all that substitution adds to one file
 * is bounded by the bound on one recording, so a value that doubles at each level cannot exhaust the memory.
 *
 * <p>A variable that gets no value is left as written and reported with the reason, in words that say where it may be
 * defined. Values are never put into a message: a value from an environment may be a secret.
 */
final class VariableResolver {
    /** How deep values may refer to other variables; far more than any real file nests. */
    static final int MAX_DEPTH = 16;

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    /** IntelliJ's variable names (letters, digits, _ - .), which VS Code's (word characters) are a part of. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
    /** VS Code's request variables: {@code {{login.response.body.$.token}}}, {@code {{login.request.headers.X}}}. */
    private static final Pattern REQUEST_VARIABLE =
            Pattern.compile("([A-Za-z0-9_\\-]+)\\.(?:response|request)\\.(?:body|headers)(?:\\..*|)");

    /**
     * A reference that got no value: where it is in the text, as written, and why.
     *
     * @param causeWritten the reference inside its value that got no value, or {@code null} when it is this one
     * @param causeReason  why that reference got none
     */
    record Unresolved(int offset, String written, String causeWritten, String causeReason) {
        String reason() {
            return causeWritten == null ? causeReason : "uses " + causeWritten + ", which " + causeReason;
        }
    }

    /**
     * A text with its references substituted.
     *
     * @param text       the text, references that got no value left as written
     * @param unresolved the references that got no value, in text order
     * @param spansLines whether a substituted value holds a line end, so that the text's lines are no longer the
     *                   recording's
     */
    record Resolved(String text, List<Unresolved> unresolved, boolean spansLines) {}

    /** Why a named variable got no value: the innermost reference that failed, as written, and its reason. */
    private record Failure(String written, String reason) {}

    private final Map<String, String> fileVariables;
    private final HttpEnvironment environment;
    private final DynamicVariables dynamic;
    private final Set<String> requestNames;
    private final Set<String> handlerGlobals;
    private final long bound;
    private final Map<String, Object> named = new HashMap<>();
    private long spent;
    private Set<String> prompts = Set.of();

    /**
     * @param fileVariables  the file's {@code @name = value} variables, values as written
     * @param environment    the chosen IDE environment
     * @param dynamic        the values of {@code {{$…}}}
     * @param requestNames   the names of the file's requests ({@code # @name login}), for request variables
     * @param handlerGlobals the names the file's response handlers set ({@code client.global.set("token", …)})
     * @param bound          the most characters substitution may add to the file in all
     */
    VariableResolver(
            Map<String, String> fileVariables,
            HttpEnvironment environment,
            DynamicVariables dynamic,
            Set<String> requestNames,
            Set<String> handlerGlobals,
            long bound) {
        this.fileVariables = Map.copyOf(fileVariables);
        this.environment = environment;
        this.dynamic = dynamic;
        this.requestNames = Set.copyOf(requestNames);
        this.handlerGlobals = Set.copyOf(handlerGlobals);
        this.bound = bound;
    }

    /** Substitutes the references in a text of a request that declares these prompt variables. */
    Resolved resolve(String text, Set<String> promptedNames) {
        if (text.indexOf("{{") < 0) {
            return new Resolved(text, List.of(), false);
        }
        this.prompts = promptedNames;
        return resolve(text, new ArrayDeque<>());
    }

    private Resolved resolve(String text, Deque<String> chain) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Unresolved> unresolved = new ArrayList<>();
        boolean spansLines = false;
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            String written = HttpFileReader.abbreviate(m.group());
            Object outcome = valueOf(m.group(1).strip(), chain);
            if (outcome instanceof Failure failure) {
                unresolved.add(new Unresolved(m.start(), written, failure.written(), failure.reason()));
                out.append(m.group());
                continue;
            }
            String value = (String) outcome;
            if (spent + value.length() > bound) {
                unresolved.add(new Unresolved(
                        m.start(),
                        written,
                        null,
                        String.format(
                                Locale.ROOT,
                                "would make the "
                                        + "variables of this file expand to more than %,d characters, the bound on one recording",
                                bound)));
                out.append(m.group());
                continue;
            }
            spent += value.length();
            spansLines |= value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
            out.append(value);
        }
        out.append(text, last, text.length());
        return new Resolved(out.toString(), unresolved, spansLines);
    }

    /** The value of one reference's content: a String, or a {@link Failure}. */
    private Object valueOf(String expression, Deque<String> chain) {
        if (expression.startsWith("$")) {
            VariableValue value = dynamic.value(expression.substring(1));
            return value.found() ? value.text() : new Failure(null, value.problem());
        }
        if (REQUEST_VARIABLE.matcher(expression).matches()) {
            return new Failure(null, undefined(expression));
        }
        if (!NAME.matcher(expression).matches()) {
            return new Failure(null, "is not a variable name: a name holds letters, digits, '_', '-' and '.'");
        }
        Object known = named.get(expression);
        if (known != null) {
            return known;
        }
        if (chain.contains(expression)) {
            List<String> cycle = new ArrayList<>(chain);
            java.util.Collections.reverse(cycle);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(expression), cycle.size()));
            cycle.add(expression);
            return new Failure(
                    "{{" + expression + "}}",
                    "refers back to itself ("
                            + String.join(
                                    " \u2192 ",
                                    cycle.stream().map(n -> "{{" + n + "}}").toList())
                            + "), so it has no value; break the cycle");
        }
        if (chain.size() >= MAX_DEPTH) {
            return new Failure(
                    "{{" + expression + "}}",
                    "is reached through more than " + MAX_DEPTH
                            + " variables that refer to each other, more than are followed");
        }
        Optional<HttpEnvironment.Variable> fromEnvironment = environment.variable(expression);
        String raw = fromEnvironment
                .filter(HttpEnvironment.Variable::fromIntelliJ)
                .map(HttpEnvironment.Variable::value)
                .orElse(fileVariables.get(expression));
        if (raw == null) {
            raw = fromEnvironment.map(HttpEnvironment.Variable::value).orElse(null);
        }
        if (raw == null) {
            return new Failure(null, undefined(expression));
        }
        chain.push(expression);
        Resolved inner = resolve(raw, chain);
        chain.pop();
        Object outcome;
        if (inner.unresolved().isEmpty()) {
            outcome = inner.text();
        } else {
            Unresolved first = inner.unresolved().get(0);
            outcome = first.causeWritten() == null
                    ? new Failure(first.written(), first.causeReason())
                    : new Failure(first.causeWritten(), first.causeReason());
        }
        named.put(expression, outcome);
        return outcome;
    }

    private String undefined(String name) {
        Matcher request = REQUEST_VARIABLE.matcher(name);
        if (request.matches()) {
            return "is a request variable: its value comes from request '" + request.group(1) + "' when it is sent, "
                    + "which a check of the recording does not have"
                    + (requestNames.contains(request.group(1))
                            ? ""
                            : " (and no request of this file is named '" + request.group(1) + "')")
                    + "; for the check, write the value in its place";
        }
        if (prompts.contains(name)) {
            return "is asked for when the request is sent ('# @prompt " + name + "'), so a check of the recording "
                    + "does not know it; for the check, define it " + elsewhere(name);
        }
        if (handlerGlobals.contains(name)) {
            return "is set by a response handler (client.global.set) when a request is sent, which a check of the "
                    + "recording does not run; for the check, define it " + elsewhere(name);
        }
        return "is not defined: define it " + elsewhere(name);
    }

    /** Where a variable may be defined, naming where this run looked for it. */
    private String elsewhere(String name) {
        String inFile = "in this file ('@" + name + " = \u2026')";
        if (environment.name().isEmpty()) {
            return inFile + ", or in an IDE environment (http-client.env.json, http-client.private.env.json, or "
                    + "rest-client.environmentVariables in .vscode/settings.json) chosen with --env NAME; no "
                    + "environment was chosen"
                    + (environment.lookedIn().isEmpty() ? "" : " (" + environment.lookedIn() + ")");
        }
        return inFile + ", or in the environment '" + environment.name() + "'"
                + (environment.lookedIn().isEmpty() ? "" : ": it is not in " + environment.lookedIn());
    }
}
