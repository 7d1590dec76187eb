package org.lacreview.bot.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.lacreview.bot.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of <em>every</em> request, whatever its path, before anything routes it:
 * a declared length over the cap is refused with 413 before a byte is read, a chunked
 * body stops being read at the cap (413), and a body still arriving {@code deadline}
 * after the request started is abandoned with 408, so a client sending one byte every few
 * seconds holds a worker thread for a bounded time.
 * <p>
 * The cap is {@code maxBytes}, except under {@code /api/admin/} (corpus uploads, behind
 * the admin token), where it is {@code maxUploadBytes} and there is no deadline. The path
 * tested is the servlet path, which Tomcat has already percent-decoded and normalised, so
 * {@code /api/%63hat} is capped like {@code /api/chat}. Multipart bodies are parsed by
 * the container and are bounded by Spring's multipart limits instead.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	static final String ADMIN_PREFIX = "/api/admin/";

	private final long maxBytes;

	private final long maxUploadBytes;

	private final long deadlineNanos;

	private final ProblemWriter problems;

	/**
	 * @param maxBytes cap in bytes on bodies outside {@code /api/admin/}
	 * @param maxUploadBytes cap in bytes on bodies under {@code /api/admin/}
	 * @param deadlineMillis time in milliseconds from the start of the request by which a
	 * capped body must have been read
	 * @param problems writes the refusals
	 */
	RequestSizeFilter(long maxBytes, long maxUploadBytes, long deadlineMillis, ProblemWriter problems) {
		this.maxBytes = maxBytes;
		this.maxUploadBytes = maxUploadBytes;
		this.deadlineNanos = deadlineMillis * 1_000_000L;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean upload = path(request).startsWith(ADMIN_PREFIX);
		long cap = upload ? maxUploadBytes : maxBytes;
		if (request.getContentLengthLong() > cap) {
			problems.write(response, 413, "too_large", "the body is larger than " + cap + " bytes");
			return;
		}
		long deadline = upload ? Long.MAX_VALUE : System.nanoTime() + deadlineNanos;
		try {
			chain.doFilter(new Capped(request, cap, deadline), response);
		}
		catch (BodyTooLargeException ex) {
			refuseIfOpen(response, 413, "too_large", "the body is larger than " + cap + " bytes");
		}
		catch (BodyTooSlowException ex) {
			refuseIfOpen(response, 408, "too_slow", "the body did not arrive in time");
		}
	}

	/** The decoded, normalised path inside the application ({@code /api/chat}). */
	static String path(HttpServletRequest request) {
		String servletPath = request.getServletPath();
		String pathInfo = request.getPathInfo();
		String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
		return path.isEmpty() ? request.getRequestURI() : path;
	}

	private void refuseIfOpen(HttpServletResponse response, int status, String code, String message)
			throws IOException {
		if (!response.isCommitted()) {
			response.reset();
			problems.write(response, status, code, message);
		}
	}

	/** Thrown by a capped body read past its cap; answered 413. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body over its cap");
		}

	}

	/** Thrown by a capped body still being read past its deadline; answered 408. */
	static final class BodyTooSlowException extends IOException {

		BodyTooSlowException() {
			super("request body past its deadline");
		}

	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long max;

		private final long deadline;

		Capped(HttpServletRequest request, long max, long deadline) {
			super(request);
			this.max = max;
			this.deadline = deadline;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					checkTime();
					int b = in.read();
					if (b >= 0 && ++read > max) {
						throw new BodyTooLargeException();
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					checkTime();
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > max) {
						throw new BodyTooLargeException();
					}
					// Checked again after the read, which may have waited up to the
					// connector's upload timeout.
					if (n > 0) {
						checkTime();
					}
					return n;
				}

				private void checkTime() throws BodyTooSlowException {
					if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
						throw new BodyTooSlowException();
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
