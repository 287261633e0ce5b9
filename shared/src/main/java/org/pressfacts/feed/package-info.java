/** News feeds: the registry, safe fetching, RSS/RDF/Atom parsing, and ingestion through the article path. */
package org.pressfacts.feed;
