package com.breakeven.pricing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/**
 * Price changes held for review (table {@code price_review}) instead of being applied.
 */
@Repository
public class PriceReviewRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PriceReviewRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One held change.
	 *
	 * @param id review id
	 * @param currentPriceId the price still in force
	 * @param proposed the price the feed proposed
	 * @param reason why it was held
	 * @param status PENDING, APPROVED or REJECTED
	 */
	public record HeldPrice(long id, long currentPriceId, Price proposed, String reason, String status) {

	}

	/** Holds a proposed price for review, unless the same proposal is already pending. */
	public void hold(long currentPriceId, Price proposed, String reason, Long importRunId) {
		boolean alreadyPending = pending().stream()
			.anyMatch(held -> held.currentPriceId() == currentPriceId && held.proposed().sameAmountsAs(proposed));
		if (alreadyPending) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO price_review (model_id, provider_id, region, context_above_tokens, source, current_price_id,
				    currency, input_per_mtok, cached_input_per_mtok, cache_write_per_mtok, output_per_mtok,
				    batch_input_per_mtok, batch_output_per_mtok, effective_from, reason, status, import_run_id,
				    created_at, input_audio_per_mtok, output_audio_per_mtok)
				VALUES (:modelId, :providerId, :region, :tier, :source, :currentId, :currency, :input, :cachedInput,
				    :cacheWrite, :output, :batchInput, :batchOutput, :from, :reason, 'PENDING', :runId, :now,
				    :inputAudio, :outputAudio)""")
			.param("modelId", proposed.modelId())
			.param("providerId", proposed.providerId())
			.param("region", proposed.region())
			.param("tier", proposed.contextAboveTokens())
			.param("source", proposed.source())
			.param("currentId", currentPriceId)
			.param("currency", proposed.currency().getCurrencyCode())
			.param("input", proposed.inputPerMtok())
			.param("cachedInput", proposed.cachedInputPerMtok())
			.param("cacheWrite", proposed.cacheWritePerMtok())
			.param("output", proposed.outputPerMtok())
			.param("batchInput", proposed.batchInputPerMtok())
			.param("batchOutput", proposed.batchOutputPerMtok())
			.param("from", proposed.effectiveFrom())
			.param("reason", reason)
			.param("runId", importRunId)
			.param("now", Timestamps.utcNow(this.clock))
			.param("inputAudio", proposed.inputAudioPerMtok())
			.param("outputAudio", proposed.outputAudioPerMtok())
			.update();
	}

	/**
	 * @return held changes awaiting a decision, oldest first
	 */
	public List<HeldPrice> pending() {
		return this.jdbc.sql("SELECT * FROM price_review WHERE status = 'PENDING' ORDER BY created_at, id")
			.query((rs, row) -> new HeldPrice(rs.getLong("id"), rs.getLong("current_price_id"),
					new Price(null, rs.getLong("model_id"), rs.getLong("provider_id"), rs.getString("region"),
							rs.getInt("context_above_tokens"), Currency.getInstance(rs.getString("currency").trim()),
							rs.getBigDecimal("input_per_mtok"), rs.getBigDecimal("cached_input_per_mtok"),
							rs.getBigDecimal("cache_write_per_mtok"), rs.getBigDecimal("output_per_mtok"),
							rs.getBigDecimal("batch_input_per_mtok"), rs.getBigDecimal("batch_output_per_mtok"), null,
							rs.getObject("effective_from", LocalDate.class), null, rs.getString("source"), null, false,
							rs.getBigDecimal("input_audio_per_mtok"), rs.getBigDecimal("output_audio_per_mtok")),
					rs.getString("reason"), rs.getString("status")))
			.list();
	}

	/** Records the decision on a held change. */
	public void decide(long reviewId, boolean approved) {
		this.jdbc
			.sql("UPDATE price_review SET status = :status, decided_at = :now WHERE id = :id AND status = 'PENDING'")
			.param("status", approved ? "APPROVED" : "REJECTED")
			.param("now", Timestamps.utcNow(this.clock))
			.param("id", reviewId)
			.update();
	}

}
