/** Time expressions in news text ("on Thursday", "last week", "since March"), resolved against the dateline. */
package org.pressfacts.tagging.dates;
