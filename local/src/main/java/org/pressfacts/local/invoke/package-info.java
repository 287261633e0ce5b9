/** `pressfacts invoke`: one function, once, in a fresh JVM shaped like Lambda's, as `sam local invoke` would. */
package org.pressfacts.local.invoke;
