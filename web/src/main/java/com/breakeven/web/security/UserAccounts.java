package com.breakeven.web.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who sign in, in {@code app_user} and {@code app_user_role}: passwords kept only
 * as bcrypt hashes, roles checked on every request.
 */
@Service
public class UserAccounts implements UserDetailsService {

	/** Letters, digits, dots, hyphens and underscores, 3 to 100 of them. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");

	public static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	/**
	 * @throws IllegalArgumentException naming the field that is refused: a username taken
	 * or malformed, a password too short, no role
	 */
	@Transactional
	public UserAccount create(String username, String displayName, String rawPassword, Set<Role> roles) {
		String name = (username != null) ? username.strip() : "";
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountRefused("username",
					"username must be 3 to 100 letters, digits, dots, hyphens or underscores");
		}
		checkPassword(rawPassword);
		if (roles == null || roles.isEmpty()) {
			throw new AccountRefused("roles", "choose at least one role");
		}
		if (find(name).isPresent()) {
			throw new AccountRefused("username", "username '" + name + "' is taken");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name, enabled, created_at)
				VALUES (:username, :hash, :displayName, TRUE, :now)""")
			.param("username", name)
			.param("hash", this.passwords.encode(rawPassword))
			.param("displayName", blankToNull(displayName))
			.param("now", now)
			.update();
		setRoles(idOf(name), roles);
		return find(name).orElseThrow();
	}

	@Transactional
	public void setRoles(long id, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new AccountRefused("roles", "choose at least one role");
		}
		this.jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id").param("id", id).update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	public void setEnabled(long id, boolean enabled) {
		this.jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	public void changePassword(long id, String rawPassword) {
		checkPassword(rawPassword);
		this.jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
			.param("hash", this.passwords.encode(rawPassword))
			.param("id", id)
			.update();
	}

	/** Whether the password is the user's: re-checked before the user changes it. */
	public boolean passwordMatches(String username, String rawPassword) {
		return this.jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional()
			.map(hash -> rawPassword != null && this.passwords.matches(rawPassword, hash))
			.orElse(false);
	}

	public void recordLogin(String username) {
		this.jdbc.sql("UPDATE app_user SET last_login_at = :now WHERE username = :username")
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

	public Optional<UserAccount> find(String username) {
		return list(" WHERE u.username = :username", Map.of("username", username)).stream().findFirst();
	}

	public Optional<UserAccount> find(long id) {
		return list(" WHERE u.id = :id", Map.of("id", id)).stream().findFirst();
	}

	public List<UserAccount> all() {
		return list("", Map.of());
	}

	/**
	 * For Spring Security's form login: the hash and the roles, disabled users locked.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		record Row(String hash, boolean enabled) {
		}
		Row row = this.jdbc.sql("SELECT password_hash, enabled FROM app_user WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		UserAccount account = find(username).orElseThrow();
		return User.withUsername(username)
			.password(row.hash())
			.disabled(!row.enabled())
			.authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
			.build();
	}

	private List<UserAccount> list(String where, Map<String, Object> params) {
		Map<Long, UserAccount> byId = new LinkedHashMap<>();
		Map<Long, Set<Role>> roles = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT u.id, u.username, u.display_name, u.enabled, u.created_at, u.last_login_at, r.role"
					+ " FROM app_user u LEFT JOIN app_user_role r ON r.user_id = u.id" + where + " ORDER BY u.username")
			.params(params)
			.query(rs -> {
				long id = rs.getLong("id");
				Set<Role> held = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
				String role = rs.getString("role");
				if (role != null) {
					held.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
				}
				byId.put(id,
						new UserAccount(id, rs.getString("username"), rs.getString("display_name"), held,
								rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class),
								rs.getObject("last_login_at", OffsetDateTime.class)));
			});
		List<UserAccount> accounts = new ArrayList<>();
		byId.forEach((id, a) -> accounts.add(new UserAccount(a.id(), a.username(), a.displayName(), roles.get(id),
				a.enabled(), a.createdAt(), a.lastLoginAt())));
		return accounts;
	}

	private long idOf(String username) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static void checkPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountRefused("password", "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A refused account change, naming the form field. */
	public static class AccountRefused extends IllegalArgumentException {

		private final String field;

		AccountRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
