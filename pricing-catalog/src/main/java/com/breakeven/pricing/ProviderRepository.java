package com.breakeven.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/** Providers, stored in table {@code provider}. */
@Repository
public class ProviderRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public ProviderRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the stored provider with its id
	 */
	public Provider add(Provider provider) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO provider (code, display_name, kind, website, created_at)"
					+ " VALUES (:code, :displayName, :kind, :website, :createdAt)")
			.param("code", provider.code())
			.param("displayName", provider.displayName())
			.param("kind", provider.kind().name())
			.param("website", provider.website())
			.param("createdAt", Timestamps.utcNow(this.clock))
			.update(keys, "id");
		return provider.withId(keys.getKeyAs(Long.class));
	}

	public Optional<Provider> findByCode(String code) {
		return this.jdbc.sql("SELECT * FROM provider WHERE code = :code")
			.param("code", Names.normalise(code))
			.query(ProviderRepository::map)
			.optional();
	}

	public List<Provider> findAll() {
		return this.jdbc.sql("SELECT * FROM provider ORDER BY code").query(ProviderRepository::map).list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM provider").query(Long.class).single();
	}

	private static Provider map(ResultSet rs, int row) throws SQLException {
		return new Provider(rs.getLong("id"), rs.getString("code"), rs.getString("display_name"),
				ProviderKind.valueOf(rs.getString("kind")), rs.getString("website"));
	}

}
