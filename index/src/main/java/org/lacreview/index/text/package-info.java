/**
 * Text per language: language detection
 * ({@link org.lacreview.index.text.LanguageDetector}, with
 * {@link org.lacreview.index.text.Words}), reading the question out of a message
 * ({@link org.lacreview.index.text.QuestionReader}) and the Lucene analysis shared by
 * indexing and querying ({@link org.lacreview.index.text.LanguageAnalyzer}), all on the
 * letters {@link org.lacreview.index.folding.Folding} defines.
 */
package org.lacreview.index.text;
