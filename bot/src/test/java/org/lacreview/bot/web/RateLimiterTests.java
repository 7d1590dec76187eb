package org.lacreview.bot.web;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class RateLimiterTests {

	private static RateLimitSettings settings(boolean enabled, int perSession, int perAddress) {
		return new RateLimitSettings(enabled, perSession, perAddress, Duration.ofMinutes(1), List.of("10.0.0.1"),
				List.of("127.0.0.1"), 1000, DataSize.ofMegabytes(1));
	}

	@Test
	void aSessionOverItsLimitIsRefusedWithTheWaitAndCounted() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		RateLimiter limiter = new RateLimiter(settings(true, 3, 100), meters);
		for (int i = 0; i < 3; i++) {
			limiter.acquire("203.0.113.5", "s1");
		}
		assertThatThrownBy(() -> limiter.acquire("203.0.113.5", "s1")).isInstanceOf(RateLimitedException.class)
			.hasMessageContaining("conversation")
			.satisfies(ex -> assertThat(((RateLimitedException) ex).retryAfterSeconds()).isBetween(1L, 60L));
		limiter.acquire("203.0.113.5", "s2");
		assertThat(meters.counter("chatbot.rate.limited").count()).isEqualTo(1);
	}

	@Test
	void anAddressOverItsLimitIsRefusedWhateverTheSessionButExemptAddressesAreNot() {
		RateLimiter limiter = new RateLimiter(settings(true, 100, 2), new SimpleMeterRegistry());
		limiter.acquire("203.0.113.9", "a");
		limiter.acquire("203.0.113.9", "b");
		assertThatThrownBy(() -> limiter.acquire("203.0.113.9", "c")).hasMessageContaining("address");
		for (int i = 0; i < 10; i++) {
			limiter.acquire("127.0.0.1", null);
		}
	}

	/**
	 * Issue 11: buckets were bounded by count alone (100,000 per table), whatever their
	 * keys. A flood of new 100-character session ids from many addresses must leave both
	 * tables within the memory budget, and an ordinary client still limited.
	 */
	@Test
	void aFloodOfNewSessionsAndAddressesStaysWithinTheMemoryBudget() {
		DataSize budget = DataSize.ofKilobytes(256);
		RateLimiter limiter = new RateLimiter(
				new RateLimitSettings(true, 2, 100, Duration.ofMinutes(1), List.of(), List.of(), 100_000, budget),
				new SimpleMeterRegistry());
		for (int i = 0; i < 5_000; i++) {
			limiter.acquire("198.51." + (i / 250) + "." + (i % 250), String.format(Locale.ROOT, "%0100d", i));
		}
		assertThat(limiter.bytes()).isLessThanOrEqualTo(budget.toBytes());
		// A full table admits a new key once it is seen again (Caffeine's TinyLFU:
		// one-off keys do not push out
		// those in use), so a new client may get a request or two more than its limit,
		// but is then limited.
		assertThatThrownBy(() -> {
			for (int i = 0; i < 10; i++) {
				limiter.acquire("203.0.113.5", "ordinary");
			}
		}).isInstanceOf(RateLimitedException.class).hasMessageContaining("conversation");
	}

	@Test
	void disabledLimitsRefuseNothing() {
		RateLimiter limiter = new RateLimiter(settings(false, 1, 1), new SimpleMeterRegistry());
		for (int i = 0; i < 10; i++) {
			limiter.acquire("203.0.113.5", "s1");
		}
	}

	@Test
	void forwardedForIsBelievedOnlyFromATrustedProxyAndReadFromTheRight() {
		MockHttpServletRequest direct = new MockHttpServletRequest();
		direct.setRemoteAddr("198.51.100.7");
		direct.addHeader("X-Forwarded-For", "1.2.3.4");
		assertThat(ClientAddress.of(direct, List.of("10.0.0.1"))).isEqualTo("198.51.100.7");

		MockHttpServletRequest proxied = new MockHttpServletRequest();
		proxied.setRemoteAddr("10.0.0.1");
		proxied.addHeader("X-Forwarded-For", "1.2.3.4, 198.51.100.7, 10.0.0.1");
		assertThat(ClientAddress.of(proxied, List.of("10.0.0.1"))).isEqualTo("198.51.100.7");
	}

}
