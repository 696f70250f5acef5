package com.breakeven.web.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.web.api.ApiProblem;

/**
 * Report definitions in {@code report_definition}, checked before they are stored: every
 * refusal names its field and stores nothing.
 */
@Service
public class ReportDefinitions {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	private final JdbcClient jdbc;

	private final Clock clock;

	public ReportDefinitions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A definition refused, with a reason per field. */
	public static class Refused extends IllegalArgumentException {

		private final Map<String, String> byField;

		Refused(Map<String, String> byField) {
			super(byField.toString());
			this.byField = Map.copyOf(byField);
		}

		public Map<String, String> byField() {
			return this.byField;
		}

	}

	public List<ReportDefinition> all() {
		return this.jdbc.sql("SELECT * FROM report_definition ORDER BY name").query((rs, n) -> map(rs)).list();
	}

	public Optional<ReportDefinition> find(long id) {
		return this.jdbc.sql("SELECT * FROM report_definition WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/**
	 * @throws Refused naming each field that cannot be stored
	 */
	public long create(ReportDefinition d) {
		check(d);
		OffsetDateTime now = now();
		try {
			this.jdbc.sql("""
					INSERT INTO report_definition (name, scope_kind, scope_value, period, currency, formats, cron,
					    recipients, budget, enabled, created_at, updated_at)
					VALUES (:name, :scopeKind, :scopeValue, :period, :currency, :formats, :cron, :recipients, :budget,
					    :enabled, :now, :now)""").params(columns(d)).param("now", now).update();
		}
		catch (DuplicateKeyException ex) {
			throw new Refused(Map.of("name", "a report is already named '" + d.name() + "'"));
		}
		return this.jdbc.sql("SELECT id FROM report_definition WHERE name = :name")
			.param("name", d.name().strip())
			.query(Long.class)
			.single();
	}

	/**
	 * @throws Refused naming each field that cannot be stored
	 */
	public void update(long id, ReportDefinition d) {
		check(d);
		try {
			this.jdbc.sql("""
					UPDATE report_definition SET name = :name, scope_kind = :scopeKind, scope_value = :scopeValue,
					    period = :period, currency = :currency, formats = :formats, cron = :cron,
					    recipients = :recipients, budget = :budget, enabled = :enabled, updated_at = :now
					WHERE id = :id""").params(columns(d)).param("now", now()).param("id", id).update();
		}
		catch (DuplicateKeyException ex) {
			throw new Refused(Map.of("name", "another report is already named '" + d.name() + "'"));
		}
	}

	public boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM report_definition WHERE id = :id").param("id", id).update() == 1;
	}

	/** Every field checked; all refusals at once. */
	/** Most recipients one report is mailed to. */
	static final int MAX_RECIPIENTS = 100;

	static void check(ReportDefinition d) {
		Map<String, String> refused = new LinkedHashMap<>();
		if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
			refused.put("name", "name the report (1 to 200 characters)");
		}
		if (d.scope() == null) {
			refused.put("scope", "choose what the report covers");
		}
		if (d.period() == null) {
			refused.put("period", "choose WEEK, MONTH or QUARTER");
		}
		if (d.scope() != null && d.scope().value() != null && d.scope().value().length() > 200) {
			refused.put("scopeValue", "at most 200 characters, was " + d.scope().value().length());
		}
		try {
			Currency currency = Currency.getInstance((d.currency() != null) ? d.currency().strip() : "");
			// XXX ("no currency"), XAU (gold) and the like have no minor unit: nothing is
			// spent in them
			if (currency.getDefaultFractionDigits() < 0) {
				refused.put("currency", "must be a currency money is spent in, such as USD or EUR, was '"
						+ currency.getCurrencyCode() + "'");
			}
		}
		catch (IllegalArgumentException ex) {
			refused.put("currency",
					"must be an ISO-4217 code such as USD or EUR, was '" + ApiProblem.shortened(d.currency()) + "'");
		}
		if (d.formats().isEmpty()) {
			refused.put("formats", "choose at least one of PDF, HTML, CSV");
		}
		if (d.cron() == null || d.cron().length() > 120 || !CronExpression.isValidExpression(d.cron().strip())) {
			refused.put("cron",
					"must be a six-field cron expression such as '0 0 6 1 * *' (06:00 UTC on the 1st), was '"
							+ ApiProblem.shortened(d.cron()) + "'");
		}
		if (d.recipients().size() > MAX_RECIPIENTS) {
			refused.put("recipients", "at most " + MAX_RECIPIENTS + " recipients, was " + d.recipients().size());
		}
		else {
			for (String recipient : d.recipients()) {
				if (recipient.length() > 254 || !EMAIL.matcher(recipient).matches()) {
					refused.put("recipients", "'" + ApiProblem.shortened(recipient) + "' is not an e-mail address");
					break;
				}
			}
			if (!refused.containsKey("recipients") && String.join(", ", d.recipients()).length() > 4000) {
				refused.put("recipients", "at most 4,000 characters together");
			}
		}
		if (d.budget() != null) {
			BigDecimal budget = d.budget().stripTrailingZeros();
			// stored as NUMERIC(20, 2): whole cents below 10^18, never rounded silently
			if (budget.signum() < 0 || budget.scale() > 2 || budget.precision() - budget.scale() > 18) {
				refused.put("budget", "must be 0 or more, below 10^18 and in whole cents, was "
						+ ApiProblem.shortened(d.budget().toString()));
			}
		}
		if (!refused.isEmpty()) {
			throw new Refused(refused);
		}
	}

	/** Recipients as typed: separated by commas, semicolons or spaces. */
	public static List<String> recipients(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	private static Map<String, Object> columns(ReportDefinition d) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("name", d.name().strip());
		columns.put("scopeKind", d.scope().kind().name());
		columns.put("scopeValue", (d.scope().kind() == SpendAnalysis.Scope.Kind.ALL) ? null : d.scope().value());
		columns.put("period", d.period().name());
		columns.put("currency", d.currency().strip().toUpperCase(java.util.Locale.ROOT));
		columns.put("formats", d.formats().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		columns.put("cron", d.cron().strip());
		columns.put("recipients", d.recipients().isEmpty() ? null : String.join(",", d.recipients()));
		columns.put("budget", d.budget());
		columns.put("enabled", d.enabled());
		return columns;
	}

	private static ReportDefinition map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		Arrays.stream(rs.getString("formats").split(","))
			.map(String::strip)
			.map(ReportFormat::valueOf)
			.forEach(formats::add);
		String kind = rs.getString("scope_kind");
		SpendAnalysis.Scope scope = kind.equals("ALL") ? SpendAnalysis.Scope.ALL
				: new SpendAnalysis.Scope(SpendAnalysis.Scope.Kind.valueOf(kind), rs.getString("scope_value"));
		BigDecimal budget = rs.getBigDecimal("budget");
		return new ReportDefinition(rs.getLong("id"), rs.getString("name"), scope,
				ReportPeriod.Kind.valueOf(rs.getString("period")), rs.getString("currency").strip(), formats,
				rs.getString("cron"), recipients(rs.getString("recipients")), budget, rs.getBoolean("enabled"));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
