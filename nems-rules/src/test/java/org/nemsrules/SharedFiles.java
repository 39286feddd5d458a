package org.nemsrules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files kept beside the checkout, in a {@code shared} folder, that the project must not copy: the official NHS FHIR
 * files ({@code shared/reference/fhir}) and the requirements digest ({@code shared/spec}). Tests that read them skip
 * when they are absent, as on a plain clone.
 */
public final class SharedFiles {
    /** The official NHS FHIR files' folder, below {@code shared}. */
    public static final String FHIR = "reference/fhir";

    private SharedFiles() {}

    /**
     * The file or folder at {@code relative} below the {@code shared} folder of the working directory or the nearest
     * directory above it that has one.
     */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
