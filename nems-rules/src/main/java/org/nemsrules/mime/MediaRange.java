package org.nemsrules.mime;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * One entry of an {@code Accept} header: a media type or wildcard range and its weight.
 *
 * @param mediaType the range without its weight and anything after it
 * @param weight    the {@code q} value, 1 when not given; 0 means "not acceptable"
 */
public record MediaRange(MediaType mediaType, BigDecimal weight) {

    /** Whether this entry is acceptable at all: RFC 9110 reads {@code q=0} as "never send this". */
    public boolean isAcceptable() {
        return weight.signum() > 0;
    }

    /** The supported type this entry names directly (not through a wildcard), if acceptable. */
    public Optional<SupportedMediaType> namedSupportedType() {
        return isAcceptable() && !mediaType.isWildcard() ? mediaType.supportedType() : Optional.empty();
    }

    /** Whether this entry is an acceptable wildcard that lets NEMS choose one of the supported types. */
    public boolean isAdmittingWildcard() {
        return isAcceptable()
                && mediaType.isWildcard()
                && Arrays.stream(SupportedMediaType.values()).anyMatch(mediaType::admits);
    }

    /** Whether this entry admits at least one supported type, directly or through a wildcard. */
    public boolean admitsSupported() {
        return namedSupportedType().isPresent() || isAdmittingWildcard();
    }

    @Override
    public String toString() {
        return mediaType + (weight.compareTo(BigDecimal.ONE) == 0 ? "" : ";q=" + weight.toPlainString());
    }
}
