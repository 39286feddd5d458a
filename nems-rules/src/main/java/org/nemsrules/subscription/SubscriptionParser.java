package org.nemsrules.subscription;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.Subscription;

/**
 * Reads a create body in two passes: a streaming scan of the syntax it really has (well-formed,
 * no DTD, bounded nesting, where each element starts), then either {@link DirectSubscriptionReader}, for a body
 * written only in the elements NEMS requests use, or else HAPI's STU3 parser with every strict error collected. HAPI runs only on a root that is a Subscription, so another resource type gives
 * one finding about the type rather than a list about its contents.
 */
final class SubscriptionParser {
    private static final Pattern HAPI_CODE = Pattern.compile("HAPI-\\d+: ");
    /**
     * Where HAPI's XML parser says it stopped: it writes the StAX location as that implementation prints it, the
     * JDK's ({@code Line number = 5 Column number = 14}) or Woodstox's ({@code [row,col {unknown-source}]: [5,14]}),
     * which HAPI picks whenever it is on the class path, as it is here.
     */
    private static final List<Pattern> HAPI_POSITIONS = List.of(
            Pattern.compile("Line number = (\\d+)\\s+Column number = (\\d+)", Pattern.DOTALL),
            Pattern.compile("\\[row,col [^\\]]*\\]: \\[(\\d+),(\\d+)\\]"));

    /** Either a readable body or the problems that make it unreadable (at least one). */
    record Outcome(Optional<SubscriptionBody> body, List<ParseProblem> problems) {}

    private SubscriptionParser() {}

    static Outcome parse(String body, BodyLines lines) {
        return parse(body, lines, true);
    }

    /**
     * @param direct whether a body {@link DirectSubscriptionReader} can read is read by it rather than by HAPI's
     *               parser; the tests that hold the two to the same result read each body both ways
     */
    static Outcome parse(String body, BodyLines lines, boolean direct) {
        // A byte order mark decoded into the text is no content; the parsers would call it one.
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        Optional<BodySyntax> syntax = BodySyntax.sniff(text);
        if (syntax.isEmpty()) {
            String start = text.strip();
            String firstLine = start.lines().findFirst().orElse("");
            return failed(new ParseProblem(
                    ParseProblem.NOT_WELL_FORMED,
                    "body",
                    "the body is neither XML nor JSON: "
                            + "it starts with '"
                            + (firstLine.length() > 20
                                    ? firstLine.substring(0, 20) + "..."
                                    : firstLine.length() < start.length() ? firstLine + "..." : firstLine)
                            + "'; expected a Subscription resource starting with '<' (XML) or '{' (JSON)",
                    1,
                    null));
        }
        BodyScan scan;
        try {
            scan = syntax.get() == BodySyntax.XML ? XmlBodyScanner.scan(text) : JsonBodyScanner.scan(text);
        } catch (BodyScan.Unreadable e) {
            return failed(e.problem());
        }
        boolean foreignNamespace = scan.namespace() != null
                && !scan.namespace().isEmpty()
                && !scan.namespace().equals(BodyScan.FHIR_NAMESPACE);
        if (!scan.rootName().equals("Subscription") || foreignNamespace) {
            return readable(new SubscriptionBody(syntax.get(), scan, Optional.empty(), lines, false));
        }
        // A JSON body's tree, read once for the direct reader and, when HAPI reads the body, the shape check.
        Optional<JsonNode> tree =
                syntax.get() == BodySyntax.JSON ? Optional.of(JsonBodyScanner.tree(text)) : Optional.empty();
        if (direct) {
            Optional<Subscription> read = tree.isPresent()
                    ? DirectSubscriptionReader.fromJson(tree.get())
                    : DirectSubscriptionReader.fromXml(scan);
            if (read.isPresent()) {
                return readable(new SubscriptionBody(syntax.get(), scan, read, lines, true));
            }
        }
        IParser parser = syntax.get() == BodySyntax.XML
                ? Stu3.context().newXmlParser()
                : Stu3.context().newJsonParser();
        CollectingErrorHandler errors = new CollectingErrorHandler(scan.locations());
        parser.setParserErrorHandler(errors);
        Subscription resource;
        try {
            resource = parser.parseResource(Subscription.class, text);
        } catch (DataFormatException e) {
            return failed(fromException(e));
        }
        List<ParseProblem> problems = Stream.concat(scan.problems().stream(), errors.problems().stream())
                .sorted(Comparator.comparingInt(ParseProblem::line))
                .toList();
        if (tree.isPresent()) {
            JsonShapeCheck.Result shape = JsonShapeCheck.check(Stu3.context(), tree.get(), scan.locations());
            if (!shape.isEmpty()) {
                // The shape check judges JSON types more thoroughly than HAPI, whose reports about them give way.
                problems = Stream.concat(shape.problems().stream(), errors.problemsBeside(shape).stream())
                        .sorted(Comparator.comparingInt(ParseProblem::line))
                        .toList();
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return readable(new SubscriptionBody(syntax.get(), scan, Optional.of(resource), lines, false));
    }

    /** A problem HAPI threw rather than reported: its message may hold the XML position. */
    static ParseProblem fromException(DataFormatException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int line = 0;
        Integer column = null;
        for (Pattern format : HAPI_POSITIONS) {
            Matcher position = format.matcher(message);
            if (position.find()) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2));
                // "DataFormatException at [<position>]: <what>": the finding has its own position, and the
                // exception's name means nothing to a user.
                int end = message.indexOf("]: ", position.end());
                message = end >= 0 ? message.substring(end + 3) : message;
                break;
            }
        }
        message = HAPI_CODE.matcher(message).replaceAll("").strip();
        return new ParseProblem(
                ParseProblem.NOT_STU3,
                "body",
                "HAPI FHIR cannot read the body as an STU3 " + "Subscription: " + message,
                line,
                column);
    }

    private static Outcome failed(ParseProblem problem) {
        return new Outcome(Optional.empty(), List.of(problem));
    }

    private static Outcome readable(SubscriptionBody body) {
        return new Outcome(Optional.of(body), List.of());
    }
}
