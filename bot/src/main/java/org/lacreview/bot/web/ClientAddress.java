package org.lacreview.bot.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, as the per-client limits see it.
 * <p>
 * The client is the peer, unless the peer is a trusted reverse proxy: then
 * {@code X-Forwarded-For} is read, <em>all</em> its header lines joined in order (a proxy
 * such as HAProxy adds its own line rather than extending the client's), from the right,
 * past every trusted proxy; the first other entry is the client. Entries left of it are
 * whatever the client wrote and are never believed. An entry that is not an IP literal (a
 * hostname, a port, garbage) ends the walk: the request is then counted against the last
 * trusted hop, which a client cannot choose.
 * <p>
 * Limits are kept per IPv4 address and per IPv6 /64 (one subscriber usually gets a whole
 * /64, so counting single IPv6 addresses would give one attacker 2^64 budgets): see
 * {@link #limitKey}. Trusted proxies and exempt addresses may be single addresses or CIDR
 * ranges ({@code 10.0.0.0/8}, {@code fd00::/8}).
 */
final class ClientAddress implements ClientKeys {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final String ATTRIBUTE = ClientAddress.class.getName();

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	/** Hex groups, colons and an optional dotted IPv4 tail; no zone id, no port. */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<Range> trusted;

	private final List<Range> exempt;

	/**
	 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is
	 * believed
	 * @param exempt addresses or CIDR ranges that {@link #limitKey} reports by their own
	 * entry
	 * @throws IllegalArgumentException when an entry is not an IP literal or range
	 */
	ClientAddress(List<String> trustedProxies, List<String> exempt) {
		this.trusted = trustedProxies.stream().map(Range::of).toList();
		this.exempt = exempt.stream().map(Range::of).toList();
	}

	/**
	 * The client address of {@code request} (see the class comment), e.g.
	 * {@code 198.51.100.7}.
	 */
	static String of(HttpServletRequest request, List<String> trustedProxies) {
		return new ClientAddress(trustedProxies, List.of()).resolve(request);
	}

	/**
	 * The client's address as a canonical literal ({@code 2001:db8:0:0:0:0:0:1} for
	 * IPv6), worked out once per request (the filters and the controllers all ask).
	 */
	String clientOf(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		String client = resolve(request);
		request.setAttribute(ATTRIBUTE, client);
		return client;
	}

	private String resolve(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		Optional<InetAddress> peerAddress = literal(peer);
		if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
			return peerAddress.map(InetAddress::getHostAddress).orElse(peer);
		}
		List<String> lines = Collections.list(request.getHeaders(FORWARDED_FOR));
		String[] hops = String.join(",", lines).split(",", -1);
		InetAddress client = peerAddress.get();
		for (int i = hops.length - 1; i >= 0 && isTrusted(client); i--) {
			Optional<InetAddress> address = literal(hops[i]);
			if (address.isEmpty()) {
				break;
			}
			client = address.get();
		}
		return client.getHostAddress();
	}

	/**
	 * The key a per-client limit counts {@code request} under: the client's IPv4 address,
	 * its IPv6 /64 written as {@code 2001:db8:1:2::/64}, or, for an exempt client, the
	 * exempt entry it matched exactly as configured (so that a limiter checking
	 * {@code exempt.contains(key)} recognises it).
	 */
	@Override
	public String limitKey(HttpServletRequest request) {
		return keyOf(clientOf(request));
	}

	/** As {@link #limitKey(HttpServletRequest)}, for an address already resolved. */
	String keyOf(String address) {
		Optional<InetAddress> parsed = literal(address);
		if (parsed.isEmpty()) {
			return address;
		}
		for (Range range : exempt) {
			if (range.matches(parsed.get())) {
				return range.entry();
			}
		}
		return keyOf(parsed.get());
	}

	/** Whether {@code address} (a literal) is one of the exempt addresses or ranges. */
	boolean isExempt(String address) {
		return literal(address).map(a -> exempt.stream().anyMatch(r -> r.matches(a))).orElse(false);
	}

	/**
	 * Whether {@code address} is exempt or a trusted proxy: what a per-connection cap
	 * must not count.
	 */
	boolean isExemptOrTrusted(InetAddress address) {
		return isTrusted(address) || exempt.stream().anyMatch(r -> r.matches(address));
	}

	/** IPv4 addresses stand for themselves; IPv6 addresses for their /64. */
	static String keyOf(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] b = address.getAddress();
			return String.format(Locale.ROOT, "%x:%x:%x:%x::/64", word(b, 0), word(b, 2), word(b, 4), word(b, 6));
		}
		return address.getHostAddress();
	}

	private static int word(byte[] bytes, int at) {
		return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
	}

	private boolean isTrusted(InetAddress address) {
		return trusted.stream().anyMatch(r -> r.matches(address));
	}

	/**
	 * {@code text} as an address if it is an IPv4 or IPv6 literal, never looking a name
	 * up: a hostname, a port, a zone id or anything else is empty.
	 */
	static Optional<InetAddress> literal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.strip();
		try {
			if (IPV4.matcher(s).matches()) {
				return Optional.of(InetAddress.getByName(s));
			}
			if (s.startsWith("[") && s.endsWith("]")) {
				s = s.substring(1, s.length() - 1);
			}
			if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
				// Brackets make the JDK parse an IPv6 literal or fail, never ask DNS.
				return Optional.of(InetAddress.getByName("[" + s + "]"));
			}
		}
		catch (UnknownHostException ex) {
			// not a literal after all
		}
		return Optional.empty();
	}

	/**
	 * One configured address or CIDR range, compared byte by byte (no parsing per
	 * request).
	 */
	private record Range(String entry, byte[] network, int prefix) {

		static Range of(String entry) {
			int slash = entry.indexOf('/');
			Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
			if (address.isEmpty()) {
				throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
			}
			byte[] network = address.get().getAddress();
			int prefix = network.length * 8;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > network.length * 8) {
					throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
				}
			}
			return new Range(entry, network, prefix);
		}

		boolean matches(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != network.length) {
				return false;
			}
			int whole = prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (bytes[i] != network[i]) {
					return false;
				}
			}
			int rest = prefix % 8;
			int mask = (0xff00 >> rest) & 0xff;
			return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
		}
	}

}
