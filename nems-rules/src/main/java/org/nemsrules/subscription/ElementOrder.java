package org.nemsrules.subscription;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildChoiceDefinition;
import ca.uhn.fhir.context.RuntimeChildContainedResources;
import ca.uhn.fhir.context.RuntimeChildExtension;
import ca.uhn.fhir.context.RuntimeResourceBlockDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order FHIR XML gives the children of each element, and the elements of an XML body written out of it.
 * FHIR's XML format (the STU3 "XML Representation" page) says elements appear in the order of the definitions: a
 * Subscription lists status, contact, end, reason, criteria, error, channel, tag in that order. HAPI's
 * parser reads elements in any order, so the order is taken from HAPI's own STU3 runtime definitions, whose child
 * lists follow the definitions (extension and modifierExtension after the inherited Resource and DomainResource
 * elements, before the type's own), rather than from a list of our own.
 *
 * <p>Like HAPI's instance validator, each element is compared with the element written just before it: an element
 * that belongs earlier than its predecessor is out of order. So one element moved far from its place gives one
 * finding, where the element after it is.
 */
final class ElementOrder {
    /**
     * One element written out of order.
     *
     * @param element    the element that belongs earlier than the one written before it
     * @param after      the name of the element written before it
     * @param parentPath where its parent is, as users read paths ({@code Subscription.contact[0]})
     * @param parentType the parent's FHIR type ({@code ContactPoint}), or empty for the Subscription itself and for
     *                   an element defined inside it ({@code Subscription.channel}), which have no type name of
     *                   their own
     * @param expected   the parent's children in the order FHIR XML wants them
     */
    record Misplaced(
            ElementLocations.Entry element,
            String after,
            String parentPath,
            Optional<String> parentType,
            List<String> expected) {}

    /**
     * The children of one definition: each XML element name (every name of a choice such as {@code valueString})
     * with the index of its child definition, and the names in order as a user reads them ({@code value[x]}).
     */
    record Children(Map<String, Integer> index, List<String> shown) {}

    /** A definition whose children are ordered: HAPI's, or one of {@link KnownElements}. */
    private sealed interface Definition {
        Children children();

        Optional<String> typeName();
    }

    private record Hapi(BaseRuntimeElementCompositeDefinition<?> definition) implements Definition {
        @Override
        public Children children() {
            return CHILDREN.computeIfAbsent(definition, ElementOrder::children);
        }

        @Override
        public Optional<String> typeName() {
            boolean named = !(definition instanceof RuntimeResourceBlockDefinition)
                    && !definition.getName().equals("Subscription");
            return named ? Optional.of(definition.getName()) : Optional.empty();
        }
    }

    private record Known(KnownElements.Type type) implements Definition {
        @Override
        public Children children() {
            return KNOWN_CHILDREN.computeIfAbsent(type, KnownElements.Type::order);
        }

        @Override
        public Optional<String> typeName() {
            return type.name();
        }
    }

    private static final Map<BaseRuntimeElementCompositeDefinition<?>, Children> CHILDREN = new ConcurrentHashMap<>();
    /** Keyed by the type itself: the five types are constants, compared by identity. */
    private static final Map<KnownElements.Type, Children> KNOWN_CHILDREN = new ConcurrentHashMap<>();

    private final Optional<FhirContext> context;
    private final Map<String, List<ElementLocations.Entry>> byParent = new HashMap<>();
    private final List<Misplaced> misplaced = new ArrayList<>();

    private ElementOrder(Optional<FhirContext> context, ElementLocations locations) {
        this.context = context;
        for (ElementLocations.Entry entry : locations.entries()) {
            int dot = entry.key().lastIndexOf('.');
            // Attributes (id, url, value) are not ordered in XML.
            if (dot > 0 && !entry.name().startsWith("@")) {
                byParent.computeIfAbsent(entry.key().substring(0, dot), k -> new ArrayList<>())
                        .add(entry);
            }
        }
    }

    /** The elements of a Subscription's XML body written out of order, in document order. */
    static List<Misplaced> of(FhirContext context, ElementLocations locations) {
        ElementOrder order = new ElementOrder(Optional.of(context), locations);
        order.check("Subscription[0]", new Hapi(context.getResourceDefinition("Subscription")));
        return List.copyOf(order.misplaced);
    }

    /**
     * The same for a body written only in {@link KnownElements} (one {@link DirectSubscriptionReader} read): judged
     * by that table, without HAPI's definitions.
     */
    static List<Misplaced> ofKnown(ElementLocations locations) {
        ElementOrder order = new ElementOrder(Optional.empty(), locations);
        order.check("Subscription[0]", new Known(KnownElements.SUBSCRIPTION));
        return List.copyOf(order.misplaced);
    }

    private void check(String parentKey, Definition definition) {
        List<ElementLocations.Entry> written = byParent.getOrDefault(parentKey, List.of());
        Children children = definition.children();
        ElementLocations.Entry previous = null;
        int previousIndex = -1;
        for (ElementLocations.Entry element : written) {
            Integer index = children.index().get(element.name());
            if (index == null) {
                continue; // an element STU3 does not know is the parser's to report
            }
            if (previous != null && index < previousIndex) {
                misplaced.add(new Misplaced(
                        element,
                        previous.name(),
                        ElementLocations.display(parentKey),
                        definition.typeName(),
                        children.shown()));
            }
            previous = element;
            previousIndex = index;
            if (definition instanceof Hapi hapi) {
                BaseRuntimeChildDefinition child = hapi.definition().getChildByName(element.name());
                if (child != null) {
                    descend(element, child);
                }
            } else if (definition instanceof Known known) {
                known.type()
                        .readable(element.name())
                        .flatMap(KnownElements.Child::type)
                        .ifPresent(type -> check(element.key(), new Known(type)));
            }
        }
    }

    private void descend(ElementLocations.Entry element, BaseRuntimeChildDefinition child) {
        if (child instanceof RuntimeChildContainedResources) {
            // <contained> holds one resource element, named by its type, ordered by that type's definition.
            for (ElementLocations.Entry resource : byParent.getOrDefault(element.key(), List.of())) {
                try {
                    check(resource.key(), new Hapi(context.orElseThrow().getResourceDefinition(resource.name())));
                } catch (RuntimeException unknownType) {
                    // An unknown resource type is the parser's to report.
                }
            }
            return;
        }
        BaseRuntimeElementDefinition<?> type = child.getChildByName(element.name());
        if (type instanceof BaseRuntimeElementCompositeDefinition<?> composite
                && type.getChildType() != BaseRuntimeElementDefinition.ChildTypeEnum.RESOURCE) {
            check(element.key(), new Hapi(composite));
        }
    }

    /** Not cached, unlike {@link #check}'s use of it, so that a test sees what it computes. */
    static Children children(BaseRuntimeElementCompositeDefinition<?> definition) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        List<BaseRuntimeChildDefinition> all = definition.getChildren();
        for (int i = 0; i < all.size(); i++) {
            BaseRuntimeChildDefinition child = all.get(i);
            for (String name : child.getValidChildNames()) {
                index.put(name, i);
            }
            if (!isAttribute(definition, child.getElementName())) {
                // HAPI models extension lists as choices too; only value[x] and its kin are written so.
                boolean choice =
                        child instanceof RuntimeChildChoiceDefinition && !(child instanceof RuntimeChildExtension);
                shown.add(child.getElementName() + (choice ? "[x]" : ""));
            }
        }
        // An attribute's name is no element name: an element so named is unknown, not ordered.
        index.keySet().removeIf(name -> isAttribute(definition, name));
        return new Children(Map.copyOf(index), List.copyOf(shown));
    }

    /** FHIR XML writes an element's id and an extension's url as attributes; a resource's id is an element. */
    private static boolean isAttribute(BaseRuntimeElementCompositeDefinition<?> definition, String name) {
        return (name.equals("id") && !(definition instanceof RuntimeResourceDefinition))
                || (name.equals("url") && definition.getName().equals("Extension"));
    }
}
