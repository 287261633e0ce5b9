/** Recognition and linking: tokens, the gazetteer automaton, and the rules that turn matches into entities. */
package org.pressfacts.tagging.linking;
