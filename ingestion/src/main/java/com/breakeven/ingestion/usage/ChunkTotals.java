package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * Sums the lines of one chunk that share a day and every dimension into one staged row,
 * so that millions of export lines stage as thousands of rows. Only for formats whose
 * keys cannot repeat: a repeated key must count once, which only the whole file can tell.
 * Token counts and costs add up with {@code null} meaning "not reported", never zero: a
 * sum of cost-only lines stays without tokens.
 */
final class ChunkTotals {

	private ChunkTotals() {
	}

	/** Everything that makes a daily row, no measure. */
	private record DailyGrain(LocalDate day, Long providerId, String rawProvider, Long modelId, String rawModel,
			String account, String project, String team, String application, String tagsJson, boolean batch,
			Currency currency, UsageKind kind, String sourceFormat, String sourceKey) {

		static DailyGrain of(UsageDay u) {
			return new DailyGrain(u.usageDate(), u.providerId(), u.rawProvider(), u.modelId(), u.rawModel(),
					u.account(), u.project(), u.team(), u.application(), u.tagsJson(), u.batch(), u.currency(),
					u.kind(), u.sourceFormat(), u.sourceKey());
		}

	}

	/**
	 * @param rows a chunk's rows in file order
	 * @return one row per day and dimensions, in order of first appearance, keeping the
	 * first line, the smallest row key and the number of lines summed
	 */
	static List<UsageStaging.StagedRow> sum(List<UsageStaging.StagedRow> rows) {
		Map<DailyGrain, UsageStaging.StagedRow> totals = new LinkedHashMap<>();
		for (UsageStaging.StagedRow row : rows) {
			totals.merge(DailyGrain.of(row.usage()), row, ChunkTotals::add);
		}
		return new ArrayList<>(totals.values());
	}

	private static UsageStaging.StagedRow add(UsageStaging.StagedRow a, UsageStaging.StagedRow b) {
		UsageDay x = a.usage();
		UsageDay y = b.usage();
		UsageDay sum = new UsageDay(x.usageDate(), x.providerId(), x.rawProvider(), x.modelId(), x.rawModel(),
				x.account(), x.project(), x.team(), x.application(), x.tagsJson(),
				add(x.inputTokens(), y.inputTokens()), add(x.cachedInputTokens(), y.cachedInputTokens()),
				add(x.cacheWriteTokens(), y.cacheWriteTokens()), add(x.outputTokens(), y.outputTokens()),
				add(x.requests(), y.requests()), x.batch(), add(x.billedCost(), y.billedCost()),
				add(x.effectiveCost(), y.effectiveCost()), add(x.listCost(), y.listCost()), x.currency(), x.kind(),
				x.sourceFormat(), x.sourceKey(), (x.rowKey().compareTo(y.rowKey()) <= 0) ? x.rowKey() : y.rowKey());
		return new UsageStaging.StagedRow(sum, a.sourceFile(), Math.min(a.sourceLine(), b.sourceLine()),
				a.sourceRows() + b.sourceRows());
	}

	private static Long add(Long a, Long b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : Long.valueOf(Math.addExact(a, b));
	}

	private static BigDecimal add(BigDecimal a, BigDecimal b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a.add(b);
	}

}
