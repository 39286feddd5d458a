package org.nemsrules.engine;

/** The public specification pages rules cite (the sources of the requirements digest). */
public final class SpecPages {
    private static final String EVENTS = "https://github.com/nhsconnect/Events-Management/blob/master/pages/";
    private static final String SPINE_CORE = "https://github.com/nhsconnect/FHIR-SpineCore/blob/master/pages/";

    public static final String GENERAL_GUIDANCE = EVENTS + "subscriptions/subscription_general_api_guidance.md";
    public static final String CREATE = EVENTS + "subscriptions/explore_create_subscription.md";
    public static final String READ = EVENTS + "subscriptions/explore_read_subscription.md";
    public static final String DELETE = EVENTS + "subscriptions/explore_delete_subscription.md";
    public static final String JWT = SPINE_CORE + "design/security_jwt.md";
    public static final String ERRORS = SPINE_CORE + "resources/resources_error_handling.md";
    /** RFC 9112, HTTP/1.1 message syntax: for recordings that are not well-formed HTTP messages. */
    public static final String HTTP_MESSAGE = "https://www.rfc-editor.org/rfc/rfc9112";
    /** HAR 1.2, the archive format browsers and proxies export. */
    public static final String HAR = "http://www.softwareishard.com/blog/har-12-spec/";

    private SpecPages() {}
}
