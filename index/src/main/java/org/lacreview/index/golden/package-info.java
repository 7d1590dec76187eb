/**
 * Golden tests (question → expected intent, answer content or fallback, run against any
 * corpus) and threshold calibration: {@link org.lacreview.index.golden.CrossValidation}
 * asks held-out examples once at threshold 0,
 * {@link org.lacreview.index.golden.ThresholdSweep} scores those
 * {@link org.lacreview.index.golden.Observation}s at every threshold
 * ({@link org.lacreview.index.golden.Tally}), and
 * {@link org.lacreview.index.golden.NluBenchmark} turns an intent benchmark of Braun et
 * al. (2017) into a corpus.
 */
package org.lacreview.index.golden;
