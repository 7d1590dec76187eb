package org.lacreview.bot.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.lacreview.index.Answer;

/**
 * The chat's meters, scraped at {@code /actuator/prometheus}: questions by channel,
 * language and outcome (answered or fallback), the answer latency as a histogram, and the
 * corpus version served.
 */
class ChatMetrics {

	private final MeterRegistry meters;

	/**
	 * Meters already registered, by their tags: building and looking one up in the
	 * registry on every question cost more than the rest of a cached answer's
	 * bookkeeping. Channels, languages and outcomes are few.
	 */
	private final Map<String, Counter> questions = new ConcurrentHashMap<>();

	private final Map<String, Timer> latencies = new ConcurrentHashMap<>();

	ChatMetrics(MeterRegistry meters, LiveEngine live) {
		this.meters = meters;
		Gauge.builder("chatbot.corpus.version", live, LiveEngine::version)
			.description("the corpus version served")
			.register(meters);
	}

	void answered(String channel, Answer answer, long nanos) {
		String outcome = answer.answered() ? "answered" : "fallback";
		questions
			.computeIfAbsent(channel + '|' + answer.language() + '|' + outcome,
					k -> Counter.builder("chatbot.questions")
						.description("questions asked")
						.tag("channel", channel)
						.tag("language", answer.language())
						.tag("outcome", outcome)
						.register(meters))
			.increment();
		latencies
			.computeIfAbsent(channel,
					k -> Timer.builder("chatbot.answer.latency")
						.description("time to answer a question")
						.tag("channel", channel)
						.publishPercentileHistogram()
						.register(meters))
			.record(nanos, TimeUnit.NANOSECONDS);
	}

}
