package org.lacreview.bot.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lacreview.bot.insights.QuestionCounts;

/**
 * What the staff dashboard draws, computed from the question counts of a period.
 *
 * @param days questions per day (every day of the period, zero included), by channel and
 * by reply language, and how many answered
 * @param languages questions per reply language
 * @param answeredShare answered questions over all, 0–1 (0 when none were asked)
 * @param topIntents the most asked intents, answered questions only, at most
 * {@value #TOP}
 */
record DashboardStats(LocalDate from, LocalDate to, long questions, double answeredShare, List<Day> days,
		Map<String, Long> languages, List<IntentCount> topIntents) {

	static final int TOP = 10;

	/** One day: questions per channel, per language, all of them, and those answered. */
	record Day(LocalDate day, Map<String, Long> channels, Map<String, Long> languages, long questions, long answered) {
	}

	record IntentCount(String intent, long questions) {
	}

	static DashboardStats of(LocalDate from, LocalDate to, List<QuestionCounts.Counted> rows) {
		Map<LocalDate, Map<String, Long>> channels = new TreeMap<>();
		Map<LocalDate, Map<String, Long>> dayLanguages = new TreeMap<>();
		Map<LocalDate, long[]> totals = new TreeMap<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			channels.put(d, new TreeMap<>());
			dayLanguages.put(d, new TreeMap<>());
			totals.put(d, new long[2]);
		}
		Map<String, Long> languages = new TreeMap<>();
		Map<String, Long> intents = new TreeMap<>();
		long questions = 0;
		long answered = 0;
		for (QuestionCounts.Counted row : rows) {
			QuestionCounts.Key key = row.key();
			long n = row.questions();
			channels.get(key.day()).merge(key.channel(), n, Long::sum);
			dayLanguages.get(key.day()).merge(key.language(), n, Long::sum);
			totals.get(key.day())[0] += n;
			languages.merge(key.language(), n, Long::sum);
			questions += n;
			if (key.answered()) {
				totals.get(key.day())[1] += n;
				answered += n;
				intents.merge(key.intent(), n, Long::sum);
			}
		}
		List<Day> days = new ArrayList<>();
		channels.forEach((day, byChannel) -> days
			.add(new Day(day, byChannel, dayLanguages.get(day), totals.get(day)[0], totals.get(day)[1])));
		List<IntentCount> top = intents.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.map(e -> new IntentCount(e.getKey(), e.getValue()))
			.toList();
		return new DashboardStats(from, to, questions, questions == 0 ? 0 : (double) answered / questions, days,
				languages, top);
	}
}
