/** JMH benchmarks of the tagger's throughput and the knowledge base's load time, and their markdown report. */
package org.pressfacts.bench;
