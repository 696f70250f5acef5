package com.breakeven.tco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.finance.PaybackPeriod;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/** Properties that hold for any inputs, not just the worked examples. */
class TcoPropertiesTest {

	@Property(tries = 300)
	void costPerMillionTokens_fallsAsUtilisationRisesOnTheSameNodes(
			@ForAll @DoubleRange(min = 0.01, max = 0.98) double lowerShare,
			@ForAll @DoubleRange(min = 0.001, max = 0.02) @Scale(4) double increment) {
		double capacity = CapacityPlanner.maxMonthlyTokens(1, ReferenceScenario.DEMAND, ReferenceScenario.AT_64, 0.8);
		double lower = costPerMillion(capacity * lowerShare);
		double higher = costPerMillion(capacity * Math.min(1, lowerShare + increment));

		assertThat(higher).isLessThanOrEqualTo(lower);
	}

	@Property(tries = 200)
	void moreNodesNeverLowerCapexOrMonthlyCapital(@ForAll @IntRange(min = 1, max = 200) int nodes) {
		SelfHostedMonthlyCost fewer = SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, nodes, 0.5,
				ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);
		SelfHostedMonthlyCost more = SelfHostedCost.monthlyCost(ReferenceScenario.HGX_H100, nodes + 1, 0.5,
				ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE);

		assertThat((nodes + 1) * ReferenceScenario.HGX_H100.capex())
			.isGreaterThan(nodes * ReferenceScenario.HGX_H100.capex());
		assertThat(more.capital()).isGreaterThan(fewer.capital());
		assertThat(more.total()).isGreaterThan(fewer.total());
	}

	@Property(tries = 500)
	void paybackNeverPrecedesTheFirstMonthWithPositiveSavings(@ForAll @DoubleRange(min = 1, max = 1e6) double capex,
			@ForAll List<@DoubleRange(min = -1e5, max = 1e5) Double> savingsList) {
		Assume.that(!savingsList.isEmpty());
		double[] savings = savingsList.stream().mapToDouble(Double::doubleValue).toArray();
		double[] capital = new double[savings.length + 1];
		double[] running = new double[savings.length + 1];
		double[] avoided = new double[savings.length + 1];
		capital[0] = capex;
		for (int month = 1; month <= savings.length; month++) {
			avoided[month] = Math.max(0, savings[month - 1]);
			running[month] = Math.max(0, -savings[month - 1]);
		}

		Payback payback = PaybackPeriod.paybackMonth(ReferenceScenario.USD, capital, running, avoided, 0);

		if (payback instanceof Payback.InMonth inMonth) {
			int firstPositive = 1;
			while (savings[firstPositive - 1] <= 0) {
				firstPositive++;
			}
			assertThat(inMonth.month()).isGreaterThanOrEqualTo(firstPositive);
			double cumulative = 0;
			for (int month = 1; month <= inMonth.month(); month++) {
				cumulative += savings[month - 1];
			}
			// within the rule's rounding tolerance of 10^-9 of the amounts per month
			assertThat(cumulative).isGreaterThanOrEqualTo(capex - 1);
		}
	}

	@Property(tries = 200)
	void nodesRequiredAlwaysServeThePeakWithinTheTarget(
			@ForAll @DoubleRange(min = 1e6, max = 5e11) double monthlyTokens,
			@ForAll @DoubleRange(min = 1, max = 6) double peakToAverage,
			@ForAll @DoubleRange(min = 0.3, max = 1) double target) {
		Demand demand = new Demand(monthlyTokens * 5 / 6, 0, monthlyTokens / 6, peakToAverage);

		Capacity capacity = CapacityPlanner.nodesRequired(demand, ReferenceScenario.AT_64, target);

		assertThat(CapacityPlanner.maxMonthlyTokens(capacity.nodes(), demand, ReferenceScenario.AT_64, target))
			.isGreaterThanOrEqualTo(monthlyTokens * (1 - 1e-9));
		if (capacity.nodes() > 1) {
			assertThat(CapacityPlanner.maxMonthlyTokens(capacity.nodes() - 1, demand, ReferenceScenario.AT_64, target))
				.isLessThan(monthlyTokens);
		}
	}

	private static double costPerMillion(double monthlyTokens) {
		Demand demand = ReferenceScenario.DEMAND.scaledTo(monthlyTokens);
		Capacity capacity = CapacityPlanner.nodesRequired(demand, ReferenceScenario.AT_64, 0.8);
		double cost = SelfHostedCost
			.monthlyCost(ReferenceScenario.HGX_H100, capacity.nodes(), capacity.utilisation(),
					ReferenceScenario.COLO_VIRGINIA, ReferenceScenario.FINANCE)
			.total();
		return cost / (monthlyTokens / 1e6);
	}

}
