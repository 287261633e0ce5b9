package org.pressfacts.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One handler instance, like one Lambda execution environment: built once by its no-arg constructor, then invoked
 * with event JSON. Events are read and results written with aws-lambda-java-serialization, as the Lambda Java
 * runtime does, so a handler sees exactly the objects it would see in AWS.
 */
public final class FunctionRuntime {

    private final String handlerClass;
    private final ClassLoader loader;
    private final Object handler;
    private final PojoSerializer<Object> input;
    private final PojoSerializer<Object> output;
    private final Instant constructedAt;

    /** What one invocation returned: the result JSON and how long handleRequest took. */
    public record Result(byte[] json, long handlerNanos) {
        public String text() {
            return new String(json, StandardCharsets.UTF_8);
        }
    }

    private FunctionRuntime(String handlerClass, ClassLoader loader, Object handler,
                            PojoSerializer<Object> input, PojoSerializer<Object> output, Instant constructedAt) {
        this.handlerClass = handlerClass;
        this.loader = loader;
        this.handler = handler;
        this.input = input;
        this.output = output;
        this.constructedAt = constructedAt;
    }

    /**
     * Loads and constructs the handler (the cold start).
     *
     * @param handlerSpec template.yaml's Handler: {@code package.Class::handleRequest} or {@code package.Class}
     */
    public static FunctionRuntime start(String handlerSpec, ClassLoader loader) {
        String[] parts = handlerSpec.split("::", 2);
        String className = parts[0];
        if (parts.length == 2 && !parts[1].equals("handleRequest")) {
            throw new IllegalArgumentException("handler " + handlerSpec
                    + ": only RequestHandler/RequestStreamHandler::handleRequest is supported locally");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class<?> type = Class.forName(className, true, loader);
            Object handler = type.getConstructor().newInstance();
            Instant constructedAt = Instant.now();
            if (handler instanceof RequestStreamHandler) {
                return new FunctionRuntime(className, loader, handler, null, null, constructedAt);
            }
            if (!(handler instanceof RequestHandler<?, ?>)) {
                throw new IllegalArgumentException(className + " implements neither RequestHandler nor RequestStreamHandler");
            }
            Type[] io = requestHandlerTypes(type);
            return new FunctionRuntime(className, loader, handler, serializer(io[0], loader), serializer(io[1], loader),
                    constructedAt);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("handler class " + className + " is not in the function's jar", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + className + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(className + " needs a public no-arg constructor, as Lambda requires", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public String handlerClass() {
        return handlerClass;
    }

    /** When the constructor returned: the end of Lambda's Init Duration. */
    public Instant constructedAt() {
        return constructedAt;
    }

    @SuppressWarnings("unchecked")
    public Result invoke(byte[] event, Context context) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            if (handler instanceof RequestStreamHandler streams) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long start = System.nanoTime();
                streams.handleRequest(new ByteArrayInputStream(event), out, context);
                return new Result(out.toByteArray(), System.nanoTime() - start);
            }
            Object request = input.fromJson(new ByteArrayInputStream(event));
            long start = System.nanoTime();
            Object response = ((RequestHandler<Object, Object>) handler).handleRequest(request, context);
            long elapsed = System.nanoTime() - start;
            if (response == null) {
                return new Result("null".getBytes(StandardCharsets.UTF_8), elapsed);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            output.toJson(response, out);
            return new Result(out.toByteArray(), elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The I and O of RequestHandler<I, O> as the handler class declares them; Object when they are not concrete. */
    static Type[] requestHandlerTypes(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        return new Type[] {Object.class, Object.class};
    }

    /** The Lambda runtime's choice: its own serializers for the aws-lambda-java-events types, plain Jackson otherwise. */
    @SuppressWarnings("unchecked")
    static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
        if (type instanceof Class<?> c && LambdaEventSerializers.isLambdaSupportedEvent(c.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(c, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
