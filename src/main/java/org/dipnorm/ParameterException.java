package org.dipnorm;

/** A bad value of one named parameter (a query parameter, an API parameter): exit code 2, HTTP 400 naming it. */
public class ParameterException extends UsageException {
    private final String parameter;

    public ParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the bad parameter, as the user wrote it. */
    public String parameter() {
        return parameter;
    }
}
