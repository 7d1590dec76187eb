package org.lacreview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Who a request is from, read from X-Forwarded-For only as far as trusted proxies vouch
 * for it.
 */
class ClientAddressTests {

	private static final List<String> PROXIES = List.of("10.0.0.1", "10.1.0.0/16");

	private static MockHttpServletRequest from(String peer, String... forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		for (String line : forwardedFor) {
			request.addHeader("X-Forwarded-For", line);
		}
		return request;
	}

	@Test
	void everyForwardedForLineIsReadSoAClientsOwnFirstLineIsNotBelieved() {
		// HAProxy's "option forwardfor" adds a line of its own after the one the client
		// sent.
		assertThat(ClientAddress.of(from("10.0.0.1", "203.0.113.66", "198.51.100.7"), PROXIES))
			.isEqualTo("198.51.100.7");
	}

	@Test
	void theWalkFromTheRightPassesEveryTrustedProxyIncludingRanges() {
		assertThat(ClientAddress.of(from("10.0.0.1", "203.0.113.66, 198.51.100.7, 10.1.2.3", "10.0.0.1"), PROXIES))
			.isEqualTo("198.51.100.7");
	}

	@Test
	void anEntryThatIsNotAnIpLiteralIsNeverTheClientAndIsNotLookedUp() {
		assertThat(ClientAddress.of(from("10.0.0.1", "198.51.100.7, example.org"), PROXIES)).isEqualTo("10.0.0.1");
		assertThat(ClientAddress.of(from("10.0.0.1", "198.51.100.7:4711"), PROXIES)).isEqualTo("10.0.0.1");
		assertThat(ClientAddress.of(from("10.0.0.1", "198.51.100.7, 1:2:3:4:5:6:7:8:9"), PROXIES))
			.isEqualTo("10.0.0.1");
		assertThat(ClientAddress.of(from("10.0.0.1", "198.51.100.7, 010.1.1.1"), PROXIES)).isEqualTo("10.0.0.1");
		assertThat(ClientAddress.of(from("10.0.0.1", ""), PROXIES)).isEqualTo("10.0.0.1");
	}

	@Test
	void aForwardedForFromAnUntrustedPeerIsIgnored() {
		assertThat(ClientAddress.of(from("198.51.100.7", "1.2.3.4"), PROXIES)).isEqualTo("198.51.100.7");
	}

	@Test
	void ipv6ClientsAreKeyedByTheirSlash64AndIpv4ByTheirAddress() {
		ClientAddress clients = new ClientAddress(PROXIES, List.of("::1", "127.0.0.1"));
		assertThat(clients.limitKey(from("10.0.0.1", "2001:db8:1:2:aaaa::1"))).isEqualTo("2001:db8:1:2::/64");
		assertThat(clients.limitKey(from("10.0.0.1", "[2001:DB8:1:2::ffff]"))).isEqualTo("2001:db8:1:2::/64");
		assertThat(clients.limitKey(from("2001:db8:9:9::5"))).isEqualTo("2001:db8:9:9::/64");
		assertThat(clients.limitKey(from("10.0.0.1", "::ffff:198.51.100.7"))).isEqualTo("198.51.100.7");
		assertThat(clients.limitKey(from("198.51.100.7"))).isEqualTo("198.51.100.7");
	}

	@Test
	void anExemptClientIsKeyedByTheExemptEntryItMatched() {
		ClientAddress clients = new ClientAddress(List.of("127.0.0.1"), List.of("::1", "192.0.2.0/24"));
		assertThat(clients.limitKey(from("0:0:0:0:0:0:0:1"))).isEqualTo("::1");
		assertThat(clients.limitKey(from("192.0.2.77"))).isEqualTo("192.0.2.0/24");
		assertThat(clients.isExempt("192.0.2.77")).isTrue();
		assertThat(clients.isExempt("192.0.3.1")).isFalse();
	}

	@Test
	void aTrustedProxyOrExemptEntryThatIsNotAnAddressIsRefusedAtStartUp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientAddress(List.of("proxy.example.org"), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddress(List.of(), List.of("10.0.0.0/99")));
	}

}
