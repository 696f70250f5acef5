package com.breakeven.simulator.projection;

import java.util.Arrays;
import java.util.Set;

import com.breakeven.tco.Formulas;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;

/**
 * The month-by-month arithmetic of every strategy on plain arrays, one array per cost
 * line (structure of arrays): the one place a projection is computed. {@link Projector}
 * runs it once and freezes the lines into records; the Monte Carlo simulation and the
 * tornado run it once per trial into the same arrays and read the measures straight from
 * them. Each line comes from its one formula in the engine ({@link Formulas}); what moves
 * month by month moves here:
 * <ul>
 * <li>demand in month t = today's × (1 + growth)^(t − 1), or the series;</li>
 * <li>an API's prices in month t = today's × (1 + monthly rate of −decline)^(t − 1);</li>
 * <li>the electricity price likewise with its yearly change;</li>
 * </ul>
 * each power by repeated multiplication month after month, and an API's bill in month t
 * as today's bill × demand factor × price factor, since the bill is linear in every token
 * class and every price (batch and negotiated discounts are shares of it).
 * <p>
 * An instance holds the arrays of one horizon and is reused run after run by one thread;
 * each run writes every element it reads afterwards. The measures of a run (total cost,
 * NPV, payback month) are computed once per strategy by the same static functions
 * {@link Projection} uses.
 */
public final class ProjectionKernel {

	private static final Strategy[] STRATEGIES = Strategy.values();

	private final int horizon;

	private final Lines[] lines = new Lines[STRATEGIES.length];

	private final boolean[] projected = new boolean[STRATEGIES.length];

	/** Demand in month t as a multiple of today's (index 0 unused). */
	private final double[] demandFactor;

	private final double[] currentApiPriceFactor;

	private final double[] cheapestApiPriceFactor;

	private final double[] powerPriceFactor;

	private final int[] required;

	private final int[] bought;

	private final int[] inService;

	private final int[] retired;

	private final int[] starting;

	private final double[] flows;

	private ProjectionParameters parameters;

	private double monthlyDiscountRate;

	/**
	 * @param horizonMonths months of every run
	 */
	public ProjectionKernel(int horizonMonths) {
		if (horizonMonths < 1) {
			throw new IllegalArgumentException("horizonMonths must be >= 1, was " + horizonMonths);
		}
		this.horizon = horizonMonths;
		int months = horizonMonths + 1;
		this.demandFactor = new double[months];
		this.currentApiPriceFactor = new double[months];
		this.cheapestApiPriceFactor = new double[months];
		this.powerPriceFactor = new double[months];
		this.required = new int[months];
		this.bought = new int[months];
		this.inService = new int[months];
		this.retired = new int[months];
		this.starting = new int[months];
		this.flows = new double[months];
	}

	/**
	 * Projects the strategies asked for, and always the current API (rented GPUs only
	 * with an hourly price).
	 * @param p the run's numbers, of this kernel's horizon
	 * @param strategies the strategies to project
	 */
	public void run(ProjectionParameters p, Set<Strategy> strategies) {
		if (p.horizonMonths != this.horizon) {
			throw new IllegalArgumentException(
					"parameters of " + p.horizonMonths + " months given to a kernel of " + this.horizon);
		}
		this.parameters = p;
		this.monthlyDiscountRate = Formulas.monthlyRate(p.annualDiscountRate);
		demandFactors(p.growthPerMonth, p.demandSeries, this.demandFactor);
		compound(Formulas.monthlyRate(-p.currentApiDeclinePerYear), this.currentApiPriceFactor);
		compound(Formulas.monthlyRate(-p.cheapestApiDeclinePerYear), this.cheapestApiPriceFactor);
		compound(Formulas.monthlyRate(p.powerPriceChangePerYear), this.powerPriceFactor);
		Arrays.fill(this.projected, false);
		apiOnly(Strategy.ALL_API, p.currentApiBillToday * p.volumeMultiplier, this.currentApiPriceFactor);
		if (strategies.contains(Strategy.CHEAPEST_API)) {
			apiOnly(Strategy.CHEAPEST_API, p.cheapestApiBillToday * p.volumeMultiplier, this.cheapestApiPriceFactor);
		}
		if (strategies.contains(Strategy.SELF_HOSTED)) {
			projectOwned(Strategy.SELF_HOSTED, 1);
		}
		if (strategies.contains(Strategy.HYBRID)) {
			projectOwned(Strategy.HYBRID, p.ownShare);
		}
		if (strategies.contains(Strategy.RENTED_GPUS) && !Double.isNaN(p.rentedGpuHourly)) {
			projectRented();
		}
	}

