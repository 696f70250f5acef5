package com.breakeven.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.breakeven.db.Timestamps;

/**
 * The hardware and hosting catalogue: tables {@code gpu}, {@code hardware_profile},
 * {@code hosting_profile}.
 */
@Repository
public class HardwareRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public HardwareRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the stored GPU with its id
	 */
	public Gpu addGpu(Gpu gpu) {
		KeyHolder keys = new GeneratedKeyHolder();
		withGpu(this.jdbc
			.sql("""
					INSERT INTO gpu (code, vendor, display_name, memory_gb, tdp_watts, idle_watts, unit_price, currency, source,
					    kind)
					VALUES (:code, :vendor, :displayName, :memoryGb, :tdp, :idle, :unitPrice, :currency, :source, :kind)"""),
				gpu)
			.update(keys, "id");
		return gpu.withId(keys.getKeyAs(Long.class));
	}

	/**
	 * Replaces the figures of the GPU with the same code (its code stays), its kind
	 * included: every hardware profile with this GPU uses them.
	 * @return whether a GPU had the code
	 */
	public boolean updateGpu(Gpu gpu) {
		return withGpu(this.jdbc.sql("""
				UPDATE gpu SET vendor = :vendor, display_name = :displayName, memory_gb = :memoryGb, tdp_watts = :tdp,
				    idle_watts = :idle, unit_price = :unitPrice, currency = :currency, source = :source, kind = :kind
				WHERE code = :code"""), gpu).update() == 1;
	}

	public Optional<Gpu> findGpu(String code) {
		return this.jdbc.sql("SELECT * FROM gpu WHERE code = :code")
			.param("code", Names.normalise(code))
			.query(HardwareRepository::mapGpu)
			.optional();
	}

	/** The GPU a hardware profile names. */
	public Optional<Gpu> findGpu(long id) {
		return this.jdbc.sql("SELECT * FROM gpu WHERE id = :id")
			.param("id", id)
			.query(HardwareRepository::mapGpu)
			.optional();
	}

	public List<Gpu> findAllGpus() {
		return this.jdbc.sql("SELECT * FROM gpu ORDER BY code").query(HardwareRepository::mapGpu).list();
	}

	/**
	 * @return the stored profile with its id
	 */
	public HardwareProfile addHardwareProfile(HardwareProfile profile) {
		KeyHolder keys = new GeneratedKeyHolder();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO hardware_profile (code, display_name, gpu_id, gpus_per_node, server_capex, networking_capex,
				    installation_capex, currency, node_overhead_watts, source, created_at, updated_at)
				VALUES (:code, :displayName, :gpuId, :gpusPerNode, :server, :networking, :installation, :currency,
				    :overheadWatts, :source, :now, :now)""")
			.param("code", profile.code())
			.param("displayName", profile.displayName())
			.param("gpuId", profile.gpuId())
			.param("gpusPerNode", profile.gpusPerNode())
			.param("server", profile.serverCapex())
			.param("networking", profile.networkingCapex())
			.param("installation", profile.installationCapex())
			.param("currency", profile.currency().getCurrencyCode())
			.param("overheadWatts", profile.nodeOverheadWatts())
			.param("source", profile.source())
			.param("now", now)
			.update(keys, "id");
		return profile.withId(keys.getKeyAs(Long.class));
	}

	public Optional<HardwareProfile> findHardwareProfile(String code) {
		return this.jdbc.sql("SELECT * FROM hardware_profile WHERE code = :code")
			.param("code", Names.normalise(code))
			.query(HardwareRepository::mapHardwareProfile)
			.optional();
	}

	public List<HardwareProfile> findAllHardwareProfiles() {
		return this.jdbc.sql("SELECT * FROM hardware_profile ORDER BY code")
			.query(HardwareRepository::mapHardwareProfile)
			.list();
	}

	/**
	 * @return the stored profile with its id
	 */
	public HostingProfile addHostingProfile(HostingProfile profile) {
		KeyHolder keys = new GeneratedKeyHolder();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO hosting_profile (code, display_name, currency, energy_price_per_kwh, pue, colocation_basis,
				    colocation_price, rack_power_kw, staff_fte_per_node, staff_loaded_cost_per_year,
				    support_fraction_of_capex_per_year, software_per_node_per_year, source, created_at, updated_at)
				VALUES (:code, :displayName, :currency, :energy, :pue, :basis, :colocation, :rackKw, :fte, :staffCost,
				    :support, :software, :source, :now, :now)""")
			.param("code", profile.code())
			.param("displayName", profile.displayName())
			.param("currency", profile.currency().getCurrencyCode())
			.param("energy", profile.energyPricePerKwh())
			.param("pue", profile.pue())
			.param("basis", profile.colocationBasis().name())
			.param("colocation", profile.colocationPrice())
			.param("rackKw", profile.rackPowerKw())
			.param("fte", profile.staffFtePerNode())
			.param("staffCost", profile.staffLoadedCostPerYear())
			.param("support", profile.supportFractionOfCapexPerYear())
			.param("software", profile.softwarePerNodePerYear())
			.param("source", profile.source())
			.param("now", now)
			.update(keys, "id");
		return profile.withId(keys.getKeyAs(Long.class));
	}

	/**
	 * Replaces the figures of the hosting profile with the same code (its code stays).
	 * @return whether a profile had the code
	 */
	public boolean updateHostingProfile(HostingProfile profile) {
		return this.jdbc.sql("""
				UPDATE hosting_profile SET display_name = :displayName, currency = :currency,
				    energy_price_per_kwh = :energy, pue = :pue,
				    colocation_basis = :basis, colocation_price = :colocation, rack_power_kw = :rackKw,
				    staff_fte_per_node = :fte, staff_loaded_cost_per_year = :staffCost,
				    support_fraction_of_capex_per_year = :support, software_per_node_per_year = :software,
				    source = :source, updated_at = :now
				WHERE code = :code""")
			.param("code", profile.code())
			.param("displayName", profile.displayName())
			.param("currency", profile.currency().getCurrencyCode())
			.param("energy", profile.energyPricePerKwh())
			.param("pue", profile.pue())
			.param("basis", profile.colocationBasis().name())
			.param("colocation", profile.colocationPrice())
			.param("rackKw", profile.rackPowerKw())
			.param("fte", profile.staffFtePerNode())
			.param("staffCost", profile.staffLoadedCostPerYear())
			.param("support", profile.supportFractionOfCapexPerYear())
			.param("software", profile.softwarePerNodePerYear())
			.param("source", profile.source())
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Replaces the figures of the hardware profile with the same code, its GPU and
	 * currency included (its code stays).
	 * @return whether a profile had the code
	 */
	public boolean updateHardwareProfile(HardwareProfile profile) {
		return this.jdbc.sql("""
				UPDATE hardware_profile SET display_name = :displayName, gpu_id = :gpuId, gpus_per_node = :gpusPerNode,
				    server_capex = :server, networking_capex = :networking, installation_capex = :installation,
				    currency = :currency, node_overhead_watts = :overheadWatts, source = :source, updated_at = :now
				WHERE code = :code""")
			.param("code", profile.code())
			.param("displayName", profile.displayName())
			.param("gpuId", profile.gpuId())
			.param("currency", profile.currency().getCurrencyCode())
			.param("gpusPerNode", profile.gpusPerNode())
			.param("server", profile.serverCapex())
			.param("networking", profile.networkingCapex())
			.param("installation", profile.installationCapex())
			.param("overheadWatts", profile.nodeOverheadWatts())
			.param("source", profile.source())
			.param("now", now())
			.update() == 1;
	}

	public Optional<HostingProfile> findHostingProfile(String code) {
		return this.jdbc.sql("SELECT * FROM hosting_profile WHERE code = :code")
			.param("code", Names.normalise(code))
			.query(HardwareRepository::mapHostingProfile)
			.optional();
	}

	public List<HostingProfile> findAllHostingProfiles() {
		return this.jdbc.sql("SELECT * FROM hosting_profile ORDER BY code")
			.query(HardwareRepository::mapHostingProfile)
			.list();
	}

	/**
	 * Throughput measurements taken on the hardware profile: while there are any, the
	 * profile cannot be deleted.
	 */
	public long measurementsOnHardwareProfile(String code) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM throughput_measurement m JOIN hardware_profile p ON p.id = m.hardware_profile_id
				WHERE p.code = :code""").param("code", Names.normalise(code)).query(Long.class).single();
	}

	/**
	 * Deletes the hardware profile; the caller checks first that nothing uses it.
	 * @return whether a profile had the code
	 */
	public boolean deleteHardwareProfile(String code) {
		return this.jdbc.sql("DELETE FROM hardware_profile WHERE code = :code")
			.param("code", Names.normalise(code))
			.update() == 1;
	}

	/**
	 * Deletes the hosting profile; the caller checks first that nothing uses it.
	 * @return whether a profile had the code
	 */
	public boolean deleteHostingProfile(String code) {
		return this.jdbc.sql("DELETE FROM hosting_profile WHERE code = :code")
			.param("code", Names.normalise(code))
			.update() == 1;
	}

	public long countGpus() {
		return this.jdbc.sql("SELECT COUNT(*) FROM gpu").query(Long.class).single();
	}

	public long countHardwareProfiles() {
		return this.jdbc.sql("SELECT COUNT(*) FROM hardware_profile").query(Long.class).single();
	}

	public long countHostingProfiles() {
		return this.jdbc.sql("SELECT COUNT(*) FROM hosting_profile").query(Long.class).single();
	}

	/** The GPU's columns as the statement's named parameters. */
	private static JdbcClient.StatementSpec withGpu(JdbcClient.StatementSpec statement, Gpu gpu) {
		return statement.param("code", gpu.code())
			.param("vendor", gpu.vendor())
			.param("displayName", gpu.displayName())
			.param("memoryGb", gpu.memoryGb())
			.param("tdp", gpu.tdpWatts())
			.param("idle", gpu.idleWatts())
			.param("unitPrice", gpu.unitPrice())
			.param("currency", (gpu.currency() != null) ? gpu.currency().getCurrencyCode() : null)
			.param("source", gpu.source())
			.param("kind", gpu.kind().name());
	}

	private OffsetDateTime now() {
		return Timestamps.utcNow(this.clock);
	}

	private static Currency currency(ResultSet rs, String column) throws SQLException {
		String code = rs.getString(column);
		return (code != null) ? Currency.getInstance(code.trim()) : null;
	}

	private static Gpu mapGpu(ResultSet rs, int row) throws SQLException {
		return new Gpu(rs.getLong("id"), rs.getString("code"), rs.getString("vendor"), rs.getString("display_name"),
				rs.getBigDecimal("memory_gb"), rs.getInt("tdp_watts"), rs.getInt("idle_watts"),
				rs.getBigDecimal("unit_price"), currency(rs, "currency"), rs.getString("source"),
				DeviceKind.valueOf(rs.getString("kind")));
	}

	private static HardwareProfile mapHardwareProfile(ResultSet rs, int row) throws SQLException {
		return new HardwareProfile(rs.getLong("id"), rs.getString("code"), rs.getString("display_name"),
				rs.getLong("gpu_id"), rs.getInt("gpus_per_node"), rs.getBigDecimal("server_capex"),
				rs.getBigDecimal("networking_capex"), rs.getBigDecimal("installation_capex"), currency(rs, "currency"),
				rs.getInt("node_overhead_watts"), rs.getString("source"));
	}

	private static HostingProfile mapHostingProfile(ResultSet rs, int row) throws SQLException {
		return new HostingProfile(rs.getLong("id"), rs.getString("code"), rs.getString("display_name"),
				currency(rs, "currency"), rs.getBigDecimal("energy_price_per_kwh"), rs.getBigDecimal("pue"),
				ColocationBasis.valueOf(rs.getString("colocation_basis")), rs.getBigDecimal("colocation_price"),
				rs.getBigDecimal("rack_power_kw"), rs.getBigDecimal("staff_fte_per_node"),
				rs.getBigDecimal("staff_loaded_cost_per_year"), rs.getBigDecimal("support_fraction_of_capex_per_year"),
				rs.getBigDecimal("software_per_node_per_year"), rs.getString("source"));
	}

}
