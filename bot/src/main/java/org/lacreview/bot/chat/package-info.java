/**
 * The one chat service every channel calls: the live engine and each session's
 * conversation context.
 */
package org.lacreview.bot.chat;
