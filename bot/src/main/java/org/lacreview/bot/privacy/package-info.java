/**
 * What identifies a person is taken out of a text before the bot stores it (questions,
 * feedback comments).
 */
package org.lacreview.bot.privacy;
