package org.lacreview.bot.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.insights.QuestionCounts;
import org.lacreview.bot.insights.UnansweredLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/stats?from=YYYY-MM-DD&to=YYYY-MM-DD} (days in UTC, inclusive; by
 * default the last 30 days, at most {@value #MAX_DAYS} days): questions per day by
 * channel and language, the share answered, the top intents, the top unanswered questions
 * and 👍/👎 per intent, for the dashboard. {@code GET /api/admin/stats.csv} gives the
 * period's counts as CSV (RFC 4180): asked_on, channel, language, intent, answered,
 * questions.
 */
@RestController
class AdminStatsController {

	static final int MAX_DAYS = 366;

	private static final int DEFAULT_DAYS = 30;

	private final QuestionCounts counts;

	private final UnansweredLog unanswered;

	private final FeedbackStore feedback;

	AdminStatsController(QuestionCounts counts, UnansweredLog unanswered, FeedbackStore feedback) {
		this.counts = counts;
		this.unanswered = unanswered;
		this.feedback = feedback;
	}

	private record Period(LocalDate from, LocalDate to) {
	}

	private static Period period(String from, String to) {
		try {
			LocalDate end = to.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(to);
			LocalDate start = from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from);
			if (start.isAfter(end)) {
				throw new AdminBadRequest("'from' is after 'to'");
			}
			if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
				throw new AdminBadRequest("a period is at most " + MAX_DAYS + " days");
			}
			return new Period(start, end);
		}
		catch (DateTimeParseException ex) {
			throw new AdminBadRequest("'from' and 'to' are dates such as 2026-11-30");
		}
	}

	@GetMapping(path = "/api/admin/stats", produces = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Stats stats(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
		Period period = period(from, to);
		counts.flush();
		return new AdminViews.Stats(
				DashboardStats.of(period.from(), period.to(), counts.between(period.from(), period.to())),
				unanswered.grouped(DashboardStats.TOP)
					.stream()
					.map(q -> new AdminViews.Asked(q.question(), q.count()))
					.toList(),
				feedback.perIntent().stream().map(AdminViews::votes).toList());
	}

	@GetMapping(path = "/api/admin/stats.csv", produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to) {
		Period period = period(from, to);
		counts.flush();
		StringWriter csv = new StringWriter();
		// Commons CSV writes RFC 4180: a field is quoted only when it holds a comma, a
		// quote or a line break.
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.RFC4180.builder()
					.setQuoteMode(QuoteMode.MINIMAL)
					.setHeader("asked_on", "channel", "language", "intent", "answered", "questions")
					.get())) {
			for (QuestionCounts.Counted row : counts.between(period.from(), period.to())) {
				QuestionCounts.Key k = row.key();
				printer.printRecord(k.day().toString(), k.channel(), k.language(), k.intent(), k.answered(),
						row.questions());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("questions-" + period.from() + "-" + period.to() + ".csv")
						.build()
						.toString())
			.body(csv.toString());
	}

}
