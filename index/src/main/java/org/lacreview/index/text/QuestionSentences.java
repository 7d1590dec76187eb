package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Chooses the sentences of a message that make its question: those that ask something
 * when some do and some do not, each with the topic put before it ("Los registrados por
 * Zoom: ¿cuántos?") and what completes it, without the asker's own sentences about
 * themselves. Part of {@link QuestionReader}; works on folded text.
 */
final class QuestionSentences {

	/**
	 * Where one sentence ends and the next begins: after ? ! ; or a line break, before an
	 * opening ¿ or ¡, and after a full stop or a colon followed by a space (so "26.04.",
	 * "1.5" and "10:30" stay whole); not after a full stop followed by a number, which
	 * ends an abbreviation ("abr. 27", "Apr. 28") far more often than a sentence.
	 */
	static final Pattern SENTENCE_END = Pattern
		.compile("(?<=[?!;\\n])|(?=[¿¡])|(?<=:)(?=\\s)|(?<=\\.)(?=\\s)(?!\\s+\\d)");

	/**
	 * The most words a topic put before its question ("Las personas inscritas en la
	 * sesión informativa,") has. A computation's operands may be said there ("Sumando los
	 * inscritos de la feria y los de los talleres de cocina,"): 14 words, where 10 cut
	 * those off; with where and what they count, 15 ("En la feria del 3 de mayo, contando
	 * a los voluntarios de las escuelas,"), which 14 cut off (+4 −1 on the read sets at
	 * 18, the one lost an asker's preamble that {@code about_asker} lacked). The asker's
	 * own preambles are told apart by their words ({@code about_asker}), not their
	 * length.
	 */
	private static final int MAX_TOPIC_WORDS = 18;

	/**
	 * The most words of a question that says nothing without the topic before it ("¿de
	 * qué número?").
	 */
	static final int MAX_BARE_QUESTION_WORDS = 3;

	/** Whether a sentence asks something: a question mark, a question word or phrase. */
	private final Predicate<String> asks;

	/**
	 * The words with which askers speak of themselves ({@code about_asker}); null when
	 * there are none.
	 */
	private final Pattern askerWords;

	/** A text without the language's fillers. */
	private final UnaryOperator<String> withoutFillers;

	QuestionSentences(Predicate<String> asks, Pattern askerWords, UnaryOperator<String> withoutFillers) {
		this.asks = asks;
		this.askerWords = askerWords;
		this.withoutFillers = withoutFillers;
	}

	/**
	 * The sentences that ask something, when some do and some do not ("Hola, buenas.
	 * ¿Cuándo fue?" → "¿Cuándo fue?"); every sentence when none or all do.
	 */
	String of(String folded, Predicate<String> namesTopic, Statements statements) {
		String[] sentences = SENTENCE_END.split(folded);
		if (sentences.length < 2) {
			return folded;
		}
		List<String> pieces = new ArrayList<>();
		String carried = "";
		for (int i = 0; i < sentences.length; i++) {
			String joined = carried + sentences[i];
			if (i + 1 < sentences.length && topicOf(joined, sentences[i + 1], namesTopic)) {
				carried = joined;
				continue;
			}
			carried = "";
			int last = pieces.size() - 1;
			if (last >= 0 && completes(pieces.get(last), joined, namesTopic)) {
				pieces.set(last, pieces.get(last) + joined);
				continue;
			}
			pieces.add(joined);
		}
		// A sentence that asks nothing but gives figures or asks a computation is what
		// questions naming no value go on with ("Add up the groups under 20. What's the
		// total?").
		List<String> asking = pieces.stream().filter(asks).toList();
		boolean leaning = !asking.isEmpty() && asking.stream().noneMatch(statements.namesValue());
		// One after the last question that names nothing ("¿cuántos eran de ese grupo?
		// dame el porcentaje") says how that question is to be answered.
		int lastAsking = asking.isEmpty() ? pieces.size() : pieces.lastIndexOf(asking.get(asking.size() - 1));
		List<String> after = pieces.subList(Math.min(lastAsking + 1, pieces.size()), pieces.size());
		String kept = keptWhenSome(pieces,
				p -> asks.test(p) || (askerWords == null || !askerWords.matcher(p).find())
						&& (leaning || after.contains(p) && !statements.namesValue().test(p))
						&& statements.computes().test(withoutFillers.apply(p)));
		if (kept == null) {
			// No sentence asks ("Soy estudiante en Lima; necesito la fecha del taller"):
			// the ones about the asker are still not the question.
			kept = keptWhenSome(pieces, p -> askerWords == null || !askerWords.matcher(p).find());
		}
		return kept == null ? folded : kept;
	}

	/**
	 * The pieces that pass {@code keep}, joined, when some do and some do not; null
	 * otherwise.
	 */
	private static String keptWhenSome(List<String> pieces, Predicate<String> keep) {
		List<String> kept = pieces.stream().filter(keep).toList();
		return kept.isEmpty() || kept.size() == pieces.size() ? null : String.join(" ", kept).strip();
	}

	/**
	 * Whether {@code piece} is not a sentence but the topic of the {@code next} one, to
	 * be read with it: a piece ending in a colon, a comma, an ellipsis or no punctuation
	 * at all, before a question of a few words that says nothing without it ("Inscritos
	 * de ese grupo, ¿qué número?"), or short and naming something the bot answers about
	 * ("Los registrados por Zoom: ¿cuántos?"). A long piece ("soy estudiante en Bogotá y
	 * hago mi tesis: ¿quién…?") or one naming nothing the bot answers about ("Trabajo con
	 * una red de medios, ¿cuándo fue?") before a whole question is the asker's preamble,
	 * and so is any piece where the asker speaks of themselves ("Hola, soy de una ONG en
	 * Chiapas, ¿cuándo fue?").
	 */
	private boolean topicOf(String piece, String next, Predicate<String> namesTopic) {
		String end = piece.stripTrailing();
		// A piece cut off only by the next one's "¿" ends as a topic does: "el lunes
		// ¿qué taller hubo ese día?".
		boolean open = !end.isEmpty() && Character.isLetterOrDigit(end.charAt(end.length() - 1));
		// An ellipsis is a pause, as a comma is: "120 inscritos en 8 talleres… ¿cuántos
		// por taller?".
		boolean pause = end.endsWith(",") || end.endsWith("...") || end.endsWith("\u2026");
		if (!end.endsWith(":") && !pause && !open || askerWords != null && askerWords.matcher(piece).find()) {
			return false;
		}
		boolean names = wordCount(piece) <= MAX_TOPIC_WORDS && namesTopic.test(piece);
		// Unpunctuated, only a piece that names something: "hola ¿cuándo fue?" greets.
		return open ? names : wordCount(next) <= MAX_BARE_QUESTION_WORDS || names;
	}

	/**
	 * Whether {@code piece} completes the question before it, which ends in a colon: a
	 * short piece asking nothing itself that names what the question is about ("¿quién
	 * tuvo más inscritos: el primer grupo o el segundo?").
	 */
	private boolean completes(String question, String piece, Predicate<String> namesTopic) {
		return question.stripTrailing().endsWith(":") && asks.test(question) && !asks.test(piece)
				&& wordCount(piece) <= MAX_TOPIC_WORDS && namesTopic.test(piece);
	}

	/**
	 * Words only: the empty piece split off before an opening "¿" is not one ("¿y porque
	 * fue virtual?").
	 */
	static long wordCount(String text) {
		return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
	}

}
