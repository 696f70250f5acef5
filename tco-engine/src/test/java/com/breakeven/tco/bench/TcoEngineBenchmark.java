package com.breakeven.tco.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.breakeven.tco.Evaluation;
import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ReferenceScenario;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * One full evaluation (SLO selection over a concurrency sweep, memory fit, sizing, both
 * monthly costs, 36-month cash flows, payback, NPV, IRR by Brent's method, break-even
 * volume). Goal: well under 50 µs, so 10,000 Monte Carlo trials take under half a second.
 * Run with {@code ./bench}; results go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TcoEngineBenchmark {

	private final Scenario scenario = ReferenceScenario.scenario(ReferenceScenario.DEMAND, new LatencySlo(2000, 50),
			List.of(new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 16, 1000, 200, 1800, 10_800d, 200d, 400d,
					20d, 25d), ReferenceScenario.AT_64,
					new ThroughputMeasurement("llama-3.3-70b", "FP8", "vLLM", 128, 1000, 200, 5200, 31_200d, 600d,
							1500d, 50d, 70d)));

	@Benchmark
	public Evaluation evaluateFullScenario() {
		return TcoEngine.evaluate(this.scenario);
	}

}
