package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.Asker;
import org.springframework.util.unit.DataSize;

/**
 * The per-client allowances of new unanswered questions: capped per client, bounded in
 * memory.
 */
class NewQuestionAllowancesTests {

	private static UnansweredSettings settings(int perClient, int maxClients, DataSize memory) {
		return new UnansweredSettings(Duration.ofDays(90), 100, 300, 2000, perClient, 2000, Duration.ofHours(1),
				maxClients, memory);
	}

	@Test
	void aClientGetsItsCapAndNoMoreWhileAnotherGetsItsOwn() {
		NewQuestionAllowances allowances = new NewQuestionAllowances(settings(3, 100, DataSize.ofMegabytes(1)));
		Asker flooder = Asker.web("198.51.100.9");
		int taken = 0;
		for (int i = 0; i < 10; i++) {
			taken += allowances.client(flooder) ? 1 : 0;
		}
		assertThat(taken).isEqualTo(3);
		assertThat(allowances.client(Asker.web("198.51.100.10"))).isTrue();
		assertThat(allowances.client(new Asker("telegram", "198.51.100.9"))).isTrue();
	}

	@Test
	void aFloodOfNewClientsStaysWithinTheMemoryBudget() {
		DataSize budget = DataSize.ofKilobytes(64);
		// The count allows far more than the bytes: the bytes must bound it.
		NewQuestionAllowances allowances = new NewQuestionAllowances(settings(20, 1_000_000, budget));
		for (int i = 0; i < 5000; i++) {
			allowances.client(Asker.web("2001:db8:" + Integer.toHexString(i) + ":0::/64"));
		}
		assertThat(allowances.clientBytes()).isLessThanOrEqualTo(budget.toBytes());
	}

	@Test
	void aFloodOfNewClientsStaysWithinTheCount() {
		NewQuestionAllowances allowances = new NewQuestionAllowances(settings(20, 50, DataSize.ofMegabytes(1)));
		for (int i = 0; i < 5000; i++) {
			allowances.client(Asker.web("203.0." + (i / 256) + "." + (i % 256)));
		}
		// Each entry weighs at least a 50th of the budget, so at most 50 fit.
		assertThat(allowances.clientBytes()).isLessThanOrEqualTo(DataSize.ofMegabytes(1).toBytes());
		assertThat(allowances.clients()).isLessThanOrEqualTo(50);
	}

}
