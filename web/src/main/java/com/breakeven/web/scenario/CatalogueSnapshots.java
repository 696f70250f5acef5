package com.breakeven.web.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceCatalogue;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.QualityScoreRepository;

/**
 * The catalogue snapshot a question reads: one {@link CatalogueSnapshot} at a time,
 * replaced atomically when the catalogue changed. A change is seen by a version read in
 * one cheap query (row counts, highest ids, last profile edit, last import finished: an
 * import, a price refresh, a new or deleted row, on this instance or another sharing the
 * database), by {@link #changed()} for the two edits that leave no such trace (a GPU's
 * figures, a model's architecture), and, for those two made on another instance, by the
 * snapshot's age.
 */
@Service
public class CatalogueSnapshots {

	/**
	 * What a change to the catalogue leaves behind. Each count and highest id is read off
	 * an index; an UPDATE of a price (closed or corrected by a feed) happens inside an
	 * import run, whose end is the last column.
	 */
	private static final String VERSION = """
			SELECT (SELECT COUNT(*) FROM provider) AS providers, (SELECT MAX(id) FROM provider) AS provider_id,
			  (SELECT COUNT(*) FROM model) AS models, (SELECT MAX(id) FROM model) AS model_id,
			  (SELECT COUNT(*) FROM model_alias) AS aliases, (SELECT MAX(id) FROM model_alias) AS alias_id,
			  (SELECT COUNT(*) FROM model_modality_claim) AS claims, (SELECT MAX(id) FROM model_modality_claim) AS claim_id,
			  (SELECT COUNT(*) FROM price) AS prices, (SELECT MAX(id) FROM price) AS price_id,
			  (SELECT COUNT(effective_to) FROM price) AS closed_prices,
			  (SELECT COUNT(*) FROM price_override) AS terms, (SELECT MAX(id) FROM price_override) AS term_id,
			  (SELECT COUNT(*) FROM fx_rate) AS rates, (SELECT MAX(id) FROM fx_rate) AS rate_id,
			  (SELECT COUNT(*) FROM gpu) AS gpus, (SELECT MAX(id) FROM gpu) AS gpu_id,
			  (SELECT COUNT(*) FROM hardware_profile) AS nodes, (SELECT MAX(updated_at) FROM hardware_profile) AS node_edit,
			  (SELECT COUNT(*) FROM hosting_profile) AS sites, (SELECT MAX(updated_at) FROM hosting_profile) AS site_edit,
			  (SELECT COUNT(*) FROM throughput_measurement) AS measurements,
			  (SELECT MAX(id) FROM throughput_measurement) AS measurement_id,
			  (SELECT COUNT(*) FROM quality_score) AS scores, (SELECT MAX(id) FROM quality_score) AS score_id,
			  (SELECT MAX(ended_at) FROM import_run) AS import_end
			""";

	private final CatalogueInputs inputs;

	private final ModelRepository models;

	private final HardwareRepository hardware;

	private final QualityScoreRepository quality;

	private final PriceRepository prices;

	private final PriceCatalogue priceCatalogue;

	private final JdbcClient jdbc;

	private final long recheckNanos;

	private final long maxAgeNanos;

	private final AtomicReference<CatalogueSnapshot> current = new AtomicReference<>();

	private volatile long checkedNanos;

	CatalogueSnapshots(CatalogueInputs inputs, ModelRepository models, HardwareRepository hardware,
			QualityScoreRepository quality, PriceRepository prices, PriceCatalogue priceCatalogue, JdbcClient jdbc,
			@Value("${breakeven.catalogue.recheck:0s}") Duration recheck,
			@Value("${breakeven.catalogue.max-age:60s}") Duration maxAge) {
		this.inputs = inputs;
		this.models = models;
		this.hardware = hardware;
		this.quality = quality;
		this.prices = prices;
		this.priceCatalogue = priceCatalogue;
		this.jdbc = jdbc;
		this.recheckNanos = recheck.toNanos();
		this.maxAgeNanos = maxAge.toNanos();
	}

	/**
	 * The catalogue as it stands: the snapshot in memory unless the version read now (at
	 * most once per {@code breakeven.catalogue.recheck}) differs from the one it was
	 * built on, or it is older than {@code breakeven.catalogue.max-age}. Take it once per
	 * question and ask it everything, so one answer reads one version.
	 */
	public CatalogueSnapshot current() {
		long now = System.nanoTime();
		CatalogueSnapshot held = this.current.get();
		if (held != null && now - this.checkedNanos < this.recheckNanos) {
			return held;
		}
		Object version = version();
		this.checkedNanos = now;
		if (held != null && held.version().equals(version) && now - held.builtNanos() < this.maxAgeNanos) {
			return held;
		}
		CatalogueSnapshot fresh = new CatalogueSnapshot(this.inputs, this.models, this.hardware, this.quality,
				this.prices, this.priceCatalogue, version, now);
		// a concurrent reader may have replaced it meanwhile: either is of this version
		this.current.compareAndSet(held, fresh);
		return fresh;
	}

	/**
	 * The catalogue was edited in a way its version does not show: the next question
	 * reads a new snapshot, once the edit is committed (a reader before the commit would
	 * otherwise keep the old rows under the new snapshot).
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CatalogueSnapshots.this.current.set(null);
				}
			});
		}
		else {
			this.current.set(null);
		}
	}

	private Object version() {
		Map<String, Object> row = this.jdbc.sql(VERSION).query().singleRow();
		return List.copyOf(row.values().stream().map(v -> (v != null) ? v : "none").toList());
	}

}
