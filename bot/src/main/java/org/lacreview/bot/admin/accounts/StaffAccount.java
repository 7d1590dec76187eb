package org.lacreview.bot.admin.accounts;

import java.time.Instant;

/** A staff account as the accounts screen shows it (never its password hash). */
public record StaffAccount(String username, String role, boolean enabled, Instant createdAt, Instant updatedAt) {
}
