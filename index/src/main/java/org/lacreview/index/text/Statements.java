package org.lacreview.index.text;

import java.util.function.Predicate;

/**
 * How {@link QuestionReader#read(String, Predicate, Statements)} tells a sentence that
 * asks nothing but that the questions after it go on with ("120 came to the fair and 80
 * to the workshop. What's the gap?") from a preamble about the asker.
 *
 * @param namesValue whether a question names a value the bot answers about: such
 * questions do not lean on the sentences before them
 * @param computes whether a sentence asking nothing asks a computation or gives figures:
 * then it is read with the questions after it that name no value
 */
public record Statements(Predicate<String> namesValue, Predicate<String> computes) {
}
