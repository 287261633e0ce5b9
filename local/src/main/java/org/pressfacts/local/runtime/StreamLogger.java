package org.pressfacts.local.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.io.PrintStream;

/** A LambdaLogger writing each message as one line, where CloudWatch would get one log event. */
public record StreamLogger(PrintStream out) implements LambdaLogger {

    @Override
    public void log(String message) {
        synchronized (out) {
            out.print(message);
            if (!message.endsWith("\n")) {
                out.println();
            }
            out.flush();
        }
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, java.nio.charset.StandardCharsets.UTF_8));
    }
}
