package org.lacreview.bot.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for the per-client limits of other features (the staff tools'
 * failed-token throttle): the real client behind trusted reverse proxies, never an
 * address the client wrote itself.
 */
public interface ClientKeys {

	/**
	 * The key a per-client limit counts {@code request} under: an IPv4 address
	 * ({@code 198.51.100.7}), an IPv6 /64 ({@code 2001:db8:1:2::/64}), or, for an exempt
	 * client, the exempt entry it matched.
	 */
	String limitKey(HttpServletRequest request);

}
