package org.lacreview.index;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a phrase asking for the values in order gives way to a phrase after it that
 * says more: the other order's ("rank the days, lowest first" lists the fewest first), or
 * a difference's ("rank the days and tell me the gap between the first and the last" asks
 * the gap). A phrase within a count's bound ("more than 100") says neither. Part of the
 * reading of operations ({@link OperationReader}).
 */
final class OrdersGivingWay {

	private final CountBounds bounds;

	OrdersGivingWay(CountBounds bounds) {
		this.bounds = bounds;
	}

	/**
	 * Whether {@code operation}, an order's found at {@code at} in {@code folded}, gives
	 * way; false for any other operation.
	 * @param byOperation the language's phrases, by operation
	 */
	boolean givesWay(Operation operation, int at, Map<Operation, Pattern> byOperation, String folded, String language) {
		if (operation != Operation.ORDER_MOST && operation != Operation.ORDER_LEAST) {
			return false;
		}
		Operation other = operation == Operation.ORDER_MOST ? Operation.ORDER_LEAST : Operation.ORDER_MOST;
		return saidAfter(byOperation.get(other), at, folded, language)
				|| saidAfter(byOperation.get(Operation.DIFFERENCE), at, folded, language);
	}

	/** Whether a phrase of {@code pattern} starts after {@code at}, outside a bound. */
	private boolean saidAfter(Pattern pattern, int at, String folded, String language) {
		if (pattern == null) {
			return false;
		}
		Matcher after = pattern.matcher(folded);
		int from = at + 1;
		while (from <= folded.length() && after.find(from)) {
			if (!bounds.covers(folded, language, after.start(), after.end())) {
				return true;
			}
			from = after.start() + 1;
		}
		return false;
	}

}
