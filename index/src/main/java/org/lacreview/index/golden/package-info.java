/** Golden tests: question → expected intent, answer content or fallback, run against any corpus. */
package org.lacreview.index.golden;
