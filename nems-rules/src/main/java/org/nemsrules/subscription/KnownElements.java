package org.nemsrules.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of FHIR STU3 that a NEMS Subscription is usually written in: the Subscription, its channel, and the
 * three datatypes it holds (Meta, ContactPoint, Coding), each with all its children in the order of the STU3
 * definitions, and which of those children {@link DirectSubscriptionReader} reads without HAPI's parser.
 *
 * <p>These are facts of the STU3 specification, restated so that the default path needs no HAPI
 * {@code FhirContext}, whose set-up is the largest part of a cold one-file run. {@code KnownElementsTest} holds every
 * list here to HAPI's own STU3 definitions, so the table cannot drift from them.
 */
final class KnownElements {
    /** How {@link DirectSubscriptionReader} treats a child. */
    enum Kind {
        /** A primitive, written as a {@code value} attribute in XML and as a string in JSON. */
        PRIMITIVE,
        /** An element whose children are one of the types here. */
        COMPOSITE,
        /** Part of STU3 but not read directly: a body that has it goes to HAPI's parser. */
        LEFT_TO_HAPI
    }

    /**
     * One child of a type.
     *
     * @param name    its element name
     * @param repeats whether it may occur more than once
     * @param kind    how the direct reader treats it
     * @param type    for a {@link Kind#COMPOSITE} child, the type of its children
     */
    record Child(String name, boolean repeats, Kind kind, Optional<Type> type) {}

    /** A type: its children in the order of the definition, the first being {@code id}. */
    static final class Type {
        private final Optional<String> name;
        private final boolean resource;
        private final List<Child> children;

        /**
         * @param name     the type's name in messages ({@code ContactPoint}), or empty for the Subscription and for an
         *                 element defined inside it ({@code Subscription.channel}), which have no type name of their
         *                 own
         * @param resource whether it is a resource, whose id is an element; a datatype's id is an XML attribute
         * @param children every child, in the order of the definition
         */
        Type(Optional<String> name, boolean resource, List<Child> children) {
            this.name = name;
            this.resource = resource;
            this.children = List.copyOf(children);
        }

        Optional<String> name() {
            return name;
        }

        List<Child> children() {
            return children;
        }

        /** The child named {@code name} that the direct reader reads, if any. */
        Optional<Child> readable(String name) {
            for (Child child : children) {
                if (child.name().equals(name)) {
                    return child.kind() == Kind.LEFT_TO_HAPI ? Optional.empty() : Optional.of(child);
                }
            }
            return Optional.empty();
        }

        /**
         * The order FHIR XML gives the children, as {@link ElementOrder} computes it from HAPI's definitions. Not
         * cached, unlike {@link ElementOrder}'s use of it, so that a test sees what it computes.
         */
        ElementOrder.Children order() {
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                String child = children.get(i).name();
                if (resource || !child.equals("id")) {
                    index.put(child, i);
                    shown.add(child);
                }
            }
            return new ElementOrder.Children(Map.copyOf(index), List.copyOf(shown));
        }
    }

    static final Type CODING = datatype(
            "Coding",
            hapi("extension", true),
            primitive("system"),
            primitive("version"),
            primitive("code"),
            primitive("display"),
            // A boolean: JSON writes it as true or false, not as a string.
            hapi("userSelected", false));

    static final Type META = datatype(
            "Meta",
            hapi("extension", true),
            primitive("versionId"),
            primitive("lastUpdated"),
            new Child("profile", true, Kind.PRIMITIVE, Optional.empty()),
            hapi("security", true),
            hapi("tag", true));

    static final Type CONTACT_POINT = datatype(
            "ContactPoint",
            hapi("extension", true),
            primitive("system"),
            primitive("value"),
            primitive("use"),
            // A positiveInt: JSON writes it as a number.
            hapi("rank", false),
            hapi("period", false));

    static final Type CHANNEL = new Type(
            Optional.empty(),
            false,
            List.of(
                    hapi("id", false),
                    hapi("extension", true),
                    hapi("modifierExtension", true),
                    primitive("type"),
                    primitive("endpoint"),
                    primitive("payload"),
                    new Child("header", true, Kind.PRIMITIVE, Optional.empty())));

    static final Type SUBSCRIPTION = new Type(
            Optional.empty(),
            true,
            List.of(
                    // HAPI qualifies a resource's id with its type and meta.versionId; so does the direct reader.
                    primitive("id"),
                    composite("meta", false, META),
                    hapi("implicitRules", false),
                    hapi("language", false),
                    hapi("text", false),
                    hapi("contained", true),
                    hapi("extension", true),
                    hapi("modifierExtension", true),
                    primitive("status"),
                    composite("contact", true, CONTACT_POINT),
                    primitive("end"),
                    primitive("reason"),
                    primitive("criteria"),
                    primitive("error"),
                    composite("channel", false, CHANNEL),
                    composite("tag", true, CODING)));

    private KnownElements() {}

    private static Type datatype(String name, Child... children) {
        List<Child> all = new ArrayList<>();
        all.add(hapi("id", false));
        all.addAll(List.of(children));
        return new Type(Optional.of(name), false, List.copyOf(all));
    }

    private static Child primitive(String name) {
        return new Child(name, false, Kind.PRIMITIVE, Optional.empty());
    }

    private static Child composite(String name, boolean repeats, Type type) {
        return new Child(name, repeats, Kind.COMPOSITE, Optional.of(type));
    }

    private static Child hapi(String name, boolean repeats) {
        return new Child(name, repeats, Kind.LEFT_TO_HAPI, Optional.empty());
    }
}
