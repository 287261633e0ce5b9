/** Tagging: entities, time expressions and facts found in an article's cleaned news text. */
package org.pressfacts.tagging;
