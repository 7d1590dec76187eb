package org.lacreview.bot.admin;

import java.util.List;

import org.lacreview.bot.audit.AuditEvent;
import org.lacreview.bot.audit.AuditLog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit?limit=n}: the newest changes staff made, newest first (at
 * most 1,000).
 */
@RestController
class AdminAuditController {

	private static final int MAX_LIMIT = 1000;

	private final AuditLog audit;

	AdminAuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping(path = "/api/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	List<AuditEvent> recent(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new AdminBadRequest("'limit' is between 1 and " + MAX_LIMIT);
		}
		return audit.recent(limit);
	}

}
