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

	/** Digits before the point of the ledger's costs, {@code NUMERIC(30, 12)}. */
	private static final int MONEY_INTEGER_DIGITS = 18;

	/**
	 * @param rows a chunk's rows in file order
	 * @return one row per day and dimensions, in order of first appearance, keeping the
	 * first line, the smallest row key and the number of lines summed; a line that would
	 * overflow its day's sum follows as a row of its own
	 */
	static List<UsageStaging.StagedRow> sum(List<UsageStaging.StagedRow> rows) {
		// One mutable running sum per grain, local to this call: building a new record
		// per added line showed up as a fifth of the import's time.
		Map<DailyGrain, RunningSum> totals = new LinkedHashMap<>();
		// a line that would take its day's running sum beyond what a staged row holds
		// is staged on its own: the publish step then names the day that overflows
		List<UsageStaging.StagedRow> beyondASum = new ArrayList<>();
		for (UsageStaging.StagedRow row : rows) {
			DailyGrain grain = DailyGrain.of(row.usage());
			RunningSum sum = totals.get(grain);
			if (sum == null) {
				totals.put(grain, new RunningSum(row));
			}
			else if (!sum.add(row)) {
				beyondASum.add(row);
			}
		}
		List<UsageStaging.StagedRow> summed = new ArrayList<>(totals.size() + beyondASum.size());
		for (RunningSum sum : totals.values()) {
			summed.add(sum.row());
		}
		summed.addAll(beyondASum);
		return summed;
	}

	private static final class RunningSum {

		private final UsageStaging.StagedRow first;

		private Long inputTokens;

		private Long cachedInputTokens;

		private Long cacheWriteTokens;

		private Long outputTokens;

		private Long inputAudioTokens;

		private Long outputAudioTokens;

		private Long requests;

		private BigDecimal billedCost;

		private BigDecimal effectiveCost;

		private BigDecimal listCost;

		private String rowKey;

		private long sourceLine;

		private long sourceRows;

		RunningSum(UsageStaging.StagedRow first) {
			UsageDay u = first.usage();
			this.first = first;
			this.inputTokens = u.inputTokens();
			this.cachedInputTokens = u.cachedInputTokens();
			this.cacheWriteTokens = u.cacheWriteTokens();
			this.outputTokens = u.outputTokens();
			this.inputAudioTokens = u.inputAudioTokens();
			this.outputAudioTokens = u.outputAudioTokens();
			this.requests = u.requests();
			this.billedCost = u.billedCost();
			this.effectiveCost = u.effectiveCost();
			this.listCost = u.listCost();
			this.rowKey = u.rowKey();
			this.sourceLine = first.sourceLine();
			this.sourceRows = first.sourceRows();
		}

		/**
		 * Adds a line to the sum, unless a total would overflow a staged row (a count
		 * beyond {@code Long.MAX_VALUE}, a cost beyond 18 digits before the point).
		 * @return whether the line was added
		 */
		boolean add(UsageStaging.StagedRow row) {
			UsageDay u = row.usage();
			try {
				Long input = ChunkTotals.add(this.inputTokens, u.inputTokens());
				Long cached = ChunkTotals.add(this.cachedInputTokens, u.cachedInputTokens());
				Long cacheWrite = ChunkTotals.add(this.cacheWriteTokens, u.cacheWriteTokens());
				Long output = ChunkTotals.add(this.outputTokens, u.outputTokens());
				Long inputAudio = ChunkTotals.add(this.inputAudioTokens, u.inputAudioTokens());
				Long outputAudio = ChunkTotals.add(this.outputAudioTokens, u.outputAudioTokens());
				Long requestCount = ChunkTotals.add(this.requests, u.requests());
				BigDecimal billed = ChunkTotals.add(this.billedCost, u.billedCost());
				BigDecimal effective = ChunkTotals.add(this.effectiveCost, u.effectiveCost());
				BigDecimal list = ChunkTotals.add(this.listCost, u.listCost());
				this.inputTokens = input;
				this.cachedInputTokens = cached;
				this.cacheWriteTokens = cacheWrite;
				this.outputTokens = output;
				this.inputAudioTokens = inputAudio;
				this.outputAudioTokens = outputAudio;
				this.requests = requestCount;
				this.billedCost = billed;
				this.effectiveCost = effective;
				this.listCost = list;
			}
			catch (ArithmeticException ex) {
				return false;
			}
			if (u.rowKey().compareTo(this.rowKey) < 0) {
				this.rowKey = u.rowKey();
			}
			this.sourceLine = Math.min(this.sourceLine, row.sourceLine());
			this.sourceRows += row.sourceRows();
			return true;
		}

		UsageStaging.StagedRow row() {
			if (this.sourceRows == this.first.sourceRows()) {
				return this.first;
			}
			UsageDay x = this.first.usage();
			UsageDay sum = new UsageDay(x.usageDate(), x.providerId(), x.rawProvider(), x.modelId(), x.rawModel(),
					x.account(), x.project(), x.team(), x.application(), x.tagsJson(), this.inputTokens,
					this.cachedInputTokens, this.cacheWriteTokens, this.outputTokens, this.inputAudioTokens,
					this.outputAudioTokens, this.requests, x.batch(), this.billedCost, this.effectiveCost,
					this.listCost, x.currency(), x.kind(), x.sourceFormat(), x.sourceKey(), this.rowKey);
			return new UsageStaging.StagedRow(sum, this.first.sourceFile(), this.sourceLine, this.sourceRows);
		}

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
		if (b == null) {
			return a;
		}
		BigDecimal sum = a.add(b);
		if (sum.precision() - sum.scale() > MONEY_INTEGER_DIGITS) {
			throw new ArithmeticException("a cost sum beyond " + MONEY_INTEGER_DIGITS + " digits before the point");
		}
		return sum;
	}

}
