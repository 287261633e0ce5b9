package org.pressfacts.local.serve;

/** One API request as a function handled it; {@code resource} is the route's path template. */
public record HandledRequest(String requestId, String functionName, String method, String resource, String path,
                             int statusCode, String responseBody) {}
