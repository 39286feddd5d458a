package org.nemsrules.mime;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the media-type parser with {@code Content-Type} values and the {@code Accept} parser with {@code Accept}
 * values, and every question the {@code mime.*} rules ask of what they parsed (docs/fuzzing.md). The promise: any
 * value is parsed or answered with a problem, never an exception. The input is the header value as UTF-8; seeds are
 * the values of the sample recordings, in {@code MediaTypeFuzzTestInputs/<method>}.
 */
class MediaTypeFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void parsesAnyContentType(byte[] bytes) {
        MediaType.parse(new String(bytes, UTF_8)).value().ifPresent(MediaTypeFuzzTest::ask);
    }

    @FuzzTest(maxDuration = "3m")
    void parsesAnyAccept(byte[] bytes) {
        List<MediaRange> ranges =
                AcceptHeader.parse(new String(bytes, UTF_8)).value().orElse(List.of());
        for (MediaRange range : ranges) {
            range.isAcceptable();
            range.namedSupportedType();
            range.isAdmittingWildcard();
            range.admitsSupported();
            range.toString();
            ask(range.mediaType());
        }
    }

    private static void ask(MediaType type) {
        type.essence();
        type.charset();
        type.hasListedCharset();
        type.otherParameters();
        type.supportedType();
        type.isLiteral();
        type.isEquivalent();
        type.literalForm();
        type.declaredSyntax();
        type.nearestSupported();
        type.isWildcard();
        for (SupportedMediaType supported : SupportedMediaType.values()) {
            type.admits(supported);
        }
        type.toString();
    }
}
