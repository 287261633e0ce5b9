/** The only code that knows DynamoDB: the single-table key design and one mapper per item type. */
package org.pressfacts.store;
