/** Browser tests of the chat widget in real Chromium. */
package org.lacreview.bot.widget;
