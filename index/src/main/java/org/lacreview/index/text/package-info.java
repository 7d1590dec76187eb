/** Text analysis per language: accent folding, Lucene analyzers, and language detection. */
package org.lacreview.index.text;
