package com.breakeven.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/**
 * Canonical models (table {@code model}) and the aliases that resolve to them (table
 * {@code model_alias}). A model's canonical name is always one of its aliases, so
 * {@link #resolve(String)} answers for both.
 */
@Repository
public class ModelRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public ModelRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a model and its canonical name as an alias. @return the stored model with
	 * its id
	 */
	public Model add(Model model) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO model (canonical_name, creator_provider_id, display_name, family, mode, open_weights,
				    context_window_tokens, max_output_tokens, parameters_billions, active_parameters_billions, layers,
				    kv_heads, head_dim, created_at)
				VALUES (:canonicalName, :creator, :displayName, :family, :mode, :openWeights, :context, :maxOutput,
				    :parameters, :activeParameters, :layers, :kvHeads, :headDim, :createdAt)""")
			.param("canonicalName", model.canonicalName())
			.param("creator", model.creatorProviderId())
			.param("displayName", model.displayName())
			.param("family", model.family())
			.param("mode", model.mode().name())
			.param("openWeights", model.openWeights())
			.param("context", model.contextWindowTokens())
			.param("maxOutput", model.maxOutputTokens())
			.param("parameters", model.parametersBillions())
			.param("activeParameters", model.activeParametersBillions())
			.param("layers", model.layers())
			.param("kvHeads", model.kvHeads())
			.param("headDim", model.headDim())
			.param("createdAt", now())
			.update(keys, "id");
		Model stored = model.withId(keys.getKeyAs(Long.class));
		addAlias(stored.id(), stored.canonicalName(), "canonical");
		return stored;
	}

	/**
	 * Stores the model's architecture fields and whether its weights are open (the
	 * model-fits-hardware check reads them); its name, maker and aliases stay.
	 * @return whether the model (by id) exists
	 */
	public boolean saveArchitecture(Model model) {
		return this.jdbc.sql("""
				UPDATE model SET open_weights = :openWeights, context_window_tokens = :context,
				    parameters_billions = :parameters, active_parameters_billions = :activeParameters, layers = :layers,
				    kv_heads = :kvHeads, head_dim = :headDim
				WHERE id = :id""")
			.param("id", model.id())
			.param("openWeights", model.openWeights())
			.param("context", model.contextWindowTokens())
			.param("parameters", model.parametersBillions())
			.param("activeParameters", model.activeParametersBillions())
			.param("layers", model.layers())
			.param("kvHeads", model.kvHeads())
			.param("headDim", model.headDim())
			.update() == 1;
	}

	/**
	 * Makes {@code alias} (normalised) resolve to the model. Adding an alias it already
	 * has is a no-op; an alias that already names another model is refused, because one
	 * spelling must never mean two models.
	 * @param modelId the model
	 * @param alias any spelling used by a feed or an export
	 * @param source who uses this spelling ({@code litellm}, {@code openrouter},
	 * {@code manual})
	 */
	public void addAlias(long modelId, String alias, String source) {
		String normalised = Names.normalise(alias);
		Optional<Long> existing = this.jdbc.sql("SELECT model_id FROM model_alias WHERE alias = :alias")
			.param("alias", normalised)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			if (existing.get() != modelId) {
				throw new IllegalArgumentException("alias '" + normalised + "' already names model id " + existing.get()
						+ ", cannot also name model id " + modelId);
			}
			return;
		}
		this.jdbc
			.sql("INSERT INTO model_alias (alias, model_id, source, created_at)"
					+ " VALUES (:alias, :modelId, :source, :createdAt)")
			.param("alias", normalised)
			.param("modelId", modelId)
			.param("source", source)
			.param("createdAt", now())
			.update();
	}

	/**
	 * @return every alias with the id of the model it names
	 */
	public Map<String, Long> aliasIndex() {
		Map<String, Long> index = new HashMap<>();
		this.jdbc.sql("SELECT alias, model_id FROM model_alias")
			.query((rs, row) -> index.put(rs.getString(1), rs.getLong(2)))
			.list();
		return index;
	}

	/**
	 * Stores aliases known to be new (checked against {@link #aliasIndex()} by the
	 * caller).
	 * @param modelId the model they name
	 * @param aliases normalised spellings
	 * @param source who uses them
	 */
	public void insertNewAliases(long modelId, Collection<String> aliases, String source) {
		for (String alias : aliases) {
			this.jdbc
				.sql("INSERT INTO model_alias (alias, model_id, source, created_at)"
						+ " VALUES (:alias, :modelId, :source, :createdAt)")
				.param("alias", alias)
				.param("modelId", modelId)
				.param("source", source)
				.param("createdAt", now())
				.update();
		}
	}

	/**
	 * @return the model a spelling names, if any alias or canonical name matches it
	 */
	public Optional<Model> resolve(String nameOrAlias) {
		return this.jdbc.sql("SELECT m.* FROM model m JOIN model_alias a ON a.model_id = m.id WHERE a.alias = :alias")
			.param("alias", Names.normalise(nameOrAlias))
			.query(ModelRepository::map)
			.optional()
			.map(model -> withClaims(model, claimsByModel(model.id())));
	}

	/**
	 * @return every alias of the model, canonical name included, sorted
	 */
	public List<String> aliasesOf(long modelId) {
		return this.jdbc.sql("SELECT alias FROM model_alias WHERE model_id = :id ORDER BY alias")
			.param("id", modelId)
			.query(String.class)
			.list();
	}

	/**
	 * @return every model with what the feeds say of its modalities, by canonical name
	 */
	public List<Model> findAll() {
		Map<Long, List<ModalityClaim>> claims = claimsByModel(null);
		return this.jdbc.sql("SELECT * FROM model ORDER BY canonical_name")
			.query(ModelRepository::map)
			.list()
			.stream()
			.map(model -> withClaims(model, claims))
			.toList();
	}

	/**
	 * Makes the statements of one feed about models' modalities those given: a statement
	 * the feed no longer makes is removed, a new one added, an unchanged one left as it
	 * is (an unchanged feed writes nothing). Statements are kept by the canonical name
	 * the feed entry resolves to, so they meet the model whichever feed creates it.
	 * @param source the feed's code
	 * @param byModelName each canonical model name with the feed's statements about it
	 * @param importRunId the run, recorded on added rows
	 * @return statements added and removed
	 */
	public int[] replaceClaims(String source, Map<String, List<ModalityClaim>> byModelName, Long importRunId) {
		Map<String, Long> existing = new HashMap<>();
		this.jdbc
			.sql("SELECT id, model_name, input_modalities, output_modalities FROM model_modality_claim"
					+ " WHERE source = :source")
			.param("source", source)
			.query((rs, row) -> existing.put(claimKey(rs.getString(2), rs.getString(3), rs.getString(4)),
					rs.getLong(1)))
			.list();
		int added = 0;
		Set<String> kept = new HashSet<>();
		for (Map.Entry<String, List<ModalityClaim>> model : byModelName.entrySet()) {
			for (ModalityClaim claim : model.getValue()) {
				String inputs = ModalityClaim.joined(claim.inputs());
				String outputs = ModalityClaim.joined(claim.outputs());
				String key = claimKey(model.getKey(), inputs, outputs);
				if (!kept.add(key) || existing.containsKey(key)) {
					continue;
				}
				this.jdbc.sql("""
						INSERT INTO model_modality_claim (model_name, source, input_modalities, output_modalities,
						    evidence, import_run_id, created_at)
						VALUES (:model, :source, :inputs, :outputs, :evidence, :importRunId, :createdAt)""")
					.param("model", model.getKey())
					.param("source", source)
					.param("inputs", inputs)
					.param("outputs", outputs)
					.param("evidence", claim.evidence())
					.param("importRunId", importRunId)
					.param("createdAt", now())
					.update();
				added++;
			}
		}
		int removed = 0;
		for (Map.Entry<String, Long> row : existing.entrySet()) {
			if (!kept.contains(row.getKey())) {
				removed += this.jdbc.sql("DELETE FROM model_modality_claim WHERE id = :id")
					.param("id", row.getValue())
					.update();
			}
		}
		return new int[] { added, removed };
	}

	private static String claimKey(String modelName, String inputs, String outputs) {
		return modelName + "|" + inputs + "|" + outputs;
	}

	/**
	 * The feeds' statements about models, by model id: those whose name is one of the
	 * model's aliases.
	 * @param modelId one model, or {@code null} for all
	 */
	private Map<Long, List<ModalityClaim>> claimsByModel(Long modelId) {
		Map<Long, List<ModalityClaim>> claims = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.model_id, c.source, c.input_modalities, c.output_modalities, c.evidence
				FROM model_modality_claim c JOIN model_alias a ON a.alias = c.model_name
				WHERE :modelId IS NULL OR a.model_id = :modelId
				ORDER BY c.source, c.id""")
			.param("modelId", modelId, java.sql.Types.BIGINT)
			.query((rs, row) -> claims.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new ModalityClaim(rs.getString(2), ModalityClaim.split(rs.getString(3)),
						ModalityClaim.split(rs.getString(4)), rs.getString(5))))
			.list();
		return claims;
	}

	private static Model withClaims(Model model, Map<Long, List<ModalityClaim>> claims) {
		List<ModalityClaim> stated = claims.get(model.id());
		return (stated == null) ? model : model.withModalities(new Modalities(stated));
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM model").query(Long.class).single();
	}

	private OffsetDateTime now() {
		return Timestamps.utcNow(this.clock);
	}

	private static Model map(ResultSet rs, int row) throws SQLException {
		return new Model(rs.getLong("id"), rs.getString("canonical_name"), rs.getLong("creator_provider_id"),
				rs.getString("display_name"), rs.getString("family"), ModelMode.valueOf(rs.getString("mode")),
				rs.getBoolean("open_weights"), rs.getObject("context_window_tokens", Integer.class),
				rs.getObject("max_output_tokens", Integer.class), rs.getBigDecimal("parameters_billions"),
				rs.getBigDecimal("active_parameters_billions"), rs.getObject("layers", Integer.class),
				rs.getObject("kv_heads", Integer.class), rs.getObject("head_dim", Integer.class));
	}

}
