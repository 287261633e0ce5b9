/** The dev-only command line (bin/pressfacts): runs template.yaml's functions on this machine against dynalite. */
package org.pressfacts.local;
