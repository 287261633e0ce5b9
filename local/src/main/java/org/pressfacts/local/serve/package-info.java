/** `pressfacts serve`: template.yaml's API on loopback, each route handled in-process by its function's jar. */
package org.pressfacts.local.serve;
