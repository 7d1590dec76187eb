package org.lacreview.bot.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance on the live version: polls the live version id so that a version
 * published through another instance is served here within the poll interval, and
 * measures the golden score of a first version in the background once the app is up.
 */
class LiveVersionPoller {

	private static final Logger log = LoggerFactory.getLogger(LiveVersionPoller.class);

	private final CorpusPublisher publisher;

	private final boolean measureAtStart;

	LiveVersionPoller(CorpusPublisher publisher, boolean measureAtStart) {
		this.publisher = publisher;
		this.measureAtStart = measureAtStart;
	}

	@Scheduled(fixedDelayString = "${chatbot.publishing.poll-interval:5s}",
			initialDelayString = "${chatbot.publishing.poll-interval:5s}")
	void poll() {
		try {
			publisher.refresh();
		}
		catch (RuntimeException ex) {
			// The database may be away for a while: keep serving the version we have.
			log.warn("could not check the live corpus version: {}", ex.toString());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void measureGoldenInTheBackground() {
		if (!measureAtStart) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				publisher.measureLiveGolden();
			}
			catch (RuntimeException ex) {
				log.warn("could not measure the live version's golden score: {}", ex.toString());
			}
		}, "corpus-golden");
		thread.setDaemon(true);
		thread.start();
	}

}
