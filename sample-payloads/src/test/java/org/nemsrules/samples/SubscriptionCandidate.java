package org.nemsrules.samples;

import java.util.Objects;
import org.nemsrules.fhir.DeepProfileValidator.Format;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.subscription.BodySyntax;

/**
 * One Subscription body both paths judge: a create body from a sample, or a variant generated from a valid
 * one.
 *
 * @param name        a readable name, used as the test name
 * @param interaction what the default path judges: the recorded create, or a bare resource holding the body
 * @param format      the syntax the body is really written in, which is what the deep path is told
 * @param valid       whether the body came from {@code valid/} (the variants start from those)
 */
record SubscriptionCandidate(String name, Interaction interaction, Format format, boolean valid) {

    SubscriptionCandidate {
        Objects.requireNonNull(name);
        Objects.requireNonNull(interaction);
        Objects.requireNonNull(format);
    }

    /** A recorded create; its syntax is sniffed as the subscription rules sniff it, not taken from Content-Type. */
    static SubscriptionCandidate recorded(String name, Interaction interaction, boolean valid) {
        return new SubscriptionCandidate(
                name, interaction, formatOf(interaction.body().text()), valid);
    }

    /** A generated body, judged by the default path as a bare resource file would be. */
    static SubscriptionCandidate generated(String name, String text, Format format) {
        Interaction bare =
                new Interaction(name, 0, Origin.BARE_RESOURCE, "POST", "", 1, Headers.none(), Body.of(text, 1));
        return new SubscriptionCandidate(name, bare, format, false);
    }

    String text() {
        return interaction.body().text();
    }

    private static Format formatOf(String text) {
        // Neither XML nor JSON: tell the deep path XML, which then refuses the body as the default path does.
        return BodySyntax.sniff(text)
                .map(s -> s == BodySyntax.JSON ? Format.JSON : Format.XML)
                .orElse(Format.XML);
    }

    @Override
    public String toString() {
        return name;
    }
}
