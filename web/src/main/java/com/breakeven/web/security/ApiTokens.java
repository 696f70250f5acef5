package com.breakeven.web.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.SourceDocument;

/**
 * API tokens for tools: created by an admin and shown once, kept only as a SHA-256 hash
 * (a token is 32 random bytes, so a fast hash is enough: there is nothing to guess),
 * scoped to roles, revocable, with the time of last use.
 */
@Service
public class ApiTokens {

	/** Marks a Breakeven token in logs and secret scanners. */
	static final String PREFIX = "bkn_";

	private static final int PREFIX_SHOWN = 10;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	public ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A token made and stored as its hash.
	 *
	 * @param token the token itself: give it to the tool now, it cannot be shown again
	 */
	public record Issued(ApiToken listed, String token) {

		@Override
		public String toString() {
			return "Issued[" + this.listed + "]";
		}

	}

	/**
	 * @param expiresAt when the token stops working, {@code null} for never
	 * @throws UserAccounts.AccountRefused naming the field refused
	 */
	public Issued create(String name, Set<Role> roles, String createdBy, OffsetDateTime expiresAt) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new UserAccounts.AccountRefused("name", "name the token (1 to 200 characters): the tool it is for");
		}
		if (roles == null || roles.isEmpty()) {
			throw new UserAccounts.AccountRefused("roles", "choose at least one role");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO api_token (name, token_prefix, token_sha256, roles, created_by, created_at, expires_at)
				VALUES (:name, :prefix, :hash, :roles, (SELECT id FROM app_user WHERE username = :createdBy), :now,
				        :expiresAt)""")
			.param("name", name.strip())
			.param("prefix", token.substring(0, PREFIX_SHOWN))
			.param("hash", sha256(token))
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("createdBy", createdBy)
			.param("now", now)
			.param("expiresAt", expiresAt)
			.update();
		ApiToken listed = find(sha256(token)).orElseThrow();
		return new Issued(listed, token);
	}

	/**
	 * The token's holder when it is known, not revoked and not expired; its last use is
	 * recorded.
	 */
	public Optional<ApiToken> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = sha256(token);
		Optional<ApiToken> found = find(hash).filter(t -> t.active(now()));
		found.ifPresent(t -> this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", t.id())
			.update());
		return found;
	}

	public boolean revoke(long id) {
		return this.jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", now())
			.param("id", id)
			.update() == 1;
	}

	public List<ApiToken> all() {
		return this.jdbc.sql(SELECT + " ORDER BY t.created_at DESC, t.id DESC").query((rs, n) -> map(rs)).list();
	}

	private Optional<ApiToken> find(String hash) {
		return this.jdbc.sql(SELECT + " WHERE t.token_sha256 = :hash")
			.param("hash", hash)
			.query((rs, n) -> map(rs))
			.optional();
	}

	private static final String SELECT = """
			SELECT t.id, t.name, t.token_prefix, t.roles, u.username AS created_by, t.created_at, t.expires_at,
			       t.revoked_at, t.last_used_at
			FROM api_token t LEFT JOIN app_user u ON u.id = t.created_by""";

	private static ApiToken map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"), roles,
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
				rs.getObject("last_used_at", OffsetDateTime.class));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	static String sha256(String token) {
		return SourceDocument.sha256(token.getBytes(StandardCharsets.UTF_8));
	}

}
