package org.lacreview.bot.admin;

import java.util.List;
import java.util.Optional;

import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.bot.corpus.CorpusVersion;
import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.insights.UnansweredQuestion;
import org.lacreview.index.Answer;
import org.lacreview.index.Scored;
import org.lacreview.index.Trace;
import org.lacreview.index.golden.GoldenReport;

/**
 * The admin API's JSON, as records Jackson writes, built from the domain values in one
 * place; their members are those the staff page reads.
 */
final class AdminViews {

	private AdminViews() {
	}

	/**
	 * A corpus version as the versions table shows it.
	 *
	 * @param publishedAt ISO-8601 instant
	 * @param golden its golden score, null before it is measured
	 */
	record Version(long id, boolean live, String publishedAt, String author, String note, int sections, int intents,
			int examples, List<String> languages, Score golden) {
	}

	/** A golden score without its failures. */
	record Score(int passed, int total, double accuracy) {
	}

	/** A golden run: its score and every item that failed. */
	record Golden(int passed, int total, double accuracy, List<Failure> failures) {

		/** What a draft without golden files answers. */
		static final Golden NONE = new Golden(0, 0, 0, List.of());

	}

	/** One golden item that failed: what was asked and expected, and what came. */
	record Failure(String item, String question, String expected, String intent, String answer) {
	}

	/** A version just published, with its golden run and the checks' warnings. */
	record Published(Version version, Golden golden, List<String> warnings) {
	}

	/** A source an answer cites; {@code url} is empty when it has none. */
	record Link(String id, String title, String url) {
	}

	/**
	 * A question tried by staff: the answer, why it was chosen ({@code trace}), and which
	 * corpus answered ({@code corpus}).
	 */
	record Tried(String answer, boolean answered, String intent, double confidence, String language, List<Link> sources,
			List<String> suggestions, Trace trace, String corpus) {
	}

	/**
	 * One of the engine's best intents for a question staff read: {@code {"intent": "…",
	 * "confidence": 0.42}}.
	 */
	record Guess(String intent, double confidence) {
	}

	/** The 👍 and 👎 of one intent: {@code {"intent", "helpful", "notHelpful"}}. */
	record Votes(String intent, int helpful, int notHelpful) {
	}

	/**
	 * A group of unanswered questions as the list shows it.
	 *
	 * @param firstSeen ISO-8601 instant
	 * @param lastSeen ISO-8601 instant
	 * @param guesses the live engine's best intents for it
	 */
	record Unanswered(String question, String normalised, int count, String firstSeen, String lastSeen,
			List<String> languages, List<String> channels, List<Guess> guesses) {
	}

	/**
	 * A page of unanswered questions: {@code {"questions": […], "total", "limit",
	 * "offset"}}, {@code total} being the number of groups kept.
	 */
	record UnansweredPage(List<Unanswered> questions, int total, int limit, int offset) {
	}

	/**
	 * A 👎 with a comment that staff have not dealt with yet.
	 *
	 * @param at ISO-8601 instant
	 * @param intent the intent that answered, "" when no longer known
	 * @param comment "" when none was given
	 */
	record Comment(long id, String at, String intent, String question, String comment, List<Guess> guesses) {
	}

	/** {@code {"intents": [votes…], "comments": [comment…]}}. */
	record FeedbackReport(List<Votes> intents, List<Comment> comments) {
	}

	/**
	 * An unanswered question and how often it was asked: {@code {"question", "count"}}.
	 */
	record Asked(String question, int count) {
	}

	/**
	 * The dashboard: {@code {"stats": {…}, "topUnanswered": [asked…], "feedback":
	 * [votes…]}}.
	 */
	record Stats(DashboardStats stats, List<Asked> topUnanswered, List<Votes> feedback) {
	}

	/** A rendered Markdown preview: {@code {"html": "…"}}. */
	record Html(String html) {
	}

	/** An answer of the draft as a menu command shows it: {@code {"answer": "…"}}. */
	record Preview(String answer) {
	}

	static Votes votes(FeedbackStore.IntentFeedback votes) {
		return new Votes(votes.intent(), votes.helpful(), votes.notHelpful());
	}

	static Guess guess(Scored scored) {
		return new Guess(scored.name(), scored.score());
	}

	/**
	 * @param guesses the live engine's best intents for its question
	 */
	static Unanswered unanswered(UnansweredQuestion question, List<Guess> guesses) {
		return new Unanswered(question.question(), question.normalised(), question.count(),
				question.firstSeen().toString(), question.lastSeen().toString(), question.languages(),
				question.channels(), guesses);
	}

	/**
	 * @param guesses the live engine's best intents for its question
	 */
	static Comment comment(FeedbackStore.Comment comment, List<Guess> guesses) {
		return new Comment(comment.id(), comment.feedback().at().toString(), comment.feedback().intent().orElse(""),
				comment.feedback().question(), comment.feedback().comment().orElse(""), guesses);
	}

	static Version version(CorpusVersion version, long live) {
		return new Version(version.id(), version.id() == live, version.publishedAt().toString(), version.author(),
				version.note(), version.sections(), version.intents(), version.examples(), version.languages(),
				version.golden().map(g -> new Score(g.passed(), g.total(), g.accuracy())).orElse(null));
	}

	/** The golden run of a publish or a draft, null when none ran. */
	static Golden golden(Optional<GoldenReport> report) {
		return report
			.map(golden -> new Golden(golden.passed(), golden.total(), golden.accuracy(),
					golden.failures()
						.stream()
						.map(f -> new Failure(f.item(), f.question(), f.expected(), f.intent(), f.answer()))
						.toList()))
			.orElse(null);
	}

	static Published published(CorpusPublisher.Published published) {
		return new Published(version(published.version(), published.version().id()), golden(published.golden()),
				published.warnings());
	}

	/**
	 * @param corpus which corpus answered: the live version or the draft
	 */
	static Tried tried(Answer answer, String corpus) {
		return new Tried(answer.text(), answer.answered(), answer.intent(), answer.confidence(), answer.language(),
				answer.sources()
					.stream()
					.map(s -> new Link(s.id(), s.title(), s.url() == null ? "" : s.url()))
					.toList(),
				answer.suggestions(), answer.trace(), corpus);
	}

}
