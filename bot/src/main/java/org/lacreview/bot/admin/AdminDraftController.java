package org.lacreview.bot.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.bot.corpus.PublishingSettings;
import org.lacreview.bot.draft.DraftDiff;
import org.lacreview.bot.draft.DraftOptions;
import org.lacreview.bot.draft.DraftReview;
import org.lacreview.bot.draft.DraftService;
import org.lacreview.bot.draft.DraftViews;
import org.lacreview.bot.draft.IntentForm;
import org.lacreview.index.DialogState;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/draft}: the shared draft staff edit in the page. Reads of an intent
 * or of the bot's sentences return an {@code ETag}; a change must send it back as
 * {@code If-Match} (428 without it, 409 with the current content when someone changed it
 * meanwhile). Errors name the field at fault.
 */
@RestController
@RequestMapping(path = "/api/admin/draft", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminDraftController {

	private final DraftService drafts;

	private final DraftReview review;

	private final PublishingSettings settings;

	AdminDraftController(DraftService drafts, DraftReview review, PublishingSettings settings) {
		this.drafts = drafts;
		this.review = review;
		this.settings = settings;
	}

	@GetMapping
	DraftViews.Summary summary() {
		return review.summary();
	}

	@DeleteMapping
	ResponseEntity<Void> discard(Principal staff) {
		if (!review.discard(staff.getName())) {
			throw new NoSuchElementException("there is no draft to discard");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/intents")
	List<DraftViews.IntentListed> intents() {
		return drafts.intents();
	}

	@GetMapping("/intents/{name}")
	ResponseEntity<DraftViews.IntentView> intent(@PathVariable String name) {
		DraftViews.IntentView view = drafts.intent(name);
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	/**
	 * Changes or creates an intent; {@code file} places a new one (default
	 * {@code intents/<name>.yml}).
	 */
	@PutMapping(path = "/intents/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftViews.IntentView> putIntent(@PathVariable String name, @RequestBody IntentForm form,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) String file, Principal staff) {
		DraftViews.IntentView view = drafts.putIntent(name, form, Optional.ofNullable(ifMatch),
				Optional.ofNullable(file), staff.getName());
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@DeleteMapping("/intents/{name}")
	ResponseEntity<Void> deleteIntent(@PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		drafts.deleteIntent(name, Optional.ofNullable(ifMatch), staff.getName());
		return ResponseEntity.noContent().build();
	}

	/** {@code {"language": "es", "text": "…"}}. */
	record NewExample(String language, String text) {
	}

	@PostMapping(path = "/intents/{name}/examples", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftViews.IntentView> addExample(@PathVariable String name, @RequestBody NewExample example,
			Principal staff) {
		DraftViews.IntentView view = drafts.addExample(name, example.language(), example.text(), staff.getName());
		return ResponseEntity.status(HttpStatus.CREATED).eTag(view.etag()).body(view);
	}

	/** {@code messages} or {@code telegram}: the bot's own sentences. */
	@GetMapping("/{file:messages|telegram}")
	ResponseEntity<DraftViews.TextsView> texts(@PathVariable String file) {
		DraftViews.TextsView view = drafts.texts(file + ".yml");
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	/**
	 * {@code {"texts": {"fallback": {"es": "…", "en": "…"}}}}: the sentences to change,
	 * the others stay.
	 */
	record TextsChange(Map<String, Map<String, String>> texts) {
	}

	@PutMapping(path = "/{file:messages|telegram}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftViews.TextsView> putTexts(@PathVariable String file, @RequestBody TextsChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		if (change.texts() == null || change.texts().isEmpty()) {
			throw new AdminBadRequest("'texts' is missing: give the sentences to change by key and language");
		}
		DraftViews.TextsView view = drafts.putTexts(file + ".yml", change.texts(), Optional.ofNullable(ifMatch),
				staff.getName());
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@GetMapping("/options")
	DraftOptions options() {
		return review.options();
	}

	/**
	 * {@code {"intent": "…", "language": "es"}}: the draft's answer with real values, as
	 * a menu command shows it.
	 */
	record PreviewRequest(String intent, String language) {
	}

	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Preview preview(@RequestBody PreviewRequest request) {
		if (request.intent() == null || request.language() == null) {
			throw new AdminBadRequest("give 'intent' and 'language'");
		}
		try {
			return new AdminViews.Preview(review.preview(request.intent(), request.language()));
		}
		catch (IllegalArgumentException ex) {
			throw new NoSuchElementException(ex.getMessage());
		}
	}

	@GetMapping("/diff")
	DraftDiff.Diff diff() {
		return review.diff();
	}

	/** {@code {"question": "…", "language": "es"}}: the draft's answer with its trace. */
	@PostMapping(path = "/try", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Tried tryQuestion(@RequestBody AdminTryController.TryRequest request) {
		if (request.question() == null || request.question().isBlank()) {
			throw new AdminBadRequest("'question' is missing or blank");
		}
		Optional<String> language = Optional.ofNullable(request.language()).filter(l -> !l.isBlank());
		return AdminViews
			.tried(review.trial().engine().answer(request.question(), language, DialogState.EMPTY).answer(), "draft");
	}

	@PostMapping("/golden")
	AdminViews.Golden golden() {
		AdminViews.Golden golden = AdminViews.golden(review.golden());
		return golden == null ? AdminViews.Golden.NONE : golden;
	}

	/**
	 * Publishes the draft: 201 with the version, or 422 with the errors or golden
	 * failures, as an upload.
	 */
	@PostMapping("/publish")
	ResponseEntity<AdminViews.Published> publish(@RequestParam(defaultValue = "false") boolean force,
			@RequestParam(defaultValue = "false") boolean overwrite, Principal staff) {
		CorpusPublisher.Published published = review.publish(staff.getName(), force, overwrite);
		return ResponseEntity.status(HttpStatus.CREATED).body(AdminViews.published(published));
	}

	@PostMapping("/from-version/{id}")
	ResponseEntity<DraftViews.Summary> fromVersion(@PathVariable long id, Principal staff) {
		return ResponseEntity.status(HttpStatus.CREATED).body(review.openFromVersion(id, staff.getName()));
	}

	/**
	 * An uploaded corpus zip becomes the draft (checked as an upload; 422 with its errors
	 * otherwise).
	 */
	@PostMapping(path = "/from-zip", consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<DraftViews.Summary> fromZip(HttpServletRequest request, Principal staff) throws IOException {
		byte[] zip = UploadBody.read(request, settings);
		return ResponseEntity.status(HttpStatus.CREATED).body(review.openFromZip(zip, staff.getName()));
	}

	@GetMapping(path = "/download", produces = "application/zip")
	ResponseEntity<byte[]> download() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("corpus-draft.zip").build().toString())
			.body(review.zip());
	}

}
