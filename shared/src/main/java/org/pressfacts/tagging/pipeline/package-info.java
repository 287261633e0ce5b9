/** Tagging stored article revisions: read the revision, tag its news text, save what was found; driven by the stream and the sweeper. */
package org.pressfacts.tagging.pipeline;
