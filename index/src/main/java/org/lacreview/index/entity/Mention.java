package org.lacreview.index.entity;

import java.util.List;

import org.lacreview.index.corpus.EntityValue;

/**
 * Something a question names: a value of a family ("la prensa"), a date that may select
 * values of several families ("el 2 de mayo"), or a date, year or number the corpus has
 * nothing for ("el 9 de mayo"), in which case {@code values} is empty. {@code tag} is the
 * family name, or "date"/"year" for dates.
 */
public record Mention(String tag, List<EntityValue> values, boolean covered, int start, int end, String text) {

	public Mention {
		values = List.copyOf(values);
	}

	/**
	 * A mention is covered when it selects values and none is marked
	 * {@code in_document: false}.
	 */
	static Mention of(String tag, List<EntityValue> values, int start, int end, String text) {
		boolean covered = !values.isEmpty() && values.stream().allMatch(EntityValue::inDocument);
		return new Mention(tag, values, covered, start, end, text);
	}

	/** Whether the document covers what is named. */
	public boolean isCovered() {
		return covered;
	}

	/** Whether the date finder read it ("el 28", "the day after"), not a value's name. */
	public boolean isDate() {
		return tag.equals(EntityExtractor.DATE);
	}

	int length() {
		return end - start;
	}
}
