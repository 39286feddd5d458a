package org.nemsrules.simulator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.nemsrules.mime.BodySyntax;
import org.nemsrules.mime.SupportedMediaType;

/**
 * The media type of an answer. The first of the four supported types that {@code Accept} names (in the order it
 * names them; a wildcard or a type NEMS does not support chooses nothing); else the request's own
 * {@code Content-Type}, when it is supported; else {@code application/xml+fhir}, which NEMS assumes when a request
 * names none (R-MIME-03). The answer always says {@code ;charset=utf-8}.
 */
final class AnswerFormat {
    private static final FhirContext FHIR = FhirContext.forDstu3Cached();

    private final SupportedMediaType type;

    private AnswerFormat(SupportedMediaType type) {
        this.type = type;
    }

    /** One format of each syntax, XML and JSON: what a warm-up encodes once. */
    static List<AnswerFormat> all() {
        return List.of(new AnswerFormat(SupportedMediaType.FHIR_XML), new AnswerFormat(SupportedMediaType.FHIR_JSON));
    }

    static AnswerFormat of(SimulatedRequest request) {
        Optional<SupportedMediaType> accepted = request.header("Accept").flatMap(AnswerFormat::firstSupported);
        Optional<SupportedMediaType> sent = request.header("Content-Type").flatMap(AnswerFormat::firstSupported);
        return new AnswerFormat(accepted.or(() -> sent).orElse(SupportedMediaType.XML_FHIR));
    }

    /** The format of a request's own body, by its {@code Content-Type}; XML when it names none NEMS supports. */
    static AnswerFormat ofBody(SimulatedRequest request) {
        return new AnswerFormat(request.header("Content-Type")
                .flatMap(AnswerFormat::firstSupported)
                .orElse(SupportedMediaType.XML_FHIR));
    }

    private static Optional<SupportedMediaType> firstSupported(String header) {
        for (String element : header.split(",", -1)) {
            String essence = element.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            Optional<SupportedMediaType> supported = SupportedMediaType.ofEssence(essence);
            if (supported.isPresent()) {
                return supported;
            }
        }
        return Optional.empty();
    }

    /** The {@code Content-Type} of the answer, e.g. {@code application/fhir+json;charset=utf-8}. */
    String contentType() {
        return type.essence() + ";charset=" + SupportedMediaType.CHARSET;
    }

    SupportedMediaType type() {
        return type;
    }

    IParser parser() {
        return type.syntax() == BodySyntax.Kind.JSON ? FHIR.newJsonParser() : FHIR.newXmlParser();
    }

    String encode(IBaseResource resource) {
        return parser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
