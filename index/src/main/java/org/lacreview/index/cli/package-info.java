/** The command line: ask, validate, golden, calibrate. */
package org.lacreview.index.cli;
