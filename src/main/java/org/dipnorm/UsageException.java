package org.dipnorm;

/** A bad command-line option or query parameter, naming it: exit code 2. */
public class UsageException extends DipnormException {
    public UsageException(String message) {
        super(message);
    }
}
