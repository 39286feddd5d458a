package org.nemsrules.fhir;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.nemsrules.engine.Echo;

/**
 * The StAX factory every reader of FHIR XML uses: no DTD, no entity, nothing outside the document ever opened. One
 * place, so that every reader is hardened the same way.
 */
public final class HardenedXmlInput {
    /**
     * One factory per thread: the JDK does not promise that a shared factory is thread-safe, and making one per
     * document (with its security manager and property tables) was a tenth of the default path's allocation.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(HardenedXmlInput::create);

    private HardenedXmlInput() {}

    /** This thread's factory. */
    public static XMLInputFactory factory() {
        return FACTORY.get();
    }

    private static XMLInputFactory create() {
        // The JDK's own implementation, whatever else is on the class path: its security properties are known.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource '" + Echo.of(systemId) + "' refused");
        });
        return factory;
    }
}
