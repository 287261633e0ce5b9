/** TagArticleFunction and SweepPendingFunction: the stream consumer that tags new revisions, and its safety net. */
package org.pressfacts.tag;
