/** The corpus staff edit: its model, its loader from YAML and Markdown, and its validator. */
package org.lacreview.index.corpus;
