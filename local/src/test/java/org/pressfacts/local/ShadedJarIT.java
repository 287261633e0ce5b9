package org.pressfacts.local;

import org.junit.jupiter.api.Test;
import org.pressfacts.testing.SamTemplate;

import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The minimized function jars keep what is only ever loaded by name: Rome's parsers (rome.properties) must still
 * parse a feed from inside feeds.jar alone, with nothing from the build's classpath.
 */
class ShadedJarIT {

    @Test
    void theFeedsJarStillParsesAFeedWithItsOwnClassesOnly() throws Exception {
        Path jar = SamTemplate.projectRoot().resolve("functions/feeds/target/feeds.jar");
        assertTrue(Files.exists(jar), "build the functions first: " + jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> input = loader.loadClass("com.rometools.rome.io.SyndFeedInput");
            Object parser = input.getConstructor().newInstance();
            String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>http://x.example/</link>"
                    + "<description>d</description><item><title>One</title><link>http://x.example/1</link></item>"
                    + "</channel></rss>";
            Object feed = input.getMethod("build", java.io.Reader.class).invoke(parser, new StringReader(rss));
            List<?> entries = (List<?>) feed.getClass().getMethod("getEntries").invoke(feed);
            assertEquals(1, entries.size());
        }
    }
}
