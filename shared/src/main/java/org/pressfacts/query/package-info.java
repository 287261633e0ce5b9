/** The read API's rules: fact, entity, timeline and article listings with signed cursors, and entity search. */
package org.pressfacts.query;
