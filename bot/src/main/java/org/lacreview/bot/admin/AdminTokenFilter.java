package org.lacreview.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lacreview.bot.admin.accounts.StaffRole;
import org.lacreview.bot.problem.ProblemWriter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/admin/**} and {@code /actuator/**} (but health) by
 * {@code Authorization: Bearer <token>}, with every staff role: 404 while there is
 * neither an admin token nor a staff account (the staff tools are off), 401 with another
 * kind of {@code Authorization}, 403 with a wrong token. A request without
 * {@code Authorization} goes on unauthenticated here: a signed-in page's session cookie
 * authenticates it, or the entry point answers 401. Tokens are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken tells nothing about the
 * token, not even its length. A client address that sent too many wrong tokens
 * ({@link FailedLogins}) gets 429 with {@code Retry-After}, whatever it sends, until it
 * may try again.
 */
class AdminTokenFilter extends OncePerRequestFilter {

	/** The name the admin token acts under, as the audit trail shows it. */
	static final String TOKEN_ACTOR = "admin token";

	private final byte[] expected;

	private final BooleanSupplier accountsExist;

	private final FailedLogins failures;

	private final Function<HttpServletRequest, String> clientAddress;

	private final ProblemWriter problems;

	/**
	 * @param clientAddress the address a request comes from, whose wrong tokens are
	 * counted together
	 * @param problems writes the refusals, as the admin API's other errors
	 */
	AdminTokenFilter(AdminSettings settings, Function<HttpServletRequest, String> clientAddress, FailedLogins failures,
			BooleanSupplier accountsExist, ProblemWriter problems) {
		this.expected = settings.enabled() ? digest(settings.token()) : null;
		this.failures = failures;
		this.clientAddress = clientAddress;
		this.accountsExist = accountsExist;
		this.problems = problems;
	}

	/**
	 * Health stays public. The filter sits in the security chain of the admin API and
	 * Actuator only ({@code AdminSecurityConfiguration} names those paths), so nothing
	 * else reaches it.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (expected == null && !accountsExist.getAsBoolean()) {
			problems.write(response, 404, "not_found",
					"the staff tools are off: set CHATBOT_ADMIN_USER and CHATBOT_ADMIN_PASSWORD (or CHATBOT_ADMIN_TOKEN) to enable them");
			return;
		}
		String header = request.getHeader("Authorization");
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = clientAddress.apply(request);
		Optional<Duration> wait = failures.wait(address);
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds() + 1);
			response.setHeader("Retry-After", Long.toString(seconds));
			problems.write(response, 429, "rate_limited",
					"too many wrong admin tokens from this address; try again in " + seconds + " s");
			return;
		}
		if (!AdminSecurityConfiguration.isBearer(request)) {
			response.setHeader("WWW-Authenticate", "Bearer");
			problems.write(response, 401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'");
			return;
		}
		if (expected == null || !MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
			// Only a wrong token counts: a request without one (the staff page before
			// sign-in) guesses nothing.
			failures.failed(address);
			problems.write(response, 403, "forbidden", "the admin token is wrong");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(TOKEN_ACTOR, null,
					List.of(new SimpleGrantedAuthority(StaffRole.ADMIN.authority()))));
		chain.doFilter(request, response);
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