	/** Whether the last run projected the strategy. */
	public boolean projected(Strategy strategy) {
		return this.projected[strategy.ordinal()];
	}

	/**
	 * Everything the strategy spent over the last run's horizon, salvage and the book
	 * value at the end deducted.
	 */
	public double totalCost(Strategy strategy) {
		return lines(strategy).totalCost;
	}

	/**
	 * Net present value of the strategy against staying on the current API in the last
	 * run: see {@link #npv(double, double[], double, double[], double, double[])}.
	 */
	public double npv(Strategy strategy) {
		Lines baseline = lines(Strategy.ALL_API);
		Lines s = lines(strategy);
		return npv(this.monthlyDiscountRate, baseline.total, baseline.bookValueAtEnd, s.total, s.bookValueAtEnd,
				this.flows);
	}

	/**
	 * The strategy's payback month in the last run: see
	 * {@link #paybackMonth(Strategy, boolean, boolean, int, double[], double[], double[])}.
	 * @return the month, 0 when it never pays back or is not a move
	 */
	public int paybackMonth(Strategy strategy) {
		Lines s = lines(strategy);
		ProjectionParameters p = this.parameters;
		return paybackMonth(strategy, p.cheapestIsCurrent, owned(strategy, p.ownShare), p.leadTimeMonths, s.capital,
				s.running, lines(Strategy.ALL_API).total);
	}

	/** The strategy's lines of the last run, frozen into a record. */
	StrategyProjection projection(Strategy strategy) {
		Lines l = lines(strategy);
		return new StrategyProjection(strategy, l.hardware.clone(), l.api.clone(), l.rental.clone(), l.power.clone(),
				l.colocation.clone(), l.staff.clone(), l.support.clone(), l.software.clone(), l.salvage.clone(),
				l.nodes.clone(), l.bookValueAtEnd, l.capital.clone(), l.running.clone(), l.total.clone(),
				l.cumulative.clone());
	}

	/** Tokens the workload asks for over months 1 … horizon in the last run. */
	double tokensOverHorizon() {
		ProjectionParameters p = this.parameters;
		double today = monthlyTotalTokens(p);
		double tokens = 0;
		for (int month = 1; month <= this.horizon; month++) {
			tokens += today * this.demandFactor[month];
		}
		return tokens;
	}

	private Lines lines(Strategy strategy) {
		if (!this.projected[strategy.ordinal()]) {
			throw new IllegalArgumentException(strategy + " was not projected (rented GPUs need an hourly price)");
		}
		return this.lines[strategy.ordinal()];
	}

	/** All on one API: today's bill × demand factor × price factor, month by month. */
	private void apiOnly(Strategy strategy, double billToday, double[] priceFactor) {
		Lines l = start(strategy);
		l.api[0] = 0;
		for (int month = 1; month <= this.horizon; month++) {
			l.api[month] = billToday * this.demandFactor[month] * priceFactor[month];
		}
		l.bookValueAtEnd = 0;
		l.close();
	}

