package org.lacreview.bot.admin;

import org.lacreview.bot.admin.accounts.StaffAccounts;
import org.lacreview.bot.admin.accounts.StaffRole;
import org.lacreview.bot.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Staff accounts and signing in, whether or not the app serves the web (the first admin
 * is created either way): the password encoder (Spring Security's delegating encoder,
 * bcrypt), the accounts table, the role hierarchy, the authentication of a name and
 * password, and the count of failed sign-ins.
 */
@Configuration(proxyBeanMethods = false)
class StaffAccountsConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	StaffAccounts staffAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		return new StaffAccounts(jdbc, encoder);
	}

	/**
	 * Failed sign-ins per client address, whatever the account name: ten times those
	 * allowed for one name.
	 */
	@Bean
	FailedLogins failedLogins(AdminSettings settings) {
		return new FailedLogins(settings, ADDRESS_FAILURES);
	}

	/**
	 * How many times more failures one address may make than one account name (see
	 * AdminSessionController).
	 */
	private static final int ADDRESS_FAILURES = 10;

	@Bean
	FirstAdmin firstAdmin(AdminSettings settings, StaffAccounts accounts, AuditLog audit) {
		return new FirstAdmin(settings, accounts, audit);
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(StaffRole.HIERARCHY);
	}

	@Bean
	AuthenticationManager staffAuthentication(StaffAccounts accounts, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		return new ProviderManager(provider);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

}
