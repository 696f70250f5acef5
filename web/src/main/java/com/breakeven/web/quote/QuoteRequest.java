package com.breakeven.web.quote;

import java.time.LocalDate;

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
public record QuoteRequest(Double monthlyInputTokens, Double monthlyCachedInputTokens, Double monthlyOutputTokens,
		String benchmark, Double qualityFloor, DataSensitivity sensitivity, Double maxTtftP99Ms, Double maxItlP99Ms,
		Integer contextTokens, Double peakToAverage, String hostingProfile, LocalDate pricesOn, Double hybridOwnShare,
		Integer limit, Integer lifeMonths, Double residualPercent, Double costOfCapitalPercent,
		Double targetUtilisationPercent, String precision, String currency, String hardwareProfile,
		Double monthlyCacheWriteTokens, String category, String currentModel, String workload) {

}
