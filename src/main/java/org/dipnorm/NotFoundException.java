package org.dipnorm;

/** A named thing (a process, a query) that the store does not have: exit code 2 on the CLI, 404 over HTTP. */
public class NotFoundException extends UsageException {
    public NotFoundException(String message) {
        super(message);
    }
}
