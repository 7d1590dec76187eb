/**
 * Test support: whole app instances started in the test JVM, and fresh PostgreSQL
 * databases.
 */
package org.lacreview.bot.support;
