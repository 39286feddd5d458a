package org.nemsrules.samples;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.dstu3.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.dstu3.model.InstantType;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Subscription;
import org.hl7.fhir.dstu3.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.dstu3.model.Subscription.SubscriptionStatus;
import org.nemsrules.fhir.DeepProfileValidator.Format;

/**
 * Variants of the valid sample Subscriptions, each with one fault, each written in XML and in JSON: every element
 * the profile or the create page cares about removed in turn, given a wrong code, or joined by an element that
 * must not be there; and, at the level of the text, where a model cannot express the fault, an element written
 * twice or one STU3 does not know.
 */
final class SubscriptionVariants {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();
    private static final Pattern STRING_TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(\\s*:)?");

    /** A fault applied to a copy of the parsed resource. */
    private record ModelFault(String name, Consumer<Subscription> apply) {}

    /** A fault applied to the serialised text, one way for each syntax. */
    private record TextFault(String name, UnaryOperator<String> xml, UnaryOperator<String> json) {}

    private static final List<ModelFault> MODEL_FAULTS = List.of(
            new ModelFault("without status", s -> s.setStatusElement(null)),
            new ModelFault("without contact", s -> s.getContact().clear()),
            new ModelFault("without contact.system", s -> firstContact(s).setSystemElement(null)),
            new ModelFault("without contact.value", s -> firstContact(s).setValueElement(null)),
            new ModelFault("without contact.use", s -> firstContact(s).setUseElement(null)),
            new ModelFault("without reason", s -> s.setReasonElement(null)),
            new ModelFault("without criteria", s -> s.setCriteriaElement(null)),
            new ModelFault("without channel", s -> s.setChannel(null)),
            new ModelFault("without channel.type", s -> s.getChannel().setTypeElement(null)),
            new ModelFault("without channel.endpoint", s -> s.getChannel().setEndpointElement(null)),
            new ModelFault("without meta.profile", s -> s.getMeta().getProfile().clear()),
            new ModelFault("status active", s -> s.setStatus(SubscriptionStatus.ACTIVE)),
            new ModelFault("status off", s -> s.setStatus(SubscriptionStatus.OFF)),
            new ModelFault("contact.system email", s -> firstContact(s).setSystem(ContactPointSystem.EMAIL)),
            new ModelFault("contact.use home", s -> firstContact(s).setUse(ContactPointUse.HOME)),
            new ModelFault("contact.value a bare ODS code", s -> firstContact(s).setValue("A99968")),
            new ModelFault("channel.type rest-hook", s -> s.getChannel().setType(SubscriptionChannelType.RESTHOOK)),
            new ModelFault("with error", s -> s.setError("Delivery to the mailbox failed")),
            new ModelFault(
                    "with tag",
                    s -> s.addTag().setSystem("https://example.org/tags").setCode("site123")),
            new ModelFault(
                    "with a contained Patient",
                    s -> s.addContained(new Patient().setActive(true).setId("child"))),
            new ModelFault(
                    "with a second contact without system",
                    s -> s.addContact(
                            new ContactPoint().setValue("0113 496 0000").setUse(ContactPointUse.WORK))),
            new ModelFault(
                    "with a second contact without use",
                    s -> s.addContact(new ContactPoint()
                            .setSystem(ContactPointSystem.PHONE)
                            .setValue("0113 496 0000"))),
            new ModelFault("with id", s -> s.setId("a1b2c3d4e5f6")),
            new ModelFault("with meta.versionId", s -> s.getMeta().setVersionId("1")),
            new ModelFault(
                    "with meta.lastUpdated",
                    s -> s.getMeta().setLastUpdatedElement(new InstantType("2026-01-05T09:00:00+00:00"))),
            new ModelFault("with end a bare date", s -> s.getEndElement().setValueAsString("2026-12-31")));

    /** A Provenance as FHIR's dom-3 wants a contained resource: it refers to its container. */
    private static final String PROVENANCE_XML = "<contained><Provenance><id value=\"p1\"/><target><reference "
            + "value=\"#\"/></target><recorded value=\"2026-01-05T09:00:00+00:00\"/><agent><whoReference><display "
            + "value=\"Riverside PAS\"/></whoReference></agent></Provenance></contained>";

