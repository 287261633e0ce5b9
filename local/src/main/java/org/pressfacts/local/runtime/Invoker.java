package org.pressfacts.local.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Main class of `pressfacts invoke`'s child JVM: one cold start and its invocations, each with Lambda's REPORT line.
 * Reads the function's settings from the variables Lambda sets (_HANDLER, AWS_LAMBDA_FUNCTION_NAME,
 * AWS_LAMBDA_FUNCTION_MEMORY_SIZE). Stdout carries only the result JSON and the REPORT line; whatever the
 * handler prints goes to stderr, as its logs would go to CloudWatch.
 *
 * <p>Usage: {@code Invoker EVENT_FILE TIMEOUT_SECONDS [INVOCATIONS]}: the invocations after the first are warm ones,
 * in the same environment.
 */
public final class Invoker {

    private Invoker() {}

    public static void main(String[] args) throws IOException {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        int timeoutSeconds = Integer.parseInt(args[1]);
        int invocations = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String functionName = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        int memoryMb = Integer.parseInt(System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));

        FunctionRuntime function;
        try {
            function = FunctionRuntime.start(System.getenv("_HANDLER"), Invoker.class.getClassLoader());
        } catch (RuntimeException e) {
            e.printStackTrace();
            stdout.println(errorJson(e));
            System.exit(1);
            return;
        }
        // read only once the first invocation is done: loading java.management must not count in Init Duration
        double initMillis = -1;
        int status = 0;
        for (int i = 0; i < invocations; i++) {
            LocalContext context = LocalContext.of(functionName, memoryMb, timeoutSeconds, new StreamLogger(System.err));
            String result;
            long handlerNanos;
            long start = System.nanoTime();
            try {
                FunctionRuntime.Result r = function.invoke(event, context);
                result = r.text();
                handlerNanos = r.handlerNanos();
            } catch (RuntimeException e) {
                e.printStackTrace();
                result = errorJson(e);
                handlerNanos = System.nanoTime() - start;
                status = 1;
            }
            if (initMillis < 0) {
                Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
                initMillis = Duration.between(jvmStart, function.constructedAt()).toNanos() / 1e6;
            }
            double durationMillis = handlerNanos / 1e6;
            stdout.println(result);
            // like Lambda, only the first invocation of an environment reports its Init Duration
            stdout.println(String.format(Locale.ROOT,
                    "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB"
                            + "\tMax Memory Used: %d MB",
                    context.requestId(), durationMillis, (long) Math.ceil(durationMillis), memoryMb,
                    peakResidentMegabytes())
                    + (i == 0 ? String.format(Locale.ROOT, "\tInit Duration: %.2f ms", initMillis) : ""));
        }
        stdout.flush();
        System.exit(status);
    }

    /** VmHWM, the peak resident set of this process, which is what Lambda reports as Max Memory Used. */
    static long peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kilobytes + 1023) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: fall through to the JVM's own view, which misses native memory
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** The shape of Lambda's function error response. */
    static String errorJson(Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof IllegalStateException ? e.getCause() : e;
        return "{\"errorMessage\":" + quote(String.valueOf(cause.getMessage()))
                + ",\"errorType\":" + quote(cause.getClass().getName()) + "}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
