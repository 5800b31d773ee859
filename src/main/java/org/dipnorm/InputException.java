package org.dipnorm;

import java.nio.file.Path;

/** Bad input data (a file that does not parse, data that does not validate): exit code 1. */
public class InputException extends DipnormException {
    public InputException(String message) {
        super(message);
    }

    /** An error at a position in a file, reported as {@code file:line:col: message}. */
    public static InputException at(Path file, long line, long col, String message) {
        String where = line > 0 ? file + ":" + line + (col > 0 ? ":" + col : "") : file.toString();
        return new InputException(where + ": " + message);
    }
}
