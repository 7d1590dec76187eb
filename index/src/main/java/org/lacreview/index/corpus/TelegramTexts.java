package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Telegram bot says besides answers, and its commands, from
 * {@code telegram.yml}.
 *
 * @param welcome said on {@code /start}, before the suggested questions
 * @param help said on the help command, before the list of commands
 * @param textOnly said in a private chat to anything but a text message
 * @param chooseLanguage asks which language to use, above one button per language
 * @param languageChosen confirms the language picked, in that language
 * @param languageNames each language's name in itself, for the buttons
 * @param welcomeSuggestions intents offered as questions on {@code /start}
 * @param commands the command menu
 * @param feedback the 👍/👎 buttons under each answer, when the corpus turns them on
 */
public record TelegramTexts(Localized welcome, Localized help, Localized textOnly, Localized chooseLanguage,
		Localized languageChosen, Map<String, String> languageNames, List<String> welcomeSuggestions,
		List<ChatCommand> commands, Optional<FeedbackButtons> feedback, Location location) {

	/**
	 * The feedback buttons: their labels, and the short thanks Telegram shows when one is
	 * pressed.
	 *
	 * @param helpful the "helpful" button's text (an emoji does for every language)
	 */
	public record FeedbackButtons(String helpful, String notHelpful, Localized thanks) {
	}

	public TelegramTexts {
		languageNames = Map.copyOf(languageNames);
		welcomeSuggestions = List.copyOf(welcomeSuggestions);
		commands = List.copyOf(commands);
	}

	/** The command called {@code name} in any language. */
	public Optional<ChatCommand> command(String name) {
		return commands.stream().filter(c -> c.isCalled(name)).findFirst();
	}
}
