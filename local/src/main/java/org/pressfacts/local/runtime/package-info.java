/**
 * The invoker bootstrap: hosts one handler and calls it with JSON the way the Lambda Java runtime does. It is copied
 * onto the classpath of `invoke`'s child JVM beside the function's jar, so it may use only the JDK,
 * aws-lambda-java-core (which every function jar carries) and aws-lambda-java-serialization.
 */
package org.pressfacts.local.runtime;
