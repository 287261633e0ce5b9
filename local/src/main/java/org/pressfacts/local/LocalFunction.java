package org.pressfacts.local;

import org.pressfacts.testing.SamTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One function of template.yaml with Globals applied and every !Ref resolved: what a local run needs. */
public record LocalFunction(String logicalId, String handler, Path jar, Map<String, String> environment,
                           int memoryMb, int timeoutSeconds, List<SamTemplate.Route> routes) {

    public LocalFunction {
        environment = Map.copyOf(environment);
        routes = List.copyOf(routes);
    }

    /** The class part of {@code package.Class::handleRequest}. */
    public String handlerClass() {
        return handler.split("::", 2)[0];
    }
}
