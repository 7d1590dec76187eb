package org.lacreview.bot.admin.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The {@code staff_account} table, and Spring Security's view of it
 * ({@link UserDetailsService}). Passwords are hashed with the given encoder (Spring
 * Security's delegating encoder: bcrypt) and at least {@value #MIN_PASSWORD} characters;
 * user names are 1–100 characters of letters, digits and {@code . _ @ -}.
 */
public class StaffAccounts implements UserDetailsService {

	/**
	 * Characters in a password, as NIST SP 800-63B asks at least 8 and we prefer
	 * passphrases.
	 */
	public static final int MIN_PASSWORD = 12;

	private static final String USERNAME = "[\\p{L}\\p{N}._@-]{1,100}";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock = Clock.systemUTC();

	public StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("select username, password_hash, role, enabled from staff_account where username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.authorities(new SimpleGrantedAuthority(StaffRole.valueOf(rs.getString(3)).authority()))
				.disabled(!rs.getBoolean(4))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	public boolean any() {
		return jdbc.sql("select count(*) from staff_account").query(Long.class).single() > 0;
	}

	public List<StaffAccount> all() {
		return jdbc.sql("select username, role, enabled, created_at, updated_at from staff_account order by username")
			.query(StaffAccounts::account)
			.list();
	}

	public Optional<StaffAccount> find(String username) {
		return jdbc.sql("select username, role, enabled, created_at, updated_at from staff_account where username = ?")
			.param(username)
			.query(StaffAccounts::account)
			.optional();
	}

	/**
	 * @throws AccountRefused for a name or password that is not valid, or a name already
	 * taken
	 */
	public StaffAccount create(String username, String password, StaffRole role) {
		checkUsername(username);
		checkPassword(password);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		try {
			jdbc.sql(
					"insert into staff_account (username, password_hash, role, enabled, created_at, updated_at) values (?, ?, ?, true, ?, ?)")
				.params(username, encoder.encode(password), role.name(), now, now)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountRefused("there is already an account '" + username + "'");
		}
		return find(username).orElseThrow();
	}

	/** Changes what is given (null: unchanged); empty when there is no such account. */
	public Optional<StaffAccount> update(String username, StaffRole role, String password, Boolean enabled) {
		if (password != null) {
			checkPassword(password);
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				update staff_account set role = coalesce(?, role), password_hash = coalesce(?, password_hash),
				    enabled = coalesce(?, enabled), updated_at = ? where username = ?""")
			.params(role == null ? null : role.name(), password == null ? null : encoder.encode(password), enabled, now,
					username)
			.update();
		return updated == 0 ? Optional.empty() : find(username);
	}

	public boolean delete(String username) {
		return jdbc.sql("delete from staff_account where username = ?").param(username).update() > 0;
	}

	/**
	 * Enabled admins other than {@code username}: an account change must never leave
	 * none.
	 */
	public long otherAdmins(String username) {
		return jdbc.sql("select count(*) from staff_account where role = 'ADMIN' and enabled and username <> ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static void checkUsername(String username) {
		if (username == null || !username.matches(USERNAME)) {
			throw new AccountRefused("'username' is 1 to 100 letters, digits or . _ @ -");
		}
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new AccountRefused("'password' is at least " + MIN_PASSWORD + " characters");
		}
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getString(1), StaffRole.valueOf(rs.getString(2)).label(), rs.getBoolean(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant());
	}

}
