package com.breakeven.tco;

import java.util.Currency;

/**
 * One month of a workload on own GPUs, line by line.
 *
 * @param currency currency of every amount
 * @param depreciation straight-line depreciation of capex down to residual value
 * @param costOfCapital the financing part of the capital recovery payment (payment −
 * depreciation)
 * @param power electricity, facility overhead (PUE) included
 * @param colocation space and provisioned power in the data centre
 * @param staff operations staff
 * @param support support and maintenance contracts
 * @param software software licences
 */
public record SelfHostedMonthlyCost(Currency currency, double depreciation, double costOfCapital, double power,
		double colocation, double staff, double support, double software) {

	/**
	 * @return depreciation + cost of capital: the monthly capital recovery payment
	 */
	public double capital() {
		return this.depreciation + this.costOfCapital;
	}

	/**
	 * @return power + colocation + staff + support + software: the cash spent each month
	 */
	public double opex() {
		return this.power + this.colocation + this.staff + this.support + this.software;
	}

	/**
	 * @return capital + opex
	 */
	public double total() {
		return capital() + opex();
	}

}
