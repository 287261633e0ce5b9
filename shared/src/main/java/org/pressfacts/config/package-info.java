/** Settings read from the function's environment, as template.yaml sets them. */
package org.pressfacts.config;
