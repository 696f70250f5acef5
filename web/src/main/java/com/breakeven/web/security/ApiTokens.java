package com.breakeven.web.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.SourceDocument;

/**
 * API tokens for tools: created by an admin and shown once, kept only as a SHA-256 hash
 * (a token is 32 random bytes, so a fast hash is enough: there is nothing to guess),
 * scoped to roles, revocable, with the time of last use.
 * <p>
 * A token's row is looked up once and then held for {@link #HELD} (a revocation here
 * takes effect at once; on another instance within that time), and its last use is
 * written at most once per {@link #LAST_USE_GRANULARITY}: a tool sending 200 requests a
 * second must not cost 200 SELECTs and 200 UPDATE commits a second.
 */
@Service
public class ApiTokens {

	/** Marks a Breakeven token in logs and secret scanners. */
	static final String PREFIX = "bkn_";

	private static final int PREFIX_SHOWN = 10;

	/** How long a token's row is trusted before it is read again. */
	static final Duration HELD = Duration.ofSeconds(30);

	/** The precision of a token's recorded last use. */
	static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	/** Token rows by hash; an unknown hash is held as empty (random guesses are many). */
	private final Cache<String, Optional<ApiToken>> byHash;

	/** When each token's last use was last written. */
	private final Cache<Long, OffsetDateTime> lastUseWritten;

	private final JdbcClient jdbc;

	private final Clock clock;

	public ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		// the caches age on the application's clock, as expiry does
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		this.byHash = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(HELD).maximumSize(10_000).build();
		this.lastUseWritten = Caffeine.newBuilder()
			.ticker(ticker)
			.expireAfterWrite(LAST_USE_GRANULARITY)
			.maximumSize(10_000)
			.build();
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
		OffsetDateTime now = now();
		Optional<ApiToken> found = this.byHash.get(sha256(token), this::find).filter(t -> t.active(now));
		found.ifPresent(t -> {
			if (this.lastUseWritten.asMap().putIfAbsent(t.id(), now) == null) {
				this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
					.param("now", now)
					.param("id", t.id())
					.update();
			}
		});
		return found;
	}

	public boolean revoke(long id) {
		boolean revoked = this.jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", now())
			.param("id", id)
			.update() == 1;
		// the revoked token stops working on this instance now, not when its row expires
		this.byHash.asMap().values().removeIf(held -> held.filter(t -> t.id() == id).isPresent());
		return revoked;
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
