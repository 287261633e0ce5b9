/** The knowledge base: countries, places, organizations, regions, people and summits, loaded from kb/*.tsv. */
package org.pressfacts.tagging.kb;
