/** What operators see: structured JSON log lines and CloudWatch Embedded Metric Format metrics, both on stdout. */
package org.pressfacts.observability;
