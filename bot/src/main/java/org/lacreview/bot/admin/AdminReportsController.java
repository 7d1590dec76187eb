package org.lacreview.bot.admin;

import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.index.DialogState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;

import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.insights.UnansweredLog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/unanswered} and {@code /api/admin/feedback}: what staff read to
 * improve the corpus.
 */
@RestController
class AdminReportsController {

	private final UnansweredLog unanswered;

	private final FeedbackStore feedback;

	private final ChatService chat;

	private final AuditLog audit;

	AdminReportsController(UnansweredLog unanswered, FeedbackStore feedback, ChatService chat, AuditLog audit) {
		this.unanswered = unanswered;
		this.feedback = feedback;
		this.chat = chat;
		this.audit = audit;
	}

	/** Guesses shown with a question: the live engine's best intents for it. */
	private static final int GUESSES = 3;

	/**
	 * The live engine's {@value #GUESSES} best intents for {@code question}.
	 */
	private List<AdminViews.Guess> guesses(String question, String language) {
		Optional<String> in = Optional.ofNullable(language).filter(l -> !l.isBlank());
		return chat.engine()
			.answer(question, in, DialogState.EMPTY)
			.answer()
			.trace()
			.intents()
			.stream()
			.limit(GUESSES)
			.map(AdminViews::guess)
			.toList();
	}

	/**
	 * Takes a 👎 comment off the list (staff added its question to the draft or decided
	 * to leave it).
	 */
	@DeleteMapping(path = "/api/admin/feedback/{id}")
	ResponseEntity<Void> reviewed(@PathVariable long id, Principal staff) {
		if (!feedback.review(id)) {
			throw new NoSuchElementException("no open comment has the id " + id);
		}
		audit.record(staff.getName(), "feedback.review", Long.toString(id), "took a 👎 comment off the list");
		return ResponseEntity.noContent().build();
	}

	/**
	 * Removes a group of unanswered questions (staff added it to the draft or decided to
	 * leave it).
	 */
	@DeleteMapping(path = "/api/admin/unanswered")
	ResponseEntity<Void> dismiss(@RequestParam String normalised, Principal staff) {
		if (!unanswered.dismiss(normalised)) {
			throw new NoSuchElementException("no unanswered question is kept as '" + normalised + "'");
		}
		audit.record(staff.getName(), "unanswered.dismiss", normalised, "took the question off the unanswered list");
		return ResponseEntity.noContent().build();
	}

	/**
	 * A page of the unanswered questions, most asked first: {@code limit} groups (1 to
	 * 1000, default 50; out of range is brought into it) after skipping {@code offset} (0
	 * or more, else 400), with {@code total}, the number of groups kept, for paging.
	 */
	@GetMapping(path = "/api/admin/unanswered", produces = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.UnansweredPage unanswered(@RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") int offset) {
		if (offset < 0) {
			throw new AdminBadRequest("'offset' must be 0 or more");
		}
		int size = Math.max(1, Math.min(limit, 1000));
		return new AdminViews.UnansweredPage(unanswered.grouped(size, offset)
			.stream()
			.map(q -> AdminViews.unanswered(q,
					guesses(q.question(), q.languages().isEmpty() ? null : q.languages().get(0))))
			.toList(), unanswered.count(), size, offset);
	}

	@GetMapping(path = "/api/admin/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.FeedbackReport feedback(@RequestParam(defaultValue = "100") int limit) {
		return new AdminViews.FeedbackReport(feedback.perIntent().stream().map(AdminViews::votes).toList(),
				feedback.openComments(Math.max(1, Math.min(limit, 1000)))
					.stream()
					.map(c -> AdminViews.comment(c, guesses(c.feedback().question(), null)))
					.toList());
	}

}
