/**
 * Text per language: language detection
 * ({@link org.lacreview.index.text.LanguageDetector}, making a
 * {@link org.lacreview.index.text.Detection}, with
 * {@link org.lacreview.index.text.Words}), reading the question out of a message
 * ({@link org.lacreview.index.text.QuestionReader}), the kind of answer it asks for
 * ({@link org.lacreview.index.text.AskedKind}) and the Lucene analysis shared by indexing
 * and querying ({@link org.lacreview.index.text.LanguageAnalyzer}), all on the letters
 * {@link org.lacreview.index.folding.Folding} defines.
 */
package org.lacreview.index.text;
