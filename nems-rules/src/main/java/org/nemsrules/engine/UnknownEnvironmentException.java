package org.nemsrules.engine;

/**
 * An IDE environment was chosen ({@code NemsValidator.Builder.httpEnvironment}) that no environment file of the
 * run's {@code .http} recordings defines: a mistake in how the run was asked for, like a path that does not exist,
 * so it is refused before anything is checked. The message is one line, with the environments the files define and
 * the nearest one to what was asked.
 */
public final class UnknownEnvironmentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownEnvironmentException(String message) {
        super(message);
    }
}
