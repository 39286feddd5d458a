package org.nemsrules.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Where the deep validator's profile, code system and value set come from. The project's own
 * resources are the default; a test may supply other XML (e.g. the official profile) to compare verdicts.
 */
public final class ConformanceResources {
    private static final String FOLDER = "/org/nemsrules/fhir/";
    /** The project's own definitions, written from the requirements digest; see the README beside them. */
    static final List<String> PROJECT_FILES = List.of(
            "EMS-Subscription-1.xml", "CodeSystem-NEMS-EventType.xml", "ValueSet-NEMS-SubscribableEventType.xml");

    private final Supplier<List<String>> xmlTexts;

    private ConformanceResources(Supplier<List<String>> xmlTexts) {
        this.xmlTexts = xmlTexts;
    }

    /** The project's own EMS-Subscription-1, event-type code system and value set, read from the classpath. */
    public static ConformanceResources project() {
        return new ConformanceResources(() ->
                PROJECT_FILES.stream().map(ConformanceResources::classpathText).toList());
    }

    /**
     * Conformance resources given as trusted XML texts (StructureDefinition, CodeSystem, ValueSet). Only meant
     * for files the project controls or has vetted: they are parsed with HAPI's own parser.
     */
    public static ConformanceResources ofXml(List<String> xmlTexts) {
        List<String> copy = List.copyOf(xmlTexts);
        return new ConformanceResources(() -> copy);
    }

    List<IBaseResource> parse(FhirContext context) {
        List<IBaseResource> resources = new ArrayList<>();
        for (String xml : xmlTexts.get()) {
            resources.add(context.newXmlParser().parseResource(xml));
        }
        return resources;
    }

    private static String classpathText(String name) {
        try (InputStream in = ConformanceResources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name + " (broken build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
