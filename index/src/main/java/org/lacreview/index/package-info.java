/** The answer engine: from a question and the conversation so far to an answer drawn from the corpus. */
package org.lacreview.index;
