package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nemsrules.recording.HttpFileReader;

/**
 * What the families' examination tests share (the requirement coverage: which rules say they examined a request):
 * the valid samples, the rules of one family that examined a request, and small edits of a sample.
 */
public final class Examinations {
    private Examinations() {}

    /** The text of {@code name} in sample-payloads/valid; the tests run in the module's directory. */
    public static String sample(String name) throws IOException {
        return Files.readString(Path.of("../sample-payloads/valid", name), StandardCharsets.UTF_8);
    }

    /**
     * The ids of the rules whose id starts with one of {@code prefixes} (a family: {@code "jwt."}) that examined the
     * first request of {@code http}, a {@code .http} file, sorted.
     */
    public static List<String> examined(NemsValidator validator, String http, String... prefixes) {
        return validator
                .validate(new HttpFileReader().read("x.http", http.getBytes(StandardCharsets.UTF_8)))
                .examinedBy(0)
                .stream()
                .filter(id -> Arrays.stream(prefixes).anyMatch(id::startsWith))
                .toList();
    }

    /** {@code text} with {@code part} replaced, which it must hold (an edit that matches nothing proves nothing). */
    public static String replaced(String text, String part, String replacement) {
        assertTrue(text.contains(part), part);
        return text.replace(part, replacement);
    }

    /**
     * The ids of {@code base} with {@code more} and without {@code less} (which {@code base} must hold), sorted as
     * {@link #examined} gives them.
     */
    public static List<String> adjusted(List<String> base, List<String> more, List<String> less) {
        List<String> ids = new ArrayList<>(base);
        ids.addAll(more);
        assertTrue(ids.containsAll(less), less::toString);
        ids.removeAll(less);
        return ids.stream().sorted().toList();
    }

    /** The ids, sorted as {@link #examined} gives them. */
    public static List<String> ids(String... ids) {
        return Arrays.stream(ids).sorted().toList();
    }
}
