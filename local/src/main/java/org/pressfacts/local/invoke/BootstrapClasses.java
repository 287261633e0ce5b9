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
import java.util.stream.Stream;

/**
 * The child JVM's classpath beside the function's jar: the classes of the runtime package (copied out of
 * wherever this CLI runs from, so the child does not see the rest of its classpath) and aws-lambda-java-serialization.
 */
final class BootstrapClasses {

    private BootstrapClasses() {}

    /** @return classpath entries to put after the function's jar */
    static List<Path> install(Path dir) throws IOException {
        String packagePath = Invoker.class.getPackageName().replace('.', '/');
        Path source = codeSource(Invoker.class);
        if (Files.isDirectory(source)) {
            copy(source.resolve(packagePath), dir.resolve(packagePath));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(source)) {
                copy(jar.getPath(packagePath), dir.resolve(packagePath));
            }
        }
        return List.of(dir, codeSource(LambdaEventSerializers.class));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
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