	/**
	 * {@code ownShare} of the demand on owned nodes, the rest on the cheapest adequate
	 * API (nothing when the share is 1). Nodes ordered now serve from the month after the
	 * lead time; until then the in-house share stays on today's API, at its prices.
	 */
	private void projectOwned(Strategy strategy, double ownShare) {
		ProjectionParameters p = this.parameters;
		Lines l = start(strategy);
		double outputTokens = p.outputTokens * p.volumeMultiplier;
		double totalTokens = monthlyTotalTokens(p);
		double currentBill = p.currentApiBillToday * p.volumeMultiplier;
		double cheapestBill = p.cheapestApiBillToday * p.volumeMultiplier;
		int lead = p.leadTimeMonths;
		this.required[0] = 0;
		l.api[0] = 0;
		for (int month = 1; month <= this.horizon; month++) {
			double ownFactor = this.demandFactor[month] * ownShare;
			boolean delivered = month > lead;
			this.required[month] = (ownShare > 0 && delivered)
					? Formulas.nodesRequired(outputTokens * ownFactor, totalTokens * ownFactor, p.peakToAverage,
							p.outputTokensPerSecond, p.totalTokensPerSecond, p.targetUtilisation)
					: 0;
			double api = 0;
			if (ownShare > 0 && !delivered) {
				// paid for, not yet serving: the in-house share stays on today's API
				api += currentBill * ownFactor * this.currentApiPriceFactor[month];
			}
			if (ownShare < 1) {
				api += cheapestBill * (this.demandFactor[month] * (1 - ownShare)) * this.cheapestApiPriceFactor[month];
			}
			l.api[month] = api;
		}
		double book = Fleet.plan(this.required, p.lifeMonths, lead, p.residualFraction, this.bought, this.inService,
				this.retired, this.starting);
		Node node = p.node;
		Hosting hosting = p.hosting;
		double nodeCapex = node.capexAtGpuPrice(p.gpuUnitPrice);
		double peakWatts = node.peakWatts();
		double perToken = Formulas.utilisationPerToken(outputTokens, totalTokens, p.outputTokensPerSecond,
				p.totalTokensPerSecond);
		for (int month = 0; month <= this.horizon; month++) {
			l.hardware[month] = this.bought[month] * nodeCapex;
			l.salvage[month] = -this.retired[month] * nodeCapex * p.residualFraction;
			int nodes = this.inService[month];
			l.nodes[month] = nodes;
			if (month == 0 || nodes == 0) {
				l.power[month] = 0;
				l.colocation[month] = 0;
				l.staff[month] = 0;
				l.support[month] = 0;
				l.software[month] = 0;
				continue;
			}
			double utilisation = Formulas.utilisation(perToken, totalTokens * (this.demandFactor[month] * ownShare),
					nodes);
			l.power[month] = Formulas.powerCost(nodes * node.wattsAt(utilisation), p.pue,
					p.pricePerKwh * this.powerPriceFactor[month]);
			l.colocation[month] = Formulas.colocationCost(nodes, peakWatts, hosting);
			l.staff[month] = Formulas.staffCost(nodes, hosting.staffFtePerNode(), p.staffLoadedCostPerYear);
			l.support[month] = Formulas.supportCost(nodes * nodeCapex, hosting.supportFractionOfCapexPerYear());
			l.software[month] = Formulas.softwareCost(nodes, hosting.softwarePerNodePerYear());
		}
		l.bookValueAtEnd = book * nodeCapex;
		l.close();
	}

	/**
	 * Rented nodes sized month by month (no purchase, no fleet kept): GPUs × hours × the
	 * hourly price, plus the staff who run them; power and space are in the price.
	 */
	private void projectRented() {
		ProjectionParameters p = this.parameters;
		Lines l = start(Strategy.RENTED_GPUS);
		double outputTokens = p.outputTokens * p.volumeMultiplier;
		double totalTokens = monthlyTotalTokens(p);
		int gpusPerNode = p.node.gpusPerNode();
		double ftePerNode = p.hosting.staffFtePerNode();
		l.nodes[0] = 0;
		l.rental[0] = 0;
		l.staff[0] = 0;
		for (int month = 1; month <= this.horizon; month++) {
			double factor = this.demandFactor[month];
			int nodes = Formulas.nodesRequired(outputTokens * factor, totalTokens * factor, p.peakToAverage,
					p.outputTokensPerSecond, p.totalTokensPerSecond, p.targetUtilisation);
			l.nodes[month] = nodes;
			l.rental[month] = Formulas.rentalCost(nodes, gpusPerNode, p.rentedGpuHourly);
			l.staff[month] = Formulas.staffCost(nodes, ftePerNode, p.staffLoadedCostPerYear);
		}
		l.bookValueAtEnd = 0;
		l.close();
	}

	/**
	 * The strategy's lines (allocated at its first run), marked projected. Each strategy
	 * writes every month of the lines it has and never touches the others (they stay 0
	 * from their allocation), so nothing needs clearing between runs.
	 */
	private Lines start(Strategy strategy) {
		int i = strategy.ordinal();
		this.projected[i] = true;
		if (this.lines[i] == null) {
			this.lines[i] = new Lines(this.horizon + 1);
		}
		return this.lines[i];
	}

	/** Every token class of today's demand, after the volume multiplier. */
	private static double monthlyTotalTokens(ProjectionParameters p) {
		return (p.inputTokens + p.cachedInputTokens + p.cacheWriteTokens + p.outputTokens + p.audioTokens)
				* p.volumeMultiplier;
	}

	/**
	 * Demand in month t as a multiple of today's: (1 + growth)^(t − 1), or the series
	 * (its last value held when the horizon is longer).
	 */
	static void demandFactors(double growthPerMonth, double[] series, double[] factors) {
		if (series == null) {
			compound(growthPerMonth, factors);
			return;
		}
		factors[0] = 0;
		for (int month = 1; month < factors.length; month++) {
			factors[month] = series[Math.min(month, series.length) - 1];
		}
	}

