/**
 * The command line: ask, validate, golden, calibrate, nlu-benchmark (usage in
 * {@link org.lacreview.index.cli.Cli}).
 */
package org.lacreview.index.cli;
