package org.pressfacts.local.serve;

/**
 * Called by the local API after each request a function handled, once its response has been sent: the place
 * to do what AWS would do asynchronously, e.g. deliver the table's changes as DynamoDB stream events to the
 * tagging function through {@link Backend#functions()} (dynalite has no streams). A hook that throws is logged
 * and does not affect the client.
 */
@FunctionalInterface
public interface AfterRequest {

    void afterRequest(HandledRequest request, Backend backend) throws Exception;
}
