/** Article submission: validation, canonical identity, cleaning to news text, revisions. */
package org.pressfacts.article;
