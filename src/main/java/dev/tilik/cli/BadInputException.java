package dev.tilik.cli;

/** Input Tilik cannot use; its message, already located, is shown as is and the exit status is 2. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
