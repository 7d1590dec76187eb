/**
 * The Telegram channel: turns updates into questions for the chat service and answers
 * into Telegram messages.
 */
package org.lacreview.bot.telegram;
