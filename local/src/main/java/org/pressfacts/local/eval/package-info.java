/** Dev-only tagging runs: tag one article to JSON, and measure the tagger against an annotated corpus. */
package org.pressfacts.local.eval;
