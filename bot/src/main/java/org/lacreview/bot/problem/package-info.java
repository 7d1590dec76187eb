/**
 * The one shape of every HTTP error of the app: an RFC 9457 problem
 * ({@code application/problem+json}) with an {@code error} code the pages and scripts
 * test, built the same way by controllers, exception handlers and filters.
 */
package org.lacreview.bot.problem;
