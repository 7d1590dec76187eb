/**
 * What users asked that the bot could not answer, grouped for staff and kept for a
 * limited time.
 */
package org.lacreview.bot.insights;
