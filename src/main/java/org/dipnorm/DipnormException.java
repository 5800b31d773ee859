package org.dipnorm;

/** Root of DipNorm's own exceptions; the CLI maps each subtype to an exit code. */
public class DipnormException extends RuntimeException {
    public DipnormException(String message) {
        super(message);
    }

    public DipnormException(String message, Throwable cause) {
        super(message, cause);
    }
}
