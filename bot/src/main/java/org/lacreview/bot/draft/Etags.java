package org.lacreview.bot.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity tags of what staff edit: a quoted SHA-256 (first 16 hex digits) of the value's
 * JSON with map keys sorted, so the tag changes exactly when the content does, whoever
 * changed it and on whichever instance.
 */
final class Etags {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private Etags() {
	}

	static String of(Object value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Whether {@code ifMatch} (an {@code If-Match} header: one tag, a list, or {@code *})
	 * names {@code etag}.
	 */
	static boolean matches(String ifMatch, String etag) {
		for (String tag : ifMatch.split(",")) {
			String t = tag.strip();
			if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag) || ("\"" + t + "\"").equals(etag)) {
				return true;
			}
		}
		return false;
	}

}
