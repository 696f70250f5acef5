package com.breakeven.simulator.projection;

/**
 * One strategy's cash out, month 0 (before the first month: up-front purchases) to the
 * horizon, line by line. Salvage (the residual value of nodes retired at the end of their
 * life) is cash in, so it is negative. The book value of nodes still serving at the
 * horizon is kept apart: it counts in the total cost and the NPV (as the engine counts
 * it), not in the monthly cash that payback is read from.
 * <p>
 * Built by {@link ProjectionKernel} with its sums (capital, running cost, totals and
 * their running sum), each computed once there; the accessors read them. A class rather
 * than a record so that those sums need not be recomputed at every call.
 */
public final class StrategyProjection {

	private final Strategy strategy;

	private final double[] hardware;

	private final double[] api;

	private final double[] rental;

	private final double[] power;

	private final double[] colocation;

	private final double[] staff;

	private final double[] support;

	private final double[] software;

	private final double[] salvage;

	private final int[] nodesInService;

	private final double bookValueAtEnd;

	private final double[] capital;

	private final double[] running;

	private final double[] totals;

	private final double[] cumulative;

	StrategyProjection(Strategy strategy, double[] hardware, double[] api, double[] rental, double[] power,
			double[] colocation, double[] staff, double[] support, double[] software, double[] salvage,
			int[] nodesInService, double bookValueAtEnd, double[] capital, double[] running, double[] totals,
			double[] cumulative) {
		this.strategy = strategy;
		this.hardware = hardware;
		this.api = api;
		this.rental = rental;
		this.power = power;
		this.colocation = colocation;
		this.staff = staff;
		this.support = support;
		this.software = software;
		this.salvage = salvage;
		this.nodesInService = nodesInService;
		this.bookValueAtEnd = bookValueAtEnd;
		this.capital = capital;
		this.running = running;
		this.totals = totals;
		this.cumulative = cumulative;
	}

	/** The strategy. */
	public Strategy strategy() {
		return this.strategy;
	}

	/** Nodes bought (capex), month 0 … horizon. */
	public double[] hardware() {
		return this.hardware.clone();
	}

	/** API bills. */
	public double[] api() {
		return this.api.clone();
	}

	/** GPU rental. */
	public double[] rental() {
		return this.rental.clone();
	}

	/** Electricity, PUE included. */
	public double[] power() {
		return this.power.clone();
	}

	/** Space and provisioned power. */
	public double[] colocation() {
		return this.colocation.clone();
	}

	/** Operations staff. */
	public double[] staff() {
		return this.staff.clone();
	}

	/** Support contracts. */
	public double[] support() {
		return this.support.clone();
	}

	/** Licences. */
	public double[] software() {
		return this.software.clone();
	}

	/** Residual value of retired nodes (negative). */
	public double[] salvage() {
		return this.salvage.clone();
	}

	/** Owned or rented nodes serving each month. */
	public int[] nodesInService() {
		return this.nodesInService.clone();
	}

	/** Straight-line book value of the nodes serving at the horizon. */
	public double bookValueAtEnd() {
		return this.bookValueAtEnd;
	}

	/** Months projected. */
	public int horizonMonths() {
		return this.api.length - 1;
	}

	/** Hardware bought less salvage received in a month: its capital cash. */
	public double capitalIn(int month) {
		return this.capital[month];
	}

	/** Every line but hardware and salvage in a month: its running cost. */
	public double runningCostIn(int month) {
		return this.running[month];
	}

	/** All lines of a month. */
	public double totalIn(int month) {
		return this.totals[month];
	}

	/** Month 0 … horizon totals. */
	public double[] monthlyTotals() {
		return this.totals.clone();
	}

	/** Running sum of the monthly totals, month 0 … horizon. */
	public double[] cumulative() {
		return this.cumulative.clone();
	}

	/** The running sum at a month, without a copy of the whole array. */
	public double cumulativeIn(int month) {
		return this.cumulative[month];
	}

	/**
	 * Everything spent over the horizon, salvage and the book value at the end deducted.
	 */
	public double totalCost() {
		return this.cumulative[this.cumulative.length - 1] - this.bookValueAtEnd;
	}

	double[] capitalArray() {
		return this.capital;
	}

	double[] runningArray() {
		return this.running;
	}

	double[] totalsArray() {
		return this.totals;
	}

}
