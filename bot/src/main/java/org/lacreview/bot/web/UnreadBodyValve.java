package org.lacreview.bot.web;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection, instead of reading on, when a request was answered without
 * reading its whole body (a 403 from the webhook, 401 from the admin API, 404, 429...).
 * Tomcat would otherwise "swallow" the rest of the body on the worker thread so the
 * connection could be reused, at whatever pace the client sends it: one byte every few
 * seconds holds the thread for minutes after the answer. A client that sent a body nobody
 * read reconnects for its next request, which costs an honest client almost nothing.
 */
class UnreadBodyValve extends ValveBase {

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		try {
			getNext().invoke(request, response);
		}
		finally {
			org.apache.coyote.Request coyote = request.getCoyoteRequest();
			boolean hasBody = coyote.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
			if (hasBody && !request.isAsync() && !coyote.isFinished()) {
				coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}
	}

}
