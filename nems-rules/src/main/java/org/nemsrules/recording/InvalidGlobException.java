package org.nemsrules.recording;

/**
 * A glob that cannot be read, such as {@code [} or <code>&#123;a,b</code>: the message names the glob and what is wrong with it,
 * so that a command line or a build can put the option or parameter in front of it.
 */
public final class InvalidGlobException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String glob;
    private final String problem;

    InvalidGlobException(String glob, String problem) {
        super("'" + glob + "': " + problem);
        this.glob = glob;
        this.problem = problem;
    }

    /** The glob as it was given. */
    public String glob() {
        return glob;
    }

    /** What is wrong with it, in words, with the character where it was found. */
    public String problem() {
        return problem;
    }
}
