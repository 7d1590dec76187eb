package org.lacreview.index.corpus;

import java.util.Arrays;
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
		Localized languagesSpoken = inEveryLanguage(doc, "languages_spoken", info);
		Localized widgetWelcome = inEveryLanguage(doc, "widget_welcome", info);
		Localized widgetStarters = inEveryLanguage(doc, "widget_starters", info);
		checkStarters(doc.require("widget_starters"), widgetStarters);
		return new Messages(doc.require("fallback").localized(), doc.require("unknown_value").localized(),
				doc.get("source_label").map(YamlNode::localized).orElse(Localized.NONE),
				doc.get("default_suggestions").map(YamlNode::texts).orElse(List.of()), languagesSpoken,
				doc.get("fallback_suggestions").map(YamlNode::localized).orElse(Localized.NONE),
				doc.get("part_missing").map(YamlNode::localized).orElse(Localized.NONE), computed(doc),
				doc.get("document_quote").map(YamlNode::localized).orElse(Localized.NONE), widgetWelcome,
				widgetStarters, doc.get("nothing_to_follow").map(YamlNode::localized).orElse(Localized.NONE));
	}

	/**
	 * The texts of {@code key}, which every corpus language must have: a channel shows
	 * them before anyone asked, so there is no question whose language could stand in.
	 */
	private static Localized inEveryLanguage(YamlNode doc, String key, CorpusInfo info) {
		YamlNode node = doc.require(key);
		Localized texts = node.localized();
		if (info != null) {
			info.languages().stream().filter(l -> !texts.has(l)).findFirst().ifPresent(l -> {
				throw node.error(key + " has no text in '" + l + "'");
			});
		}
		return texts;
	}

	/**
	 * Each starter is sent as a question, so it must fit in one (a longer one would be
	 * refused by the chat API).
	 */
	private static void checkStarters(YamlNode node, Localized starters) {
		starters.texts().forEach((language, text) -> Messages.lines(text).forEach(question -> {
			if (question.length() > YamlNode.MAX_EXAMPLE) {
				throw node.error("a widget_starters question in '" + language + "' is at most " + YamlNode.MAX_EXAMPLE
						+ " characters; this one has " + question.length());
			}
		}));
	}

	private static Map<String, Localized> computed(YamlNode doc) {
		Map<String, Localized> computed = new LinkedHashMap<>();
		doc.get("computed")
			.ifPresent(n -> Arrays.stream(OperationName.values())
				.flatMap(operation -> operation.sentenceKeys().stream())
				.forEach(key -> n.get(key).ifPresent(sentence -> computed.put(key, sentence.localized()))));
		return computed;
	}

}
