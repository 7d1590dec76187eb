package org.lacreview.bot.admin.accounts;

import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;

import org.lacreview.bot.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/accounts} (admins only): list, create
 * ({@code {"username","password","role"}}), change role, password or enabled ({@code PUT
 * /{username}}), delete. No change may leave no enabled admin (409). Every change is in
 * the audit trail; passwords never are.
 */
@RestController
@RequestMapping(path = "/api/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminAccountsController {

	private final StaffAccounts accounts;

	private final AuditLog audit;

	AdminAccountsController(StaffAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * What {@code POST} and {@code PUT} take; in a {@code PUT} a field left out keeps its
	 * value.
	 */
	record AccountForm(String username, String password, String role, Boolean enabled) {
	}

	@GetMapping
	List<StaffAccount> all() {
		return accounts.all();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StaffAccount> create(@RequestBody AccountForm form, Principal staff) {
		StaffAccount created = accounts.create(form.username(), form.password(), StaffRole.parse(form.role()));
		audit.record(staff.getName(), "account.create", created.username(),
				"created the account with role " + created.role());
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@PutMapping(path = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	StaffAccount update(@PathVariable String username, @RequestBody AccountForm form, Principal staff) {
		StaffRole role = form.role() == null ? null : StaffRole.parse(form.role());
		boolean demotes = (role != null && role != StaffRole.ADMIN) || Boolean.FALSE.equals(form.enabled());
		if (demotes && isEnabledAdmin(username) && accounts.otherAdmins(username) == 0) {
			throw new LastAdmin();
		}
		StaffAccount updated = accounts.update(username, role, form.password(), form.enabled())
			.orElseThrow(() -> new NoSuchElementException("there is no account '" + username + "'"));
		audit.record(staff.getName(), "account.update", username, "role " + updated.role() + ", "
				+ (updated.enabled() ? "enabled" : "disabled") + (form.password() != null ? ", password changed" : ""));
		return updated;
	}

	@DeleteMapping("/{username}")
	ResponseEntity<Void> delete(@PathVariable String username, Principal staff) {
		if (isEnabledAdmin(username) && accounts.otherAdmins(username) == 0) {
			throw new LastAdmin();
		}
		if (!accounts.delete(username)) {
			throw new NoSuchElementException("there is no account '" + username + "'");
		}
		audit.record(staff.getName(), "account.delete", username, "deleted the account");
		return ResponseEntity.noContent().build();
	}

	private boolean isEnabledAdmin(String username) {
		return accounts.find(username).filter(a -> a.enabled() && a.role().equals(StaffRole.ADMIN.label())).isPresent();
	}

}
