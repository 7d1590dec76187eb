/** The web chat API ({@code POST /api/chat}) and its JSON error replies. */
package org.lacreview.bot.web;
