package org.lacreview.index;

import java.util.Optional;
import java.util.Set;

import org.lacreview.index.text.Detection;
import org.lacreview.index.text.LanguageDetector;

/**
 * The language stage: which language a question is read in and which language its reply
 * is written in. The question is read in the language it is written in
 * ({@link LanguageDetector}: its words and OpenNLP's model; ties go to the conversation's
 * language, then the channel's hint, then the default). The reply is in, in order: the
 * asker's explicit choice; for a message mixing two corpus languages, the one whose
 * function words frame it ({@link Detection#matrix()}: "What was the conclusion, o sea
 * qué dijeron?" is English borrowing Spanish); the question's language when detection is
 * confident; the conversation's language (so "ok" or "gracias" keep it); the channel's
 * hint; the question's language as far as its words tell, when most of them are words of
 * the corpus's languages (one or several: a message mixing two is answered in the one it
 * leans to); the corpus's default. For a text in a language the corpus lacks, the reply
 * is in the asker's choice, else the conversation's language, else the channel's hint,
 * else the default.
 */
final class LanguageChoice {

	/**
	 * @param detection what the detector made of the question;
	 * {@code detection.language()} is the language the question is read in, unless
	 * {@code detection.foreign()}
	 * @param reply the language the reply is written in, one the corpus has
	 */
	record Languages(Detection detection, String reply) {
	}

	private final LanguageDetector detector;

	private final Set<String> languages;

	private final String defaultLanguage;

	/**
	 * @param languages the corpus's languages: a hint or a conversation's language
	 * outside them is ignored
	 * @param defaultLanguage the corpus's default language
	 */
	LanguageChoice(LanguageDetector detector, Set<String> languages, String defaultLanguage) {
		this.detector = detector;
		this.languages = Set.copyOf(languages);
		this.defaultLanguage = defaultLanguage;
	}

	/**
	 * @param message the question as typed, bounded and with invisible characters removed
	 * @param hints the channel's knowledge of the asker's language
	 * @param previous the conversation so far, whose language is a hint
	 */
	Languages choose(String message, LanguageHints hints, DialogState previous) {
		Optional<String> conversation = previous.language().filter(languages::contains);
		Optional<String> channel = hints.channel().filter(languages::contains);
		Optional<String> chosen = hints.chosen().filter(languages::contains);
		Detection detected = detector.detection(message, conversation, channel);
		if (detected.foreign()) {
			return new Languages(detected, chosen.or(() -> conversation).or(() -> channel).orElse(defaultLanguage));
		}
		// Words two languages share leave the reading to the tie-breakers ("quantas
		// oficinas … aparecem no programa" came out Spanish by the default); the
		// language whose function words frame the message is then the one it is read in.
		Detection detection = detected.matrix()
			.filter(m -> !detected.confident() && detected.mixedWith().isEmpty() && !m.equals(detected.language()))
			.map(m -> new Detection(m, detected.margin(), false, detected.known(), detected.anyKnown(),
					detected.matrix(), detected.mixedWith()))
			.orElse(detected);
		String lang = detection.language();
		String reply = chosen.or(detection::matrix)
			.or(() -> Optional.of(lang).filter(l -> detection.confident()))
			.or(() -> conversation)
			.or(() -> channel)
			.orElse(detection.mostlyKnown() ? lang : defaultLanguage);
		return new Languages(detection, reply);
	}

}
