package org.lacreview.bot.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.insights.UnansweredLog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/unanswered} and {@code /api/admin/feedback}: what staff read to improve the corpus. */
@RestController
class AdminReportsController {

	private final UnansweredLog unanswered;

	private final FeedbackStore feedback;

	AdminReportsController(UnansweredLog unanswered, FeedbackStore feedback) {
		this.unanswered = unanswered;
		this.feedback = feedback;
	}

	@GetMapping(path = "/api/admin/unanswered", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> unanswered(@RequestParam(defaultValue = "100") int limit) {
		return Map.of("questions", unanswered.grouped(Math.max(1, Math.min(limit, 1000))).stream().map(q -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("question", q.question());
			json.put("normalised", q.normalised());
			json.put("count", q.count());
			json.put("firstSeen", q.firstSeen().toString());
			json.put("lastSeen", q.lastSeen().toString());
			json.put("languages", q.languages());
			json.put("channels", q.channels());
			return json;
		}).toList());
	}

	@GetMapping(path = "/api/admin/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> feedback(@RequestParam(defaultValue = "100") int limit) {
		return Map.of("intents", feedback.perIntent().stream()
			.map(i -> Map.of("intent", i.intent(), "helpful", i.helpful(), "notHelpful", i.notHelpful())).toList(),
				"comments", feedback.negativeComments(Math.max(1, Math.min(limit, 1000))).stream().map(f -> {
					Map<String, Object> json = new LinkedHashMap<>();
					json.put("at", f.at().toString());
					json.put("intent", f.intent().orElse(""));
					json.put("question", f.question());
					json.put("comment", f.comment().orElse(""));
					return json;
				}).toList());
	}
}
