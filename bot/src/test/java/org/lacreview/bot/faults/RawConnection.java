package org.lacreview.bot.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One hand-driven HTTP/1.1 connection to 127.0.0.1 from a chosen loopback source address
 * (127.0.0.x), to send a request as slowly or as strangely as an attacker would and read
 * what comes back.
 */
final class RawConnection implements AutoCloseable {

	private final Socket socket = new Socket();

	/** Connects from {@code source} (e.g. 127.0.0.2) to 127.0.0.1:{@code port}. */
	RawConnection(String source, int port) throws IOException {
		socket.bind(new InetSocketAddress(source, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
	}

	/** Writes {@code text}; false when the server has closed or reset the connection. */
	boolean send(String text) {
		try {
			socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The status code of the response, waiting at most {@code millis}; -1 when the
	 * connection ended without one, 0 when nothing came in time.
	 */
	int status(int millis) throws IOException {
		String head = head(millis);
		if (head == null) {
			return 0;
		}
		return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
	}

	/**
	 * Whether the server closes the connection within {@code millis}, reading and
	 * discarding what it sends.
	 */
	boolean closedWithin(int millis) throws IOException {
		long end = System.currentTimeMillis() + millis;
		byte[] buffer = new byte[4096];
		try {
			while (System.currentTimeMillis() < end) {
				socket.setSoTimeout((int) Math.max(1, end - System.currentTimeMillis()));
				if (socket.getInputStream().read(buffer) < 0) {
					return true;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
		return false;
	}

	private String head(int millis) throws IOException {
		socket.setSoTimeout(millis);
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try {
			for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
				line.write(b);
			}
		}
		catch (SocketTimeoutException ex) {
			return null;
		}
		catch (IOException ex) {
			return "";
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

}
