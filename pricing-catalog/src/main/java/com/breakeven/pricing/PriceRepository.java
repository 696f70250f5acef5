package com.breakeven.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/** Price history, stored in table {@code price}; every amount is per million tokens. */
@Repository
public class PriceRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PriceRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores one price version.
	 * @param price the price
	 * @param importRunId the import run that brought it, or {@code null} when entered by
	 * hand
	 * @return the stored price with its id
	 */
	public Price add(Price price, Long importRunId) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO price (model_id, provider_id, region, context_above_tokens, currency, input_per_mtok,
				    cached_input_per_mtok, cache_write_per_mtok, output_per_mtok, batch_input_per_mtok,
				    batch_output_per_mtok, per_request, effective_from, effective_to, source, source_ref, import_run_id,
				    created_at, dynamic, input_audio_per_mtok, output_audio_per_mtok)
				VALUES (:modelId, :providerId, :region, :contextAbove, :currency, :input, :cachedInput, :cacheWrite,
				    :output, :batchInput, :batchOutput, :perRequest, :from, :to, :source, :sourceRef, :importRunId,
				    :createdAt, :dynamic, :inputAudio, :outputAudio)""")
			.param("modelId", price.modelId())
			.param("providerId", price.providerId())
			.param("region", price.region())
			.param("contextAbove", price.contextAboveTokens())
			.param("currency", price.currency().getCurrencyCode())
			.param("input", price.inputPerMtok())
			.param("cachedInput", price.cachedInputPerMtok())
			.param("cacheWrite", price.cacheWritePerMtok())
			.param("output", price.outputPerMtok())
			.param("batchInput", price.batchInputPerMtok())
			.param("batchOutput", price.batchOutputPerMtok())
			.param("perRequest", price.perRequest())
			.param("from", price.effectiveFrom())
			.param("to", price.effectiveTo())
			.param("source", price.source())
			.param("sourceRef", price.sourceRef())
			.param("importRunId", importRunId)
			.param("createdAt", Timestamps.utcNow(this.clock))
			.param("dynamic", price.dynamic())
			.param("inputAudio", price.inputAudioPerMtok())
			.param("outputAudio", price.outputAudioPerMtok())
			.update(keys, "id");
		return price.withId(keys.getKeyAs(Long.class));
	}

	/**
	 * The base-tier global price of a model at a seller on a day, answered from history.
	 * @param modelId the model
	 * @param providerId the seller
	 * @param day the day
	 * @return the price that applied that day, if any
	 */
	public Optional<Price> priceAt(long modelId, long providerId, LocalDate day) {
		return this.jdbc.sql("""
				SELECT * FROM price
				WHERE model_id = :modelId AND provider_id = :providerId AND region = 'global'
				  AND context_above_tokens = 0 AND effective_from <= :day
				  AND (effective_to IS NULL OR effective_to > :day)
				ORDER BY effective_from DESC""")
			.param("modelId", modelId)
			.param("providerId", providerId)
			.param("day", day)
			.query(PriceRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * @return every version of every price of the model, oldest first
	 */
	public List<Price> historyOf(long modelId) {
		return this.jdbc.sql("SELECT * FROM price WHERE model_id = :modelId ORDER BY provider_id, effective_from")
			.param("modelId", modelId)
			.query(PriceRepository::map)
			.list();
	}

	/**
	 * @return the prices of a source still in force (no end date)
	 */
	public List<Price> openPricesFrom(String source) {
		return this.jdbc.sql("SELECT * FROM price WHERE source = :source AND effective_to IS NULL")
			.param("source", source)
			.query(PriceRepository::map)
			.list();
	}

	/**
	 * Ends a price: it no longer applies from {@code effectiveTo} on.
	 */
	public void close(long priceId, LocalDate effectiveTo) {
		this.jdbc.sql("UPDATE price SET effective_to = :to WHERE id = :id AND effective_to IS NULL")
			.param("to", effectiveTo)
			.param("id", priceId)
			.update();
	}

	/**
	 * Corrects the amounts of a price in place (a second import on the day the price took
	 * effect).
	 */
	public void replaceAmounts(long priceId, Price corrected, Long importRunId) {
		this.jdbc.sql("UPDATE price SET currency = :currency, input_per_mtok = :input,"
				+ " cached_input_per_mtok = :cachedInput, cache_write_per_mtok = :cacheWrite, output_per_mtok = :output,"
				+ " batch_input_per_mtok = :batchInput, batch_output_per_mtok = :batchOutput, per_request = :perRequest,"
				+ " dynamic = :dynamic, source_ref = :sourceRef, import_run_id = :importRunId,"
				+ " input_audio_per_mtok = :inputAudio, output_audio_per_mtok = :outputAudio WHERE id = :id")
			.param("currency", corrected.currency().getCurrencyCode())
			.param("input", corrected.inputPerMtok())
			.param("cachedInput", corrected.cachedInputPerMtok())
			.param("cacheWrite", corrected.cacheWritePerMtok())
			.param("output", corrected.outputPerMtok())
			.param("batchInput", corrected.batchInputPerMtok())
			.param("batchOutput", corrected.batchOutputPerMtok())
			.param("perRequest", corrected.perRequest())
			.param("dynamic", corrected.dynamic())
			.param("inputAudio", corrected.inputAudioPerMtok())
			.param("outputAudio", corrected.outputAudioPerMtok())
			.param("sourceRef", corrected.sourceRef())
			.param("importRunId", importRunId)
			.param("id", priceId)
			.update();
	}

	/**
	 * @param day the day
	 * @return every base-tier price in force that day, for catalogue-wide queries
	 */
	public List<Price> inForceOn(LocalDate day) {
		return this.jdbc
			.sql("SELECT * FROM price WHERE context_above_tokens = 0 AND effective_from <= :day"
					+ " AND (effective_to IS NULL OR effective_to > :day)")
			.param("day", day)
			.query(PriceRepository::map)
			.list();
	}

	/**
	 * The first day each model had a price: the earliest {@code effective_from} of its
	 * price rows, the day a feed or list first priced it.
	 * @return by model id
	 */
	public java.util.Map<Long, LocalDate> firstPricedOn() {
		java.util.Map<Long, LocalDate> first = new java.util.HashMap<>();
		this.jdbc.sql("SELECT model_id, MIN(effective_from) AS first_day FROM price GROUP BY model_id").query(rs -> {
			first.put(rs.getLong("model_id"), rs.getObject("first_day", LocalDate.class));
		});
		return first;
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM price").query(Long.class).single();
	}

	private static Price map(ResultSet rs, int row) throws SQLException {
		return new Price(rs.getLong("id"), rs.getLong("model_id"), rs.getLong("provider_id"), rs.getString("region"),
				rs.getInt("context_above_tokens"), Currency.getInstance(rs.getString("currency").trim()),
				rs.getBigDecimal("input_per_mtok"), rs.getBigDecimal("cached_input_per_mtok"),
				rs.getBigDecimal("cache_write_per_mtok"), rs.getBigDecimal("output_per_mtok"),
				rs.getBigDecimal("batch_input_per_mtok"), rs.getBigDecimal("batch_output_per_mtok"),
				rs.getBigDecimal("per_request"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), rs.getString("source"), rs.getString("source_ref"),
				rs.getBoolean("dynamic"), rs.getBigDecimal("input_audio_per_mtok"),
				rs.getBigDecimal("output_audio_per_mtok"));
	}

}
