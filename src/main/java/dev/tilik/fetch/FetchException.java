package dev.tilik.fetch;

/** One URL could not be added; the message says why in the user's terms (HTTP 404, host not found, timed out, not an article). */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for tests and for scripts reading the summary. */
    public enum Kind { BAD_URL, HTTP_STATUS, DNS, CONNECT, TIMEOUT, TOO_BIG, NOT_HTML, REDIRECTS, NOT_ARTICLE, IO }

    private final Kind kind;

    public FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
