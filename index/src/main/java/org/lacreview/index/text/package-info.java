/**
 * Text per language: language detection
 * ({@link org.lacreview.index.text.LanguageDetector}, making a
 * {@link org.lacreview.index.text.Detection}, with {@link org.lacreview.index.text.Words}
 * and {@link org.lacreview.index.text.WordPairs}), reading the question out of a message
 * ({@link org.lacreview.index.text.QuestionReader}, with {@code InformalSpellings} and
 * {@code QuestionSentences}, told by {@link org.lacreview.index.text.Statements} which
 * sentences asking nothing to keep), splitting a message into its questions
 * ({@link org.lacreview.index.text.QuestionSplitter}, with
 * {@link org.lacreview.index.text.SharedAsking},
 * {@link org.lacreview.index.text.ParallelTopics},
 * {@link org.lacreview.index.text.TopicList},
 * {@link org.lacreview.index.text.RequestList}, {@code ListSeparators},
 * {@code AccentedQuestionMarker} and {@code PlusSigns}), the kind of answer it asks for
 * ({@link org.lacreview.index.text.AskedKind}) and the Lucene analysis shared by indexing
 * and querying ({@link org.lacreview.index.text.LanguageAnalyzer}), all on the letters
 * {@link org.lacreview.index.folding.Folding} defines. Every stage makes its regular
 * expressions of the corpus's phrases with {@link org.lacreview.index.text.Phrases},
 * factored by their common beginnings ({@code PhraseTrie}).
 */
package org.lacreview.index.text;
