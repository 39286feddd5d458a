package org.nemsrules.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nemsrules.fhir.HardenedXmlInput;

/**
 * Whether a bare {@code .json} or {@code .xml} file met while walking a directory starts like a FHIR resource, judged
 * from its first {@link #PREFIX_BYTES} bytes only: a source tree also holds {@code package.json},
 * {@code tsconfig.json} and {@code logback-test.xml}, which are not recordings and must not be reported as broken
 * Subscriptions.
 *
 * <p>JSON is a resource when its top-level object has a {@code resourceType} member. XML is one when its root element
 * is in the FHIR namespace {@code http://hl7.org/fhir}, or is named {@code Subscription} (a Subscription missing its
 * namespace is a mistake the rules report, not a file to pass over). The XML parser reads no DTD and expands no
 * entity: it stops at the root element.
 *
 * <p>A prefix that cannot be parsed that far (a recording broken on purpose, or one whose start is longer than the
 * prefix) is judged by its text: it is read when the prefix holds {@code "resourceType"} (JSON) or the FHIR namespace
 * or {@code <Subscription} (XML), since reading a broken recording reports what is wrong with it, and skipped
 * otherwise. A file that cannot be read at all is kept, so that reading it reports why.
 */
final class FhirResourcePrefix {
    /** How much of a file is read to judge it: a FHIR resource names its type within its first lines. */
    static final int PREFIX_BYTES = 64 * 1024;

    static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    private FhirResourcePrefix() {}

    /** Whether the file is judged by this class: a bare resource by its extension ({@code .json}, {@code .xml}). */
    static boolean judges(Path file) {
        return RecordingReader.format(file) == RecordingReader.Format.BARE_RESOURCE;
    }

    /** Whether {@code file} should be read as a recording; {@code true} when it cannot even be read. */
    static boolean looksLikeResource(Path file) {
        byte[] prefix;
        try (InputStream in = Files.newInputStream(file)) {
            prefix = in.readNBytes(PREFIX_BYTES);
        } catch (IOException | SecurityException e) {
            return true;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? json(prefix) : xml(prefix);
    }

    static boolean json(byte[] prefix) {
        try (JsonParser parser = Json.FACTORY.createParser(prefix)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return byText(prefix, "\"resourceType\"");
            }
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT) {
                    return false;
                }
                if ("resourceType".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Broken, commented (tsconfig.json) or cut off by the prefix: the text decides.
        }
        return byText(prefix, "\"resourceType\"");
    }

    static boolean xml(byte[] prefix) {
        XMLStreamReader reader = null;
        try {
            reader = HardenedXmlInput.factory().createXMLStreamReader(new StringReader(text(prefix)));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return FHIR_NAMESPACE.equals(reader.getNamespaceURI())
                            || "Subscription".equals(reader.getLocalName());
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            return byText(prefix, FHIR_NAMESPACE) || byText(prefix, "<Subscription");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Nothing was opened but the array.
                }
            }
        }
    }

    /** Made when a JSON file is first judged, not when any file is: a walk may meet none. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private static boolean byText(byte[] prefix, String marker) {
        return text(prefix).contains(marker);
    }

    /**
     * The prefix as characters: UTF-16 when a byte order mark says so, else UTF-8, bytes that are not replaced. The
     * XML parser is given these characters rather than the bytes, since the JDK's prints "[Fatal Error] …" on
     * standard error when it meets bytes that are not in its encoding; a prefix may also end inside a character.
     */
    private static String text(byte[] prefix) {
        Charset charset = StandardCharsets.UTF_8;
        if (prefix.length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else if (prefix.length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        }
        String text = new String(prefix, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
