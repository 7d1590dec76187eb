package org.lacreview.bot.widget;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A host page on another origin (another port of 127.0.0.1) that embeds the widget from
 * the app, as a site that is not the bot's own would, under its own strict
 * Content-Security-Policy that allows only the app. Started once per test JVM (the app's
 * allowed origins must name it before the app starts).
 */
final class AnotherSite {

	private final HttpServer server;

	private volatile int appPort;

	private AnotherSite(HttpServer server) {
		this.server = server;
	}

	static AnotherSite start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			AnotherSite site = new AnotherSite(server);
			server.createContext("/", site::page);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "another-site-stop"));
			return site;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page's origin, e.g. {@code http://127.0.0.1:40123}. */
	String origin() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Where the page loads the widget from: the app under test. */
	void embedFrom(int port) {
		this.appPort = port;
	}

	private void page(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
		String app = "http://127.0.0.1:" + appPort;
		byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Another site</title>"
				+ "<script src=\"" + app + "/widget.js\" data-lang=\"en\" defer></script></head>"
				+ "<body><h1>Another site</h1></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.getResponseHeaders()
			.set("Content-Security-Policy", "default-src 'none'; script-src " + app + "; style-src " + app
					+ "; connect-src " + app + "; img-src data:");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
