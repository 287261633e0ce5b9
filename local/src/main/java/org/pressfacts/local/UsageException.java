package org.pressfacts.local;

/** Bad command-line arguments: the message is shown with the command's usage, and the exit code is 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
