package org.pressfacts.local.invoke;

import org.pressfacts.local.LocalAws;
import org.pressfacts.local.LocalFunction;
import org.pressfacts.local.runtime.Invoker;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The command line and environment of one Lambda-like JVM for one function. */
record ChildJvm(LocalFunction function, LocalAws aws, List<Path> bootstrapClasspath, Path event, int invocations,
                List<String> aotFlags) {

    ChildJvm {
        aotFlags = List.copyOf(aotFlags);
    }

    /** JEP 514's one-step training run: the JVM writes the AOT cache of what this run loaded and linked when it exits. */
    static List<String> aotTraining(Path cache) {
        return List.of("-XX:AOTCacheOutput=" + cache);
    }

    /** JEP 483: start from the cache; the JVM silently ignores a cache that does not match this classpath and flags. */
    static List<String> aotCache(Path cache) {
        return List.of("-XX:AOTCache=" + cache);
    }

    /** Lambda's Java runtimes size the heap at about 85% of the function's memory, leaving room for metaspace and code. */
    static final int HEAP_PERCENT = 85;

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.add("-cp");
        command.add(String.join(File.pathSeparator,
                Stream.concat(Stream.of(function.jar()), bootstrapClasspath.stream()).map(Path::toString).toList()));
        command.add(Invoker.class.getName());
        command.add(event.toAbsolutePath().toString());
        command.add(Integer.toString(function.timeoutSeconds()));
        command.add(Integer.toString(invocations));
        return command;
    }

    /** The flags Lambda's java runtimes start with, then those of the AOT cache (training or use) if any. */
    List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(List.of(
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx" + function.memoryMb() * HEAP_PERCENT / 100 + "m"));
        // the AOT cache replaces the default CDS archive, and the JVM refuses -Xshare beside AOTCacheOutput
        flags.addAll(aotFlags.isEmpty() ? List.of("-Xshare:auto") : aotFlags);
        return flags;
    }

    /** Lambda's environment: the function's variables from template.yaml and what the service itself sets. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        // FEED_FETCH_ALLOW_HOSTS: the local-testing exemption template.yaml never sets, so only the caller can give it
        for (String inherited : List.of("PATH", "LANG", "TZ", "FEED_FETCH_ALLOW_HOSTS")) {
            String value = System.getenv(inherited);
            if (value != null) {
                env.put(inherited, value);
            }
        }
        env.putAll(aws.environment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("_HANDLER", function.handler());
        env.putAll(function.environment());
        return env;
    }
}
