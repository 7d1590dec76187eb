package org.lacreview.bot.corpus;

import org.lacreview.bot.chat.LiveEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * "corpus" in {@code /actuator/health} and its readiness group: up with the version
 * served. The live engine exists only once a corpus has been loaded and built, so
 * readiness cannot come before it.
 */
class CorpusHealthIndicator implements HealthIndicator {

	private final LiveEngine live;

	CorpusHealthIndicator(LiveEngine live) {
		this.live = live;
	}

	@Override
	public Health health() {
		return Health.up()
			.withDetail("version", live.version())
			.withDetail("intents", live.current().corpus().intents().size())
			.build();
	}

}
