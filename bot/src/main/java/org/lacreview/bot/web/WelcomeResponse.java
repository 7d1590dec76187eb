package org.lacreview.bot.web;

import java.util.List;

import org.lacreview.index.corpus.Corpus;

/**
 * The reply of {@code GET /api/welcome}: what the chat widget shows before the first
 * question.
 *
 * @param language the language of the texts
 * @param welcome the first bot message of a conversation
 * @param starters questions offered as buttons until the first question is asked
 */
record WelcomeResponse(String language, String welcome, List<String> starters) {

	WelcomeResponse {
		starters = List.copyOf(starters);
	}

	/** The texts of {@code corpus} in {@code language}, one of its languages. */
	static WelcomeResponse of(Corpus corpus, String language) {
		List<String> fallbacks = corpus.info().fallbacksFor(language);
		return new WelcomeResponse(language, corpus.messages().widgetWelcome().in(language, fallbacks).orElse(""),
				corpus.messages().widgetStartersIn(language, fallbacks));
	}

}
