package org.pressfacts.local.invoke;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.pressfacts.local.runtime.Invoker;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The child JVM's classpath beside the function's jar: the classes of the runtime package (copied out of
 * wherever this CLI runs from, so the child does not see the rest of its classpath) and aws-lambda-java-serialization.
 */
final class BootstrapClasses {

    private BootstrapClasses() {}

    /**
     * Writes the runtime package's classes into {@code dir/invoker.jar}: a jar, not a directory, because an AOT cache
     * (JEP 483) accepts only jars on the classpath.
     *
     * @return classpath entries to put after the function's jar
     */
    static List<Path> install(Path dir) throws IOException {
        String packagePath = Invoker.class.getPackageName().replace('.', '/');
        Path source = codeSource(Invoker.class);
        Path jar = dir.resolve("invoker.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (Files.isDirectory(source)) {
                copy(source.resolve(packagePath), packagePath, out);
            } else {
                try (FileSystem sourceJar = FileSystems.newFileSystem(source)) {
                    copy(sourceJar.getPath(packagePath), packagePath, out);
                }
            }
        }
        return List.of(jar, codeSource(LambdaEventSerializers.class));
    }

    private static void copy(Path from, String packagePath, JarOutputStream to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                to.putNextEntry(new JarEntry(packagePath + "/" + file.getFileName()));
                to.write(Files.readAllBytes(file));
                to.closeEntry();
            }
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
        }
    }
}
