package org.pressfacts.local.serve;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * One function's own classes, from its built jar, as in its own Lambda container: two functions never share
 * a static field or a client. Only the Lambda interfaces and event types come from the host, so that the
 * host can hand events over and call the handler.
 */
final class FunctionClassLoader extends URLClassLoader {

    /** Event types come from the host, and with them the joda-time their dates are made of (ScheduledEvent). */
    private static final java.util.List<String> SHARED_WITH_HOST = java.util.List.of(
            "com.amazonaws.services.lambda.runtime.", "org.joda.time.");

    private final ClassLoader host;

    FunctionClassLoader(String functionName, Path jar, ClassLoader host) {
        super(functionName, new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (SHARED_WITH_HOST.stream().anyMatch(name::startsWith)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }
}
