package org.lacreview.bot.web;

import org.lacreview.bot.chat.LiveEngine;
import org.lacreview.index.corpus.Corpus;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/welcome?language=es}: the chat widget's welcome and starter questions,
 * from the live corpus ({@code widget_welcome} and {@code widget_starters} of
 * {@code messages.yml}), so that publishing a corpus changes them. Without
 * {@code language}, the corpus's default language; a language the corpus does not have is
 * refused as {@code POST /api/chat} refuses it. The ETag is the live corpus version:
 * browsers revalidate every time ({@code no-cache}) and get a 304 until the next publish,
 * so a new welcome shows on the next page view, not after a cache expires.
 */
@RestController
class WelcomeController {

	private final LiveEngine live;

	WelcomeController(LiveEngine live) {
		this.live = live;
	}

	@GetMapping(path = "/api/welcome", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<WelcomeResponse> welcome(@RequestParam(required = false) String language) {
		// The corpus and its version read together, so the ETag names what is sent.
		LiveEngine.Live now = live.live();
		Corpus corpus = now.engine().corpus();
		String chosen = (language == null || language.isBlank()) ? corpus.info().defaultLanguage() : language;
		if (!corpus.info().languages().contains(chosen)) {
			throw new BadRequestException(
					"'language' must be one of " + corpus.info().languages() + ", not '" + chosen + "'");
		}
		// Conditional GETs are answered with 304 by Spring when this ETag matches.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.eTag(now.version() + "-" + chosen)
			.body(WelcomeResponse.of(corpus, chosen));
	}

}
