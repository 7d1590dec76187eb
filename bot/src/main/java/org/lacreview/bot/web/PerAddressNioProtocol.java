package org.lacreview.bot.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * Tomcat's HTTP/1.1 NIO connector with a cap on the connections one client (an IPv4
 * address or an IPv6 /64) may hold open: a connection over the cap is closed as soon as
 * it is accepted, before a byte is read, so a single client sending headers slowly on
 * thousands of connections cannot fill {@code server.tomcat.max-connections} for
 * everyone. Trusted proxies and exempt addresses are not capped (every client of a
 * reverse proxy arrives from its address). Named by class in
 * {@code TomcatServletWebServerFactory#setProtocol}, so it must be public with a public
 * no-argument constructor; the cap is set afterwards with {@link #limitConnections}.
 */
public class PerAddressNioProtocol extends Http11NioProtocol {

	/**
	 * Created by Tomcat by reflection; no cap until {@link #limitConnections} is called.
	 */
	public PerAddressNioProtocol() {
		super(new CappedEndpoint());
	}

	/**
	 * @param maxPerClient open connections one client may hold; 0 or less for no cap
	 * @param uncapped addresses never capped (trusted proxies, exempt addresses)
	 */
	void limitConnections(int maxPerClient, Predicate<InetAddress> uncapped) {
		((CappedEndpoint) getEndpoint()).limit(maxPerClient, uncapped);
	}

	/**
	 * Connections closed at accept because their client already had the most open (since
	 * start).
	 */
	long refusedConnections() {
		return ((CappedEndpoint) getEndpoint()).refused.get();
	}

	/**
	 * Keeps, per client, the channels it has open. Only Tomcat's single acceptor thread
	 * calls {@link #setSocketOptions}, so the map needs no locking; channels Tomcat has
	 * closed are dropped lazily: those of a client when it connects again, and everyone's
	 * every {@value #SWEEP_EVERY} accepts.
	 */
	static final class CappedEndpoint extends NioEndpoint {

		private static final int SWEEP_EVERY = 256;

		private final Map<String, Set<SocketChannel>> open = new HashMap<>();

		private final AtomicLong refused = new AtomicLong();

		private volatile int maxPerClient;

		private volatile Predicate<InetAddress> uncapped = address -> true;

		private int accepts;

		void limit(int maxPerClient, Predicate<InetAddress> uncapped) {
			this.maxPerClient = maxPerClient;
			this.uncapped = uncapped;
		}

		@Override
		protected boolean setSocketOptions(SocketChannel socket) {
			if (maxPerClient > 0 && !admit(socket)) {
				refused.incrementAndGet();
				destroySocket(socket);
				return false;
			}
			return super.setSocketOptions(socket);
		}

		private boolean admit(SocketChannel socket) {
			InetAddress address;
			try {
				if (!(socket.getRemoteAddress() instanceof InetSocketAddress remote)) {
					return true;
				}
				address = remote.getAddress();
			}
			catch (IOException ex) {
				return true;
			}
			if (uncapped.test(address)) {
				return true;
			}
			if (++accepts % SWEEP_EVERY == 0) {
				open.values().forEach(channels -> channels.removeIf(c -> !c.isOpen()));
				open.values().removeIf(Set::isEmpty);
			}
			Set<SocketChannel> channels = open.computeIfAbsent(ClientAddress.keyOf(address), k -> new HashSet<>());
			channels.removeIf(c -> !c.isOpen());
			if (channels.size() >= maxPerClient) {
				return false;
			}
			channels.add(socket);
			return true;
		}

	}

}
