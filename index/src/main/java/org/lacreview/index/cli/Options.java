package org.lacreview.index.cli;

import java.util.ArrayList;
import java.util.List;

import org.lacreview.index.golden.CrossValidation;

/**
 * The arguments of {@code calibrate} and {@code nlu-benchmark}: paths, and
 * {@code --folds k} (default {@value CrossValidation#FOLDS}) and {@code --seed n}
 * (default 1) of the cross-validation, and {@code --settings}: choose the classifier
 * settings too ({@link org.lacreview.index.golden.SettingsSearch}).
 */
record Options(List<String> positional, int folds, long seed, boolean settings) {

	static final long SEED = 1;

	Options {
		positional = List.copyOf(positional);
	}

	/**
	 * @throws IllegalArgumentException naming an option without a number or with a bad
	 * one
	 */
	static Options parse(List<String> args) {
		List<String> positional = new ArrayList<>();
		int folds = CrossValidation.FOLDS;
		long seed = SEED;
		boolean settings = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--folds") || arg.equals("--seed")) {
				if (i + 1 == args.size() || !args.get(i + 1).matches("\\d{1,9}")) {
					throw new IllegalArgumentException(arg + " needs a whole number");
				}
				long value = Long.parseLong(args.get(++i));
				if (arg.equals("--seed")) {
					seed = value;
				}
				else if (value < 2) {
					throw new IllegalArgumentException("--folds needs at least 2");
				}
				else {
					folds = (int) value;
				}
			}
			else if (arg.equals("--settings")) {
				settings = true;
			}
			else {
				positional.add(arg);
			}
		}
		return new Options(positional, folds, seed, settings);
	}
}
