/** Structured facts (visits, summits, sanctions commitments) extracted from tagged sentences. */
package org.pressfacts.tagging.facts;
