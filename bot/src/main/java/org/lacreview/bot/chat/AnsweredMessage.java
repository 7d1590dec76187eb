package org.lacreview.bot.chat;

/** What the bot answered under a message id, so that feedback on it can name the question and intent. */
public record AnsweredMessage(String question, String intent, String language) {
}
