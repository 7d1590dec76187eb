package org.lacreview.bot.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.problem.Problems;
import org.lacreview.bot.web.ClientKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/session}: signing in to the staff page with a staff account
 * ({@code POST}, 200 with the account and its role, 401 for a wrong name or password, 429
 * after {@code chatbot.admin.max-failures} for one account name, or ten times that for
 * any names, from one address), who is signed in ({@code GET}, which also sets the
 * {@code XSRF-TOKEN} cookie the page echoes), and signing out ({@code DELETE}).
 */
@RestController
class AdminSessionController {

	private final AuthenticationManager authentication;

	private final SecurityContextRepository contexts;

	private final FailedLogins failures;

	/** Failed sign-ins per address and account name: guessing one account's password. */
	private final FailedLogins accountFailures;

	private final ClientKeys clients;

	private final AuditLog audit;

	AdminSessionController(AuthenticationManager staffAuthentication, SecurityContextRepository contexts,
			FailedLogins failures, ClientKeys clients, AuditLog audit, AdminSettings settings) {
		this.authentication = staffAuthentication;
		this.contexts = contexts;
		this.failures = failures;
		this.accountFailures = new FailedLogins(settings);
		this.clients = clients;
		this.audit = audit;
	}

	/** {@code {"username": "…", "password": "…"}}. */
	record Credentials(String username, String password) {
	}

	/**
	 * Who is signed in.
	 *
	 * @param username the account's name
	 * @param role its role in lower case ({@code editor})
	 */
	record Who(String username, String role) {
	}

	@PostMapping(path = "/api/admin/session", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> signIn(@RequestBody Credentials credentials, HttpServletRequest request,
			HttpServletResponse response) {
		if (credentials.username() == null || credentials.password() == null) {
			throw new AdminBadRequest("give 'username' and 'password'");
		}
		String address = clients.limitKey(request);
		String account = address + "|" + credentials.username().strip().toLowerCase(Locale.ROOT);
		Optional<Duration> wait = accountFailures.wait(account).or(() -> failures.wait(address));
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds() + 1);
			return Problems.builder(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
						"too many failed sign-ins; try again in " + seconds + " s"));
		}
		Authentication signedIn;
		try {
			signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(credentials.username().strip(), credentials.password()));
		}
		catch (AuthenticationException ex) {
			accountFailures.failed(account);
			failures.failed(address);
			return Problems.response(HttpStatus.UNAUTHORIZED, "unauthorized", "the user name or the password is wrong");
		}
		// A new session id on sign-in, so that an id planted before it (session fixation)
		// is worth nothing.
		HttpSession old = request.getSession(false);
		if (old != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.record(signedIn.getName(), "session.sign_in", signedIn.getName(), "signed in to the staff page");
		return ResponseEntity.ok(who(signedIn, null));
	}

	@GetMapping(path = "/api/admin/session", produces = MediaType.APPLICATION_JSON_VALUE)
	Who current(Authentication staff, CsrfToken csrf) {
		return who(staff, csrf);
	}

	@DeleteMapping("/api/admin/session")
	ResponseEntity<Void> signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	private static Who who(Authentication staff, CsrfToken csrf) {
		String role = staff.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(a -> a.replaceFirst("^ROLE_", "").toLowerCase(Locale.ROOT))
			.findFirst()
			.orElse("");
		if (csrf != null) {
			// Reading the token makes Spring Security set the XSRF-TOKEN cookie the page
			// echoes in X-XSRF-TOKEN.
			csrf.getToken();
		}
		return new Who(staff.getName(), role);
	}

}
