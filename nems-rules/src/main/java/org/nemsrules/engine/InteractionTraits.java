package org.nemsrules.engine;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.model.InteractionClassification;

/** The interaction a request is, as the engine classifies it: the one trait every request has. */
final class InteractionTraits implements TraitReader {
    static final String RESOURCE = "resource";
    static final String UNSUPPORTED = "unsupported";

    @Override
    public void read(RuleContext context, Consumer<Trait> out) {
        out.accept(new Trait(Dimension.INTERACTION, of(context)));
    }

    private static String of(RuleContext context) {
        if (!context.interaction().origin().hasHttpEnvelope()) {
            return RESOURCE;
        }
        InteractionClassification classification = context.classification();
        return classification.isSupported() ? classification.kind().name().toLowerCase(Locale.ROOT) : UNSUPPORTED;
    }

    @Override
    public List<Trait> expected() {
        return List.of(
                new Trait(Dimension.INTERACTION, "create"),
                new Trait(Dimension.INTERACTION, "read"),
                new Trait(Dimension.INTERACTION, "delete"));
    }
}
