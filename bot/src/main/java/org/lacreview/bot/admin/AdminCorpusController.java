package org.lacreview.bot.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.bot.corpus.CorpusVersion;
import org.lacreview.bot.corpus.LiveChange;
import org.lacreview.bot.corpus.PublishingSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/admin/corpus}: the live version, publishing a corpus zip (the advanced
 * route; a zip to try goes to {@code /api/admin/draft/from-zip}), the version history,
 * downloading a version, rolling back.
 */
@RestController
class AdminCorpusController {

	/** Longest author name kept with a version, in characters. */
	static final int MAX_AUTHOR = 200;

	/** Changes of the live version listed with the versions, newest first. */
	private static final int HISTORY_SHOWN = 50;

	private final CorpusPublisher publisher;

	private final PublishingSettings settings;

	private final AuditLog audit;

	/**
	 * Every version, which one is live, and the live pointer's latest changes.
	 *
	 * @param history newest first
	 */
	record Versions(long live, List<AdminViews.Version> versions, List<LiveChange> history) {
	}

	/** The version now live after a rollback. */
	record Rolledback(AdminViews.Version version) {
	}

	AdminCorpusController(CorpusPublisher publisher, PublishingSettings settings, AuditLog audit) {
		this.publisher = publisher;
		this.settings = settings;
		this.audit = audit;
	}

	@GetMapping(path = "/api/admin/corpus", produces = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Version live() {
		CorpusVersion live = publisher.live();
		return AdminViews.version(live, live.id());
	}

	/**
	 * The zip as the request body
	 * ({@code curl --data-binary @corpus.zip -H 'Content-Type: application/zip'}), read
	 * through the cap of {@link UploadBody}.
	 */
	@PostMapping(path = "/api/admin/corpus",
			consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AdminViews.Published> upload(HttpServletRequest request,
			@RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "false") boolean force,
			Principal staff) throws IOException {
		byte[] zip = UploadBody.read(request, settings);
		return accept(zip, author(staff, author), force);
	}

	/** The zip as a form's {@code file} part ({@code curl -F file=@corpus.zip}). */
	@PostMapping(path = "/api/admin/corpus", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AdminViews.Published> uploadForm(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String author, @RequestParam(defaultValue = "false") boolean force,
			Principal staff) throws IOException {
		if (file.getSize() > settings.maxUpload().toBytes()) {
			throw new UploadTooLarge(settings.maxUpload());
		}
		return accept(file.getBytes(), author(staff, author), force);
	}

	/**
	 * Who publishes, as recorded with the version and logged: "unknown" when not given;
	 * refused (400) when it holds control characters (a line break would forge log lines)
	 * or is longer than {@link #MAX_AUTHOR}.
	 */
	private static String author(String author) {
		if (author.codePoints()
			.anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
			throw new AdminBadRequest("'author' must not hold line breaks or other control characters");
		}
		String by = author.strip();
		if (by.length() > MAX_AUTHOR) {
			throw new AdminBadRequest("'author' is longer than " + MAX_AUTHOR + " characters");
		}
		return by.isEmpty() ? "unknown" : by;
	}

	/**
	 * The version's author: the signed-in account; for the admin token, which stands for
	 * no one, "admin token" with the {@code author} a script names, so that a version's
	 * author is never free text alone.
	 */
	private static String author(Principal staff, String author) {
		String given = author(author);
		String by = staff.getName().equals(AdminTokenFilter.TOKEN_ACTOR) && !given.equals("unknown")
				? AdminTokenFilter.TOKEN_ACTOR + " (" + given + ")" : staff.getName();
		return by.length() <= MAX_AUTHOR ? by : by.substring(0, MAX_AUTHOR - 1) + "…";
	}

	private ResponseEntity<AdminViews.Published> accept(byte[] zip, String author, boolean force) {
		if (zip.length == 0) {
			throw new AdminBadRequest("send the corpus as a zip: the body is empty");
		}
		CorpusPublisher.Published published = publisher.publish(zip, author, force);
		audit.record(author, "corpus.upload", "version " + published.version().id(),
				"published an uploaded zip as version " + published.version().id() + (force ? " (forced)" : ""));
		return ResponseEntity.status(HttpStatus.CREATED).body(AdminViews.published(published));
	}

	@GetMapping(path = "/api/admin/corpus/versions", produces = MediaType.APPLICATION_JSON_VALUE)
	Versions versions() {
		long live = publisher.live().id();
		return new Versions(live, publisher.versions().stream().map(v -> AdminViews.version(v, live)).toList(),
				publisher.liveHistory(HISTORY_SHOWN));
	}

	@GetMapping(path = "/api/admin/corpus/versions/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		byte[] zip = publisher.archive(id).orElseThrow(() -> new NoSuchElementException("there is no version " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("corpus-v" + id + ".zip").build().toString())
			.body(zip);
	}

	/**
	 * Rolls back to {@code {"version": n}}, or without a body to the version that was
	 * live before the live one (the live pointer's history, not the next lower id).
	 */
	@PostMapping(path = "/api/admin/corpus/rollback", produces = MediaType.APPLICATION_JSON_VALUE)
	Rolledback rollback(@RequestBody(required = false) Map<String, Object> body, Principal staff) {
		Optional<Long> to = Optional.ofNullable(body).map(b -> b.get("version")).map(v -> {
			if (v instanceof Number n) {
				return n.longValue();
			}
			throw new AdminBadRequest("'version' must be a version number, not " + v);
		});
		CorpusVersion version = publisher.rollback(to, staff.getName());
		audit.record(staff.getName(), "corpus.rollback", "version " + version.id(),
				"rolled back to version " + version.id());
		return new Rolledback(AdminViews.version(version, version.id()));
	}

}
