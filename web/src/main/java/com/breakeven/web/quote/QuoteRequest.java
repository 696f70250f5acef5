package com.breakeven.web.quote;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.simulator.shift.DataSensitivity;

/**
 * A workload to quote, as a procurement tool posts it; only the monthly tokens are
 * required, every other field has a stated default that the answer echoes.
 *
 * @param monthlyInputTokens uncached prompt tokens a month
 * @param monthlyCachedInputTokens prompt tokens a month served from a provider's cache
 * (default 0)
 * @param monthlyOutputTokens generated tokens a month
 * @param benchmark the benchmark candidates are judged on (default: LMArena's text board,
 * "LMArena text", when its ratings are stored; else the bounded benchmark most models are
 * scored on)
 * @param qualityFloor the lowest acceptable score on it in its own units: an Elo-scale
 * rating such as 1300 on LMArena, a percentage on GPQA (default: none)
 * @param sensitivity the data's class; RESTRICTED data may not go to an external API
 * (default INTERNAL)
 * @param maxTtftP99Ms the latency limit on the time to first token, 99th percentile, ms
 * (default none)
 * @param maxItlP99Ms the latency limit between tokens, 99th percentile, ms (default none)
 * @param contextTokens the longest prompt, tokens (default 0)
 * @param peakToAverage peak rate over average rate (default 2)
 * @param hostingProfile where own nodes would be hosted (default: the first profile)
 * @param pricesOn the day whose prices apply (default today)
 * @param hybridOwnShare the hybrid's share of tokens on own hardware, 0 to 1 (default
 * 0.7)
 * @param limit the most options answered (default 20)
 * @param lifeMonths months a node serves (default: the planning settings')
 * @param residualPercent a node's value at the end of its life, % of capex (default:
 * settings)
 * @param costOfCapitalPercent discount rate, % a year (default: settings)
 * @param targetUtilisationPercent peak share of measured throughput nodes are sized for,
 * % (default: settings)
 * @param precision weights as served: FP16, BF16, FP8, INT8, INT4 (default: settings);
 * nodes are sized only on measurements of this precision
 * @param currency the answer's ISO 4217 currency (default: the reporting currency);
 * prices and profiles in another currency are converted at the ECB rate of
 * {@code pricesOn}, which the answer states
 * @param hardwareProfile the one node to size own hardware on (default: every node a
 * model was measured on)
 * @param monthlyCacheWriteTokens prompt tokens a month written to a provider's cache,
 * billed at its cache-write price (default 0)
 * @param category the workload's category: overall, coding, math, legal, medicine,
 * finance, science, writing, a language (english, french, german, chinese, …) or a
 * board's own name (default overall); scores are read on the benchmark's board of that
 * category
 * @param currentModel the model the workload runs on today: without a floor a candidate
 * is adequate when it is not distinguishably worse than this model on the category (its
 * 95 % interval's upper bound reaches this model's lower bound) (default: none; with
 * neither floor nor current model every text chat model is ranked, each with its score)
 * @param workload a workload of the imported usage ("helpdesk on openai/gpt-4o") whose
 * category, as a person set it, the quote judges in when {@code category} is not given
 * (default: none)
 */
public record QuoteRequest(
		@Schema(description = "Uncached prompt tokens a month, tokens per month (required).",
				example = "300000000") Double monthlyInputTokens,
		@Schema(description = "Prompt tokens a month served from a provider's cache, tokens per month (default 0).",
				example = "150000000") Double monthlyCachedInputTokens,
		@Schema(description = "Generated tokens a month, tokens per month (required).",
				example = "80000000") Double monthlyOutputTokens,
		@Schema(description = "Benchmark candidates are judged on, by its stored name (default: LMArena's text board when stored, else the bounded benchmark most models are scored on).",
				example = "MMLU (0-shot CoT)") String benchmark,
		@Schema(description = "Lowest acceptable score on the benchmark, in its own units: an Elo-scale rating on LMArena (e.g. 1300), a percentage on MMLU or GPQA (default: none).",
				example = "80") Double qualityFloor,
		@Schema(description = "Data class; RESTRICTED data may not go to an external API (default INTERNAL).",
				example = "INTERNAL") DataSensitivity sensitivity,
		@Schema(description = "Latency limit on the time to first token, 99th percentile, milliseconds (default: none).",
				example = "10000") Double maxTtftP99Ms,
		@Schema(description = "Latency limit between tokens, 99th percentile, milliseconds (default: none).",
				example = "200") Double maxItlP99Ms,
		@Schema(description = "Longest prompt, tokens; models with a shorter context window are left out (default 0).",
				example = "8000") Integer contextTokens,
		@Schema(description = "Peak request rate over the average rate, a ratio of at least 1 (default 2).",
				example = "2") Double peakToAverage,
		@Schema(description = "Code of the hosting profile own nodes would run in (default: the first profile).",
				example = "colo-virginia") String hostingProfile,
		@Schema(description = "Day whose prices apply, ISO date YYYY-MM-DD (default: today, UTC).",
				example = "2026-07-01") LocalDate pricesOn,
		@Schema(description = "Hybrid strategy's share of tokens on own hardware, a fraction from 0 to 1 (default 0.7).",
				example = "0.7") Double hybridOwnShare,
		@Schema(description = "Most options answered, a count (default 20); past it the cheapest option of each kind still answers.",
				example = "20") Integer limit,
		@Schema(description = "Months a node serves before it is replaced, months (default: the planning settings').",
				example = "48") Integer lifeMonths,
		@Schema(description = "A node's value at the end of its life, percent of its capex (default: the planning settings').",
				example = "10") Double residualPercent,
		@Schema(description = "Discount rate, percent a year (default: the planning settings').",
				example = "8") Double costOfCapitalPercent,
		@Schema(description = "Peak share of measured throughput nodes are sized for, percent (default: the planning settings').",
				example = "80") Double targetUtilisationPercent,
		@Schema(description = "Weights as served: FP16, BF16, FP8, INT8 or INT4; nodes are sized only on measurements of this precision (default: the planning settings').",
				example = "FP8") String precision,
		@Schema(description = "ISO 4217 currency of the answer; other currencies are converted at the ECB rate of pricesOn (default: the reporting currency).",
				example = "USD") String currency,
		@Schema(description = "Code of the one node to size own hardware on (default: every node a model was measured on).",
				example = "hgx-h100-8x") String hardwareProfile,
		@Schema(description = "Prompt tokens a month written to a provider's cache, billed at its cache-write price, tokens per month (default 0).",
				example = "0") Double monthlyCacheWriteTokens,
		@Schema(description = "Workload category the scores are read in: overall, coding, math, legal, medicine, finance, science, writing, a language, or a board's own name (default overall).",
				example = "overall") String category,
		@Schema(description = "Canonical name or alias of the model the workload runs on today; without a floor a candidate is adequate when not distinguishably worse than it (default: none).",
				example = "openai/gpt-4o") String currentModel,
		@Schema(description = "Name of a workload as the dashboard names it (\"project on provider/model\"); without a category the quote reads scores in that workload's stored category (default: none).",
				example = "helpdesk on openai/gpt-4o") String workload) {

}
