package org.lacreview.index;

/**
 * A name (intent, section) with the score the engine gave it, for traces and suggestions.
 */
public record Scored(String name, double score) {
}
