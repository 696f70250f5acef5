package com.breakeven.simulator.shift;

import java.util.List;

import com.breakeven.tco.Finance;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * An open-weight model on own hardware, as a place a workload could move to.
 *
 * @param model canonical name of the open model ("meta-llama/llama-3.3-70b-instruct")
 * @param family its family
 * @param quality its score on the workload's benchmark and category, or {@code null} when
 * it has none (not judged)
 * @param contextWindow its longest context, tokens
 * @param hardware the node profile, as shown ("8 × H100 SXM5")
 * @param node the node
 * @param measurements throughput measured for the model on the node
 * @param hosting where it runs
 * @param finance life, residual value, cost of capital, horizon
 * @param spec the model's size, for the memory check
 * @param precision weights as served
 * @param targetUtilisation peak utilisation nodes are sized for
 */
public record OwnOption(String model, String family, Adequacy.Score quality, int contextWindow, String hardware,
		Node node, List<ThroughputMeasurement> measurements, Hosting hosting, Finance finance, ModelSpec spec,
		Precision precision, double targetUtilisation) {

	public OwnOption {
		measurements = List.copyOf(measurements);
	}

	/** Its verdict for the workload, by {@link Adequacy}. */
	Adequacy.Verdict judgedFor(Workload workload) {
		return Adequacy.judge(workload.quality(), this.model, this.quality);
	}

}