    private static final String PROVENANCE_JSON = "\"contained\": [{\"resourceType\": \"Provenance\", \"id\": "
            + "\"p1\", \"target\": [{\"reference\": \"#\"}], \"recorded\": \"2026-01-05T09:00:00+00:00\", "
            + "\"agent\": [{\"whoReference\": {\"display\": \"Riverside PAS\"}}]}],";

    private static final List<TextFault> TEXT_FAULTS = List.of(
            // HAPI writes no element whose value is blank, so blank values are made in the text.
            new TextFault(
                    "reason blank",
                    xml -> blankValue(xml, "<reason value=\""),
                    json -> blankValue(json, "\"reason\": \"")),
            new TextFault(
                    "criteria blank",
                    xml -> blankValue(xml, "<criteria value=\""),
                    json -> blankValue(json, "\"criteria\": \"")),
            new TextFault(
                    "channel.endpoint blank",
                    xml -> blankValue(xml, "<endpoint value=\""),
                    json -> blankValue(json, "\"endpoint\": \"")),
            new TextFault(
                    "with a contained Provenance that refers to the Subscription",
                    xml -> insertBefore(xml, "<status ", PROVENANCE_XML),
                    json -> insertBefore(json, "\"status\":", PROVENANCE_JSON)),
            new TextFault(
                    "with a contained Provenance nothing refers to",
                    xml -> insertBefore(xml, "<status ", PROVENANCE_XML.replace("value=\"#\"", "value=\"#p1\"")),
                    json -> insertBefore(json, "\"status\":", PROVENANCE_JSON.replace("\"#\"", "\"#p1\""))),
            new TextFault(
                    "status written twice",
                    xml -> duplicateLine(xml, "<status "),
                    json -> duplicateLine(json, "\"status\":")),
            new TextFault(
                    "reason written twice",
                    xml -> duplicateLine(xml, "<reason "),
                    json -> duplicateLine(json, "\"reason\":")),
            new TextFault(
                    "channel.type written twice",
                    xml -> duplicateLine(xml, "<type "),
                    json -> duplicateLine(json, "\"type\":")),
            new TextFault(
                    "an unknown element channelType",
                    xml -> insertBefore(xml, "<channel>", "<channelType value=\"message\"/>"),
                    json -> insertBefore(json, "\"channel\":", "\"channelType\": \"message\",")),
            new TextFault(
                    "the R4 element topic",
                    xml -> insertBefore(xml, "<channel>", "<topic value=\"http://example.org/topic\"/>"),
                    json -> insertBefore(json, "\"channel\":", "\"topic\": \"http://example.org/topic\",")),
            // FHIR XML fixes the order of elements; JSON has none, so its variant stays valid on both paths.
            new TextFault(
                    "criteria written before reason",
                    xml -> swapLines(xml, "<reason ", "<criteria "),
                    json -> swapLines(json, "\"reason\":", "\"criteria\":")),
            new TextFault(
                    "contact.value written before contact.system",
                    xml -> swapLines(xml, "<system ", "<value "),
                    json -> swapLines(json, "\"system\":", "\"value\":")));

    private SubscriptionVariants() {}

    /**
     * The variants of every differently built resource among {@code valid}. Valid bodies that hold the same
     * elements and differ only in their values (another ODS code, other criteria) give one set of variants, named
     * after the first: the profile judges elements and codes, the faults replace the values the element rules
     * judge, and each variant costs a full instance validation per profile.
     */
    static List<SubscriptionCandidate> of(List<SubscriptionCandidate> valid) {
        Map<String, SubscriptionCandidate> sourceByShape = new LinkedHashMap<>();
        Map<String, Subscription> resources = new LinkedHashMap<>();
        for (SubscriptionCandidate candidate : valid) {
            Subscription parsed = parse(candidate);
            String shape = shape(parsed);
            if (!resources.containsKey(shape)) {
                resources.put(shape, parsed);
                sourceByShape.put(shape, candidate);
            }
        }
        List<SubscriptionCandidate> variants = new ArrayList<>();
        resources.forEach(
                (shape, resource) -> variants.addAll(of(sourceByShape.get(shape).name(), resource)));
        return List.copyOf(variants);
    }

