package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The rules a validator runs: the built-in ones plus any a supplier adds through
 * {@link ServiceLoader} ({@code META-INF/services/org.nemsrules.engine.Rule}). Immutable; rules
 * are kept sorted by id so that runs are reproducible whatever order they were found in.
 */
public final class RuleCatalog {
    private final Map<String, Rule> rules;

    private RuleCatalog(Collection<? extends Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(Rule::id)).forEach(rule -> {
            Rule previous = byId.putIfAbsent(rule.id(), rule);
            if (previous != null) {
                throw new IllegalStateException("two rules share the id '" + rule.id() + "': "
                        + previous.getClass().getName() + " and "
                        + rule.getClass().getName());
            }
        });
        this.rules = java.util.Collections.unmodifiableMap(byId);
    }

    /**
     * The rules that come with NEMS Rules, new instances. The engine names none of them: it loads the library's
     * {@link BuiltInRuleProvider} with its own class loader, which is the one that holds the library wherever it runs
     * (the command line's shaded jar, the Maven plugin's class realm, a user's class path).
     */
    public static List<Rule> builtInRules() {
        List<Rule> all = new ArrayList<>();
        ServiceLoader.load(BuiltInRuleProvider.class, BuiltInRuleProvider.class.getClassLoader())
                .forEach(provider -> all.addAll(provider.rules()));
        if (all.isEmpty()) {
            throw new IllegalStateException("the built-in rules were not found: no "
                    + "META-INF/services/" + BuiltInRuleProvider.class.getName()
                    + " beside the NEMS Rules classes (a shaded jar must merge service files)");
        }
        return List.copyOf(all);
    }

    /**
     * The readers of every request's {@link Trait}s: the engine's own (the interaction) first, then those of the
     * built-in families.
     */
    public static List<TraitReader> builtInTraitReaders() {
        List<TraitReader> all = new ArrayList<>();
        all.add(new InteractionTraits());
        ServiceLoader.load(BuiltInRuleProvider.class, BuiltInRuleProvider.class.getClassLoader())
                .forEach(provider -> all.addAll(provider.traitReaders()));
        return List.copyOf(all);
    }

    /** Only the built-in rules. */
    public static RuleCatalog builtIn() {
        return new RuleCatalog(builtInRules());
    }

    /** The built-in rules and those registered with {@link ServiceLoader} on the given class loader. */
    public static RuleCatalog discover(ClassLoader loader) {
        List<Rule> all = new ArrayList<>(builtInRules());
        try {
            ServiceLoader.load(Rule.class, loader).forEach(all::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a custom rule could not be loaded: " + e.getMessage(), e);
        }
        return new RuleCatalog(all);
    }

    /** The built-in rules and those registered on the context class loader. */
    public static RuleCatalog discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : RuleCatalog.class.getClassLoader());
    }

    public static RuleCatalog of(Collection<? extends Rule> rules) {
        return new RuleCatalog(rules);
    }

    /** All rules, sorted by id. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<RuleMetadata> metadata() {
        return rules.values().stream().map(Rule::metadata).toList();
    }
}
