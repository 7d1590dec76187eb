package org.lacreview.index.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code messages.yml}: what the bot says when it does not answer from an intent
 * ({@link Messages}).
 */
final class MessagesReader {

	private MessagesReader() {
	}

	/**
	 * @param info the corpus's settings, to check every language has its sentences; null
	 * when they failed
	 * @throws CorpusException naming the line of a missing key or of a language without
	 * its sentence
	 */
	static Messages read(YamlNode doc, CorpusInfo info) {
		YamlNode spoken = doc.require("languages_spoken");
		Localized languagesSpoken = spoken.localized();
		if (info != null) {
			info.languages().stream().filter(l -> !languagesSpoken.has(l)).findFirst().ifPresent(l -> {
				throw spoken.error("languages_spoken has no text in '" + l + "'");
			});
		}
		return new Messages(doc.require("fallback").localized(), doc.require("unknown_value").localized(),
				doc.get("source_label").map(YamlNode::localized).orElse(Localized.NONE),
				doc.get("default_suggestions").map(YamlNode::texts).orElse(List.of()), languagesSpoken,
				doc.get("fallback_suggestions").map(YamlNode::localized).orElse(Localized.NONE),
				doc.get("part_missing").map(YamlNode::localized).orElse(Localized.NONE), computed(doc),
				doc.get("document_quote").map(YamlNode::localized).orElse(Localized.NONE));
	}

	private static Map<String, Localized> computed(YamlNode doc) {
		Map<String, Localized> computed = new LinkedHashMap<>();
		doc.get("computed")
			.ifPresent(
					n -> n.entries().forEach((operation, sentence) -> computed.put(operation, sentence.localized())));
		return computed;
	}

}
