package org.pressfacts.feed;

/**
 * A fetch that produced nothing usable; the message is what the feed's status shows, so it says what and where
 * ("refused 10.0.0.5:80: it resolves to 10.0.0.5, private network (RFC 1918)").
 */
public final class FetchException extends Exception {

    private final int httpStatus;

    FetchException(String message) {
        this(message, 0);
    }

    FetchException(String message, int httpStatus) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status that caused it, or 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }
}
