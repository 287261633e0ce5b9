package org.pressfacts.local.serve;

import java.net.URI;

/** What the local API runs on, for {@link AfterRequest} hooks: the table, its endpoint, and every function. */
public record Backend(URI dynamoEndpoint, String tableName, FunctionHost functions) {}
