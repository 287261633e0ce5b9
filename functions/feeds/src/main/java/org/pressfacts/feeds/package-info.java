/** FeedsFunction and FetchFeedsFunction: the feed registry's routes, and the scheduled run that reads the feeds. */
package org.pressfacts.feeds;
