/** HTTP edge shared by every API function: RFC 9457 problems, JSON, and the API Gateway response envelope. */
package org.pressfacts.http;
