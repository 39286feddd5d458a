package org.nemsrules.subscription;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.View;
import org.nemsrules.engine.ViewKey;
import org.nemsrules.model.Body;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.model.Origin;

/**
 * The body of a create request (or a bare resource file) read as a FHIR STU3 resource, with where
 * each element is written so that rules can report on its line.
 *
 * <p>The view is absent when there is nothing to read: not a create (read, delete and unsupported
 * requests have their own rules), or no body ({@code http.*} reports that). It fails when the body
 * is not well-formed, holds a DTD, nests too deep, or HAPI rejects it as STU3; only
 * {@code subscription.unparseable} reports that. A well-formed body whose root is another resource
 * is present, without a {@link Subscription}: {@code subscription.wrong-resource-type} reports it and
 * the element rules skip it.
 *
 * <p>The HAPI model is mutable; rules only read it.
 */
public final class SubscriptionBody {
    public static final ViewKey<SubscriptionBody> VIEW =
            ViewKey.of("the Subscription resource", SubscriptionBody::read);

    private final BodySyntax syntax;
    private final BodyScan scan;
    private final Optional<Subscription> resource;
    private final BodyLines lines;
    private final boolean readDirectly;

    SubscriptionBody(
            BodySyntax syntax, BodyScan scan, Optional<Subscription> resource, BodyLines lines, boolean readDirectly) {
        this.syntax = syntax;
        this.scan = scan;
        this.resource = resource;
        this.lines = lines;
        this.readDirectly = readDirectly;
    }

    static View<SubscriptionBody> read(Interaction interaction) {
        if (interaction.kind() != InteractionKind.CREATE) {
            return View.absent("only the body of a create is a Subscription");
        }
        if (interaction.body().text().isBlank()) {
            return View.absent("the create has no body");
        }
        BodyLines lines = BodyLines.of(interaction);
        SubscriptionParser.Outcome outcome =
                SubscriptionParser.parse(interaction.body().text(), lines);
        if (outcome.body().isPresent()) {
            return View.of(outcome.body().get());
        }
        ParseProblem first = outcome.problems().get(0);
        SourcePosition at = lines.at(first.line(), first.column());
        return View.failed(first.message(), at.line(), at.column());
    }

    /**
     * A Subscription written in an answer recorded after {@code interaction} (NEMS's answer to a read), read as a
     * create's body is: the same hardened scan and parser, with positions in the recording. Present when it is
     * well-formed (a Subscription or another resource, as for a create); failed, with the first problem, when not.
     */
    public static View<SubscriptionBody> readAnswer(Interaction interaction, Body answer) {
        BodyLines lines = new BodyLines(answer.line(), interaction.origin() == Origin.HAR || !answer.linesAsRecorded());
        SubscriptionParser.Outcome outcome = SubscriptionParser.parse(answer.text(), lines);
        if (outcome.body().isPresent()) {
            return View.of(outcome.body().get());
        }
        ParseProblem first = outcome.problems().get(0);
        SourcePosition at = lines.at(first.line(), first.column());
        return View.failed(first.message(), at.line(), at.column());
    }

    /**
     * Every problem that makes the body of {@code interaction} unreadable, at recording positions.
     * The engine's failed view holds only the first; a broken body is read again to list them all,
     * so only broken bodies pay for the second pass.
     */
    static List<Located> problems(Interaction interaction) {
        BodyLines lines = BodyLines.of(interaction);
        return SubscriptionParser.parse(interaction.body().text(), lines).problems().stream()
                .map(p -> new Located(p, lines.at(p.line(), p.column())))
                .toList();
    }

    /**
     * Reads a small Subscription in XML and in JSON and loads the event type catalogue, so that what the first body
     * costs (HAPI's STU3 context, which initialises every STU3 resource class, its parsers, the catalogue's JSON) is
     * paid ahead. A process calls it on a thread of its own as it starts, beside its other set-up; a body read
     * meanwhile waits for the same work rather than doing it twice. Judges nothing and keeps nothing.
     */
    public static void warmUp() {
        BodyLines lines = new BodyLines(1, false);
        SubscriptionParser.parse(WARM_UP_XML, lines);
        SubscriptionParser.parse(WARM_UP_JSON, lines);
        EventTypeCatalogue.standard();
    }

    /** The smallest readable Subscriptions, one per syntax, that {@link #warmUp()} reads. */
    static final String WARM_UP_XML = "<Subscription xmlns=\"http://hl7.org/fhir\"><status value=\"requested\"/>"
            + "<criteria value=\"/Bundle?type=message\"/><channel><type value=\"message\"/></channel>"
            + "</Subscription>";

    static final String WARM_UP_JSON = "{\"resourceType\":\"Subscription\",\"status\":\"requested\","
            + "\"criteria\":\"/Bundle?type=message\",\"channel\":{\"type\":\"message\"}}";

    /** A parse problem and where it is in the recording. */
    record Located(ParseProblem problem, SourcePosition position) {}

    public BodySyntax syntax() {
        return syntax;
    }

    /** The root element's local name (XML) or the {@code resourceType} (JSON); empty when JSON has none. */
    public String rootName() {
        return scan.rootName();
    }

    /** The root element's namespace, empty when it has none; empty for JSON, which has no namespaces. */
    public Optional<String> namespace() {
        return Optional.ofNullable(scan.namespace());
    }

    /** Whether the body is a Subscription that was read into HAPI's STU3 model. */
    public boolean isSubscription() {
        return resource.isPresent();
    }

    /** The Subscription; only when {@link #isSubscription()}. */
    public Subscription subscription() {
        return resource.orElseThrow(
                () -> new IllegalStateException("the body is a " + rootName() + ", not a Subscription"));
    }

    /**
     * Whether {@link DirectSubscriptionReader} read it, so that every element is one of {@link KnownElements} and
     * HAPI's definitions are not needed to judge it.
     */
    boolean readDirectly() {
        return readDirectly;
    }

    /** Where each element of the body is written, in document order. */
    ElementLocations locations() {
        return scan.locations();
    }

    /** Whether the element at {@code path} (e.g. {@code Subscription.contact[0].use}) is written in the body. */
    public boolean has(String path) {
        return scan.locations().at(path).isPresent();
    }

    /**
     * Where the element at {@code path} is written; for an element that is not there, where its
     * nearest written ancestor is; else the body's first line.
     */
    public SourcePosition position(String path) {
        return scan.locations()
                .nearest(path)
                .map(e -> lines.at(e.line(), e.column()))
                .orElseGet(this::start);
    }

    /** The body's first line. */
    public SourcePosition start() {
        return lines.at(0, null);
    }
}
