package org.nemsrules.jwt;

import java.util.List;
import java.util.function.Consumer;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.Trait;
import org.nemsrules.engine.Trait.Dimension;
import org.nemsrules.engine.TraitReader;

/**
 * Whether a request's readable JWT names a requesting user, for the coverage matrix: a system acting for a person
 * and a system acting alone are judged differently ({@code sub} against one or the other, R-JWT-06; R-JWT-15), and assurance asks to
 * see each.
 */
public final class TokenTraits implements TraitReader {
    static final String WITH = "with";
    static final String WITHOUT = "without";

    @Override
    public void read(RuleContext context, Consumer<Trait> out) {
        context.view(BearerToken.VIEW)
                .value()
                .ifPresent(token -> out.accept(
                        new Trait(Dimension.REQUESTING_USER, token.has("requesting_user") ? WITH : WITHOUT)));
    }

    @Override
    public List<Trait> expected() {
        return List.of(new Trait(Dimension.REQUESTING_USER, WITH), new Trait(Dimension.REQUESTING_USER, WITHOUT));
    }
}
