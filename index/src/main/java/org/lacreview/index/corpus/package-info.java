/**
 * The corpus staff edit: its model ({@link org.lacreview.index.corpus.Corpus} and the
 * records it holds), its loader ({@link org.lacreview.index.corpus.CorpusLoader}, reading
 * each kind of file with its own reader through
 * {@link org.lacreview.index.corpus.CorpusFiles} and the limits of
 * {@link org.lacreview.index.corpus.CorpusYaml}), and its validator
 * ({@link org.lacreview.index.corpus.CorpusValidator}). Every error names its file and
 * line.
 */
package org.lacreview.index.corpus;
