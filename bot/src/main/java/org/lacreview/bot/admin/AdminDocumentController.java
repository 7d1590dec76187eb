package org.lacreview.bot.admin;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.lacreview.bot.draft.DraftSections;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/draft/sections}: the document's sections in the draft (list, read
 * with an {@code ETag}, change or remove with {@code If-Match}), and
 * {@code POST /api/admin/draft/markdown} to preview a section's Markdown as HTML
 * (CommonMark; HTML in the text is escaped and unsafe links dropped, so the preview
 * cannot run anything).
 */
@RestController
@RequestMapping(path = "/api/admin/draft", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminDocumentController {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final DraftSections sections;

	AdminDocumentController(DraftSections sections) {
		this.sections = sections;
	}

	@GetMapping("/sections")
	List<DraftSections.SectionSummary> list() {
		return sections.list();
	}

	@GetMapping("/sections/{id}")
	ResponseEntity<DraftSections.SectionView> section(@PathVariable String id) {
		DraftSections.SectionView view = sections.section(id);
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@PutMapping(path = "/sections/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftSections.SectionView> put(@PathVariable String id, @RequestBody DraftSections.SectionForm form,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		DraftSections.SectionView view = sections.put(id, form, Optional.ofNullable(ifMatch), staff.getName());
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@DeleteMapping("/sections/{id}")
	ResponseEntity<Void> deleteSection(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		sections.delete(id, Optional.ofNullable(ifMatch), staff.getName());
		return ResponseEntity.noContent().build();
	}

	/** {@code {"markdown": "…"}} → {@code {"html": "…"}}. */
	record MarkdownPreview(String markdown) {
	}

	@PostMapping(path = "/markdown", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdminViews.Html markdown(@RequestBody MarkdownPreview request) {
		if (request.markdown() == null) {
			throw new AdminBadRequest("'markdown' is missing");
		}
		return new AdminViews.Html(HTML.render(MARKDOWN.parse(request.markdown())));
	}

}
