package org.lacreview.index.entity;

import java.util.List;

import org.lacreview.index.corpus.EntityValue;

/**
 * Something a question names: a value of a family ("la academia"), a date that may select values of several
 * families ("el 26 de abril"), or a date, year or number the corpus has nothing for ("el 29 de abril"), in
 * which case {@code values} is empty. {@code tag} is the family name, or "date"/"year" for dates.
 */
public record Mention(String tag, List<EntityValue> values, int start, int end, String text) {

	public Mention {
		values = List.copyOf(values);
	}

	/** Whether the document covers what is named: a known value that is not marked {@code in_document: false}. */
	public boolean isCovered() {
		return !values.isEmpty() && values.stream().allMatch(EntityValue::inDocument);
	}

	int length() {
		return end - start;
	}
}
