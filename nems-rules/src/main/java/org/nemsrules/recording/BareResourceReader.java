package org.nemsrules.recording;

import java.util.List;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * Reads a bare FHIR resource file ({@code .xml}, {@code .json}) as the body of a create request.
 * There is no request line and there are no headers, so the rules about those stay silent
 * rather than report them missing.
 */
public final class BareResourceReader {
    public Recording read(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            return Recording.unreadable(file, decoded.problem());
        }
        if (decoded.text().isBlank()) {
            return new Recording(file, List.of(), List.of());
        }
        Interaction create = new Interaction(
                file, 0, Origin.BARE_RESOURCE, "POST", "", 1, Headers.none(), Body.of(decoded.text(), 1));
        return new Recording(file, List.of(create), List.of());
    }
}
