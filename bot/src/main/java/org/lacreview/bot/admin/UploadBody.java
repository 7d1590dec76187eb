package org.lacreview.bot.admin;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.corpus.PublishingSettings;

/**
 * A zip sent as the request body, read through a cap: a declared length over
 * {@code chatbot.publishing.max-upload} is refused at once, and a longer chunked body
 * stops being read at the cap (413 either way).
 */
final class UploadBody {

	private UploadBody() {
	}

	/**
	 * @throws UploadTooLarge over the cap; {@link AdminBadRequest} when the body is empty
	 */
	static byte[] read(HttpServletRequest request, PublishingSettings settings) throws IOException {
		long max = settings.maxUpload().toBytes();
		if (request.getContentLengthLong() > max) {
			throw new UploadTooLarge(settings.maxUpload());
		}
		byte[] zip;
		try (InputStream body = request.getInputStream()) {
			// One byte more than the cap tells "at the cap" from "over it" without
			// reading any further.
			zip = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		}
		if (zip.length > max) {
			throw new UploadTooLarge(settings.maxUpload());
		}
		if (zip.length == 0) {
			throw new AdminBadRequest("send the corpus as a zip: the body is empty");
		}
		return zip;
	}

}
