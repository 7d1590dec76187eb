package org.lacreview.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The character trigrams of each term, with its start and end marked ("{@code <pr}",
 * "{@code pri}", … "{@code er>}" for "printer"), as fastText's subword features
 * (Bojanowski et al. 2017, "Enriching Word Vectors with Subword Information") at their
 * shortest: a term no example has still shares pieces with those that do ("printers",
 * "prnter"). Public, with a constructor without arguments, because OpenNLP re-creates a
 * model's feature generators from their class names.
 */
public final class CharacterTrigramFeatures implements FeatureGenerator {

	/** The length of each piece. */
	static final int LENGTH = 3;

	/** The prefix of every feature, so that none equals a term. */
	private static final String PREFIX = "c3=";

	/**
	 * @param text the analysed terms of a question or example
	 * @param extraInformation not used
	 * @return the trigrams of every term, in order, repeated as often as they occur
	 */
	@Override
	public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
		List<String> features = new ArrayList<>();
		for (String term : text) {
			String marked = '<' + term + '>';
			for (int i = 0; i + LENGTH <= marked.length(); i++) {
				features.add(PREFIX + marked.substring(i, i + LENGTH));
			}
		}
		return features;
	}

}
