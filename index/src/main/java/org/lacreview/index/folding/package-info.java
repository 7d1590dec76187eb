/**
 * The engine's one definition of a comparable word's letters
 * ({@link org.lacreview.index.folding.Folding}). A leaf: it depends on no other package
 * of the engine, so the corpus checks and the text analysis both use it without depending
 * on each other.
 */
package org.lacreview.index.folding;