	/**
	 * (1 + rate)^(t − 1) for months t = 1 … horizon, by repeated multiplication (index 0
	 * unused, set to 0).
	 */
	static void compound(double ratePerMonth, double[] factors) {
		double growth = 1 + ratePerMonth;
		factors[0] = 0;
		double factor = 1;
		for (int month = 1; month < factors.length; month++) {
			factors[month] = factor;
			factor *= growth;
		}
	}

	/**
	 * Net present value of a strategy against the current API: savings_t = current API_t
	 * − strategy_t for t = 0 … horizon, the difference of the book values at the end
	 * added to the last month, discounted by the one NPV ({@link Formulas#npv}).
	 * @param monthlyRate the monthly cost of capital
	 * @param flows where the savings are written (as long as the totals)
	 */
	static double npv(double monthlyRate, double[] baselineTotal, double baselineBook, double[] total, double book,
			double[] flows) {
		savingsFlows(baselineTotal, baselineBook, total, book, flows);
		return Formulas.npv(monthlyRate, flows);
	}

	/**
	 * Savings of a strategy against the current API, month 0 … horizon: current API_t −
	 * strategy_t, the difference of the book values at the end added to the last month.
	 */
	static void savingsFlows(double[] baselineTotal, double baselineBook, double[] total, double book, double[] flows) {
		int horizon = total.length - 1;
		for (int month = 0; month <= horizon; month++) {
			flows[month] = baselineTotal[month] - total[month];
		}
		flows[horizon] += book - baselineBook;
	}

	/**
	 * Whether choosing the strategy is a move at all: staying on the current API is not,
	 * nor is the cheapest adequate API when it is the current model.
	 */
	static boolean isMove(Strategy strategy, boolean cheapestIsCurrent) {
		return strategy != Strategy.ALL_API && !(strategy == Strategy.CHEAPEST_API && cheapestIsCurrent);
	}

	/** Whether the strategy buys nodes (and waits for their lead time). */
	static boolean owned(Strategy strategy, double ownShare) {
		return strategy == Strategy.SELF_HOSTED || (strategy == Strategy.HYBRID && ownShare > 0);
	}

	/**
	 * The payback month of a move against the current API, by the one payback rule
	 * ({@link Formulas#paybackMonth(double[], double[], double[])}); none when it is not
	 * a move, or when owned hardware ordered now is delivered only after the horizon.
	 * @return the month, 0 for none
	 */
	static int paybackMonth(Strategy strategy, boolean cheapestIsCurrent, boolean owned, int leadTimeMonths,
			double[] capital, double[] running, double[] avoided) {
		if (!isMove(strategy, cheapestIsCurrent) || (owned && leadTimeMonths >= capital.length - 1)) {
			return 0;
		}
		return Formulas.paybackMonth(capital, running, avoided);
	}

	/** One strategy's lines while a run writes them, and their sums once it has. */
	private static final class Lines {

		final double[] hardware;

		final double[] api;

		final double[] rental;

		final double[] power;

		final double[] colocation;

		final double[] staff;

		final double[] support;

		final double[] software;

		final double[] salvage;

		final int[] nodes;

		final double[] capital;

		final double[] running;

		final double[] total;

		final double[] cumulative;

		double bookValueAtEnd;

		double totalCost;

		Lines(int months) {
			this.hardware = new double[months];
			this.api = new double[months];
			this.rental = new double[months];
			this.power = new double[months];
			this.colocation = new double[months];
			this.staff = new double[months];
			this.support = new double[months];
			this.software = new double[months];
			this.salvage = new double[months];
			this.nodes = new int[months];
			this.capital = new double[months];
			this.running = new double[months];
			this.total = new double[months];
			this.cumulative = new double[months];
		}

		/**
		 * Capital (hardware + salvage), running cost (every other line), their total and
		 * its running sum, month 0 … horizon; the total cost, the book value deducted:
		 * each computed once.
		 */
		void close() {
			double sum = 0;
			for (int month = 0; month < this.api.length; month++) {
				this.capital[month] = this.hardware[month] + this.salvage[month];
				this.running[month] = this.api[month] + this.rental[month] + this.power[month] + this.colocation[month]
						+ this.staff[month] + this.support[month] + this.software[month];
				this.total[month] = this.capital[month] + this.running[month];
				sum += this.total[month];
				this.cumulative[month] = sum;
			}
			this.totalCost = sum - this.bookValueAtEnd;
		}

	}

}
