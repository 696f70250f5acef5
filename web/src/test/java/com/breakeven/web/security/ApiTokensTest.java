package com.breakeven.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.db.testing.TestDatabase;

/**
 * Token checks are held briefly and their last use written once a minute, without letting
 * a revoked or expired token through.
 */
class ApiTokensTest {

	private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

	private TestDatabase database;

	private JdbcClient jdbc;

	private final MovableClock clock = new MovableClock(NOON);

	private ApiTokens tokens;

	@BeforeEach
	void database() {
		this.database = TestDatabase.h2();
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.tokens = new ApiTokens(this.jdbc, this.clock);
	}

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void authenticate_writesTheLastUseOnceAMinute() {
		String token = this.tokens.create("tool", Set.of(Role.VIEWER), null, null).token();

		assertThat(this.tokens.authenticate(token)).isPresent();
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.tokens.authenticate(token)).isPresent();
		assertThat(lastUsed(token)).as("within the minute: not written again").isEqualTo(at(NOON));

		// once the minute has passed the next use is written
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(this.tokens.authenticate(token)).isPresent();
		assertThat(lastUsed(token)).isEqualTo(at(NOON.plusSeconds(70)));
	}

	@Test
	void authenticate_refusesARevokedTokenAtOnceThoughItsRowIsHeld() {
		ApiTokens.Issued issued = this.tokens.create("tool", Set.of(Role.ANALYST), null, null);
		assertThat(this.tokens.authenticate(issued.token())).isPresent();

		assertThat(this.tokens.revoke(issued.listed().id())).isTrue();

		assertThat(this.tokens.authenticate(issued.token())).isEmpty();
	}

	@Test
	void authenticate_refusesATokenThatExpiredWhileItsRowWasHeld() {
		String token = this.tokens.create("tool", Set.of(Role.VIEWER), null, at(NOON.plusSeconds(10))).token();
		assertThat(this.tokens.authenticate(token)).isPresent();

		this.clock.advance(Duration.ofSeconds(11));

		assertThat(this.tokens.authenticate(token)).isEmpty();
	}

	@Test
	void authenticate_refusesWhatIsNotAToken() {
		assertThat(this.tokens.authenticate("bkn_guessed")).isEmpty();
		assertThat(this.tokens.authenticate("Basic abc")).isEmpty();
		assertThat(this.tokens.authenticate(null)).isEmpty();
	}

	private OffsetDateTime lastUsed(String token) {
		return this.jdbc.sql("SELECT last_used_at FROM api_token WHERE token_sha256 = ?")
			.param(ApiTokens.sha256(token))
			.query(OffsetDateTime.class)
			.single()
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A clock the test moves. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
