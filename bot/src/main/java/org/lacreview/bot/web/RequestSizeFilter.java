package org.lacreview.bot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies on the public API ({@code /api/chat}, {@code /api/feedback}) and the Telegram webhook:
 * a declared length over the cap is refused with 413 before anything is read, and a chunked body stops being
 * read at the cap, so a huge body cannot fill the heap. Corpus uploads have their own, larger limit.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/api/chat") || path.equals("/api/feedback") || path.startsWith("/telegram/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			tooLarge(response);
			return;
		}
		try {
			chain.doFilter(new Capped(request, maxBytes), response);
		}
		catch (BodyTooLargeException ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(response);
			}
		}
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(413);
		response.setContentType("application/json");
		response.getWriter().write("{\"status\":413,\"error\":\"too_large\",\"message\":\"the body is larger than "
				+ maxBytes + " bytes\"}");
	}

	/** Thrown by a capped body read past its cap. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body over its cap");
		}
	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long max;

		Capped(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > max) {
						throw new BodyTooLargeException();
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > max) {
						throw new BodyTooLargeException();
					}
					return n;
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
