package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code telegram.yml}: the Telegram bot's own texts and its menu commands
 * ({@link TelegramTexts}).
 */
final class TelegramReader {

	private TelegramReader() {
	}

	/**
	 * @throws CorpusException naming the line of a missing key or of a command that is
	 * not valid
	 */
	static TelegramTexts read(YamlNode doc) {
		Map<String, String> languageNames = new LinkedHashMap<>();
		doc.get("language_names")
			.ifPresent(n -> n.languageEntries().forEach((code, name) -> languageNames.put(code, name.text())));
		List<ChatCommand> commands = new ArrayList<>();
		for (YamlNode item : doc.require("commands").items()) {
			Map<String, String> names = new LinkedHashMap<>();
			item.require("names")
				.languageEntries()
				.forEach((language, name) -> names.put(language, name.text().strip()));
			try {
				commands.add(new ChatCommand(names, item.require("description").localized(),
						item.optionalText("intent"), item.optionalText("action"), item.location()));
			}
			catch (IllegalArgumentException ex) {
				throw item.error(ex.getMessage());
			}
		}
		return new TelegramTexts(doc.require("welcome").localized(), doc.require("help").localized(),
				doc.require("text_only").localized(), doc.require("choose_language").localized(),
				doc.require("language_chosen").localized(), languageNames,
				doc.get("welcome_suggestions").map(YamlNode::texts).orElse(List.of()), commands,
				doc.get("feedback")
					.map(f -> new TelegramTexts.FeedbackButtons(f.require("helpful").text().strip(),
							f.require("not_helpful").text().strip(), f.require("thanks").localized())),
				doc.location());
	}

}
