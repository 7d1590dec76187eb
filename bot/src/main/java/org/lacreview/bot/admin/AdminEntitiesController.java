package org.lacreview.bot.admin;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.lacreview.bot.draft.DraftEntities;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/draft/entities}: the entity families in the draft (list; a family's
 * values read with an {@code ETag}, changed or removed with {@code If-Match}).
 */
@RestController
@RequestMapping(path = "/api/admin/draft", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminEntitiesController {

	private final DraftEntities entities;

	AdminEntitiesController(DraftEntities entities) {
		this.entities = entities;
	}

	@GetMapping("/entities")
	List<DraftEntities.FamilySummary> families() {
		return entities.list();
	}

	@GetMapping("/entities/{family}")
	ResponseEntity<DraftEntities.FamilyView> family(@PathVariable String family) {
		DraftEntities.FamilyView view = entities.family(family);
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

	@DeleteMapping("/entities/{family}")
	ResponseEntity<Void> deleteFamily(@PathVariable String family,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		entities.delete(family, Optional.ofNullable(ifMatch), staff.getName());
		return ResponseEntity.noContent().build();
	}

	/**
	 * {@code {"values": [{"id": "…", "label"?, "names"?, "values"?, "texts"?}]}}: the
	 * values to change.
	 */
	record FamilyChange(List<DraftEntities.ValueForm> values) {
	}

	@PutMapping(path = "/entities/{family}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftEntities.FamilyView> putFamily(@PathVariable String family, @RequestBody FamilyChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal staff) {
		if (change.values() == null || change.values().isEmpty()) {
			throw new AdminBadRequest("'values' is missing: give the values to change, each with its 'id'");
		}
		DraftEntities.FamilyView view = entities.put(family, change.values(), Optional.ofNullable(ifMatch),
				staff.getName());
		return ResponseEntity.ok().eTag(view.etag()).body(view);
	}

}
