package org.lacreview.index;

/** An answer and the conversation state to keep for the next turn. */
public record Reply(Answer answer, DialogState state) {
}