    /** The resource's JSON with every string value emptied: which elements it has, not what they say. */
    private static String shape(Subscription resource) {
        // Each match is a whole string token, so keys (followed by ':') and values never get out of step.
        return STRING_TOKEN
                .matcher(FHIR.newJsonParser().encodeResourceToString(resource))
                .replaceAll(m -> m.group(1) != null ? Matcher.quoteReplacement(m.group()) : "\"\"");
    }

    private static List<SubscriptionCandidate> of(String source, Subscription base) {
        List<SubscriptionCandidate> variants = new ArrayList<>();
        for (Format format : Format.values()) {
            String unchanged = encode(base, format);
            variants.add(
                    SubscriptionCandidate.generated(name(source, "re-encoded by HAPI", format), unchanged, format));
            for (ModelFault fault : MODEL_FAULTS) {
                Subscription copy = base.copy();
                fault.apply().accept(copy);
                variants.add(changed(source, fault.name(), format, unchanged, encode(copy, format)));
            }
            for (TextFault fault : TEXT_FAULTS) {
                String text = (format == Format.XML ? fault.xml() : fault.json()).apply(unchanged);
                variants.add(changed(source, fault.name(), format, unchanged, text));
            }
        }
        return variants;
    }

    /** Fails when a fault left the text as it was (HAPI dropping what was added, say): it would test nothing. */
    private static SubscriptionCandidate changed(
            String source, String fault, Format format, String unchanged, String text) {
        String name = name(source, fault, format);
        if (text.equals(unchanged)) {
            throw new IllegalStateException("the variant '" + name + "' is the unchanged body; the fault was lost");
        }
        return SubscriptionCandidate.generated(name, text, format);
    }

    private static String name(String source, String fault, Format format) {
        return source + ": " + fault + " (" + format + ")";
    }

    private static ContactPoint firstContact(Subscription s) {
        return s.getContactFirstRep();
    }

    private static Subscription parse(SubscriptionCandidate candidate) {
        IParser parser = candidate.format() == Format.XML ? FHIR.newXmlParser() : FHIR.newJsonParser();
        return parser.parseResource(Subscription.class, candidate.text());
    }

    private static String encode(Subscription resource, Format format) {
        IParser parser = format == Format.XML ? FHIR.newXmlParser() : FHIR.newJsonParser();
        return parser.setPrettyPrint(true).encodeResourceToString(resource);
    }

    private static String duplicateLine(String text, String marker) {
        int at = lineStart(text, marker);
        int end = text.indexOf('\n', at) + 1;
        return text.substring(0, end) + text.substring(at, end) + text.substring(end);
    }

    /** The value that starts right after {@code prefix}, replaced by white space. */
    private static String blankValue(String text, String prefix) {
        int start = text.indexOf(prefix);
        if (start < 0) {
            throw new IllegalStateException("no '" + prefix + "' in the body to vary:\n" + text);
        }
        start += prefix.length();
        int end = text.indexOf('"', start);
        return text.substring(0, start) + "   " + text.substring(end);
    }

    private static String insertBefore(String text, String marker, String line) {
        int at = lineStart(text, marker);
        return text.substring(0, at) + line + "\n" + text.substring(at);
    }

    /** {@code text} with the lines holding {@code first} and {@code second} (in that order) swapped. */
    private static String swapLines(String text, String first, String second) {
        int a = lineStart(text, first);
        int aEnd = text.indexOf('\n', a) + 1;
        int b = lineStart(text, second);
        int bEnd = text.indexOf('\n', b) + 1;
        if (b < aEnd) {
            throw new IllegalStateException("'" + second + "' is not on a line after '" + first + "':\n" + text);
        }
        return text.substring(0, a)
                + text.substring(b, bEnd)
                + text.substring(aEnd, b)
                + text.substring(a, aEnd)
                + text.substring(bEnd);
    }

    private static int lineStart(String text, String marker) {
        int found = text.indexOf(marker);
        if (found < 0) {
            throw new IllegalStateException("no '" + marker + "' in the body to vary:\n" + text);
        }
        return text.lastIndexOf('\n', found) + 1;
    }
}
