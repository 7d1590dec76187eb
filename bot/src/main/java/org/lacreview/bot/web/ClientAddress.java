package org.lacreview.bot.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from: the peer's, unless the peer is a trusted reverse proxy, in which case the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (left-most entries are
 * whatever the client wrote and cannot be believed).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request, List<String> trustedProxies) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !trustedProxies.contains(peer)) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
				return hop;
			}
		}
		return peer;
	}
}
