package org.lacreview.index;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * "De los talleres y las charlas, ¿qué porcentaje fueron charlas?": a share whose phrase
 * comes after two or more values of one family and before some of those same values is
 * the share of those after among those before, added up — not of the family's whole. The
 * values after are returned as the first group ({@link AskedOperation#firstGroup}) of a
 * share that excludes nothing, which {@link Shares#fill} reads so. Values of other
 * families may be named too ("de la feria"); a value named by a date or with others in
 * one mention ("los días de talleres") is not read. Part of reading the operation
 * ({@link OperationReader}).
 */
final class ShareAmongNamed {

	private final OperationPhrases phrases;

	ShareAmongNamed(OperationPhrases phrases) {
		this.phrases = phrases;
	}

	/** The share among the values named before its phrase; {@code asked} otherwise. */
	AskedOperation read(AskedOperation asked, Extraction question, String language) {
		Pattern share = phrases.in(language).get(Operation.SHARE);
		if (asked.operation() != Operation.SHARE || asked.excluding() || asked.whole().isPresent()
				|| !asked.firstGroup().isEmpty() || share == null) {
			return asked;
		}
		Matcher phrase = share.matcher(question.folded());
		if (!phrase.find()) {
			return asked;
		}
		List<Mention> single = question.mentions()
			.stream()
			.filter(m -> m.values().size() == 1 && !m.isDate() && m.isCovered())
			.toList();
		List<EntityValue> after = single.stream()
			.filter(m -> m.start() >= phrase.end())
			.map(m -> m.values().get(0))
			.distinct()
			.toList();
		if (after.isEmpty() || after.stream().map(EntityValue::family).distinct().count() != 1) {
			return asked;
		}
		String family = after.get(0).family();
		List<EntityValue> before = single.stream()
			.filter(m -> m.end() <= phrase.start() && m.values().get(0).family().equals(family))
			.map(m -> m.values().get(0))
			.distinct()
			.toList();
		boolean among = before.size() > after.size() && before.containsAll(after);
		return among ? asked.groupedBy(after.stream().map(EntityValue::id).toList()) : asked;
	}

}
