package com.breakeven.simulator.guardrails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What drove a day away from what was expected, member by member of a breakdown: the
 * members whose change goes the way of the day's, largest first. A spike is explained by
 * what rose, a drop by what fell; a member that moved against the day is not its driver.
 */
public final class SpendDrivers {

	private SpendDrivers() {
	}

	/**
	 * @param dimension what the breakdown is by
	 * @param expected each member's expected amount (a member missing counts 0)
	 * @param actual each member's actual amount (a member missing counts 0)
	 * @param spike whether the day rose (true) or fell
	 * @return the members that moved with the day, the largest change first (ties by
	 * name)
	 */
	public static List<DriverChange> rank(String dimension, Map<String, Double> expected, Map<String, Double> actual,
			boolean spike) {
		TreeSet<String> members = new TreeSet<>(expected.keySet());
		members.addAll(actual.keySet());
		List<DriverChange> drivers = new ArrayList<>();
		for (String member : members) {
			DriverChange change = new DriverChange(dimension, member, expected.getOrDefault(member, 0.0),
					actual.getOrDefault(member, 0.0));
			if (spike ? change.change() > 0 : change.change() < 0) {
				drivers.add(change);
			}
		}
		drivers.sort(Comparator.comparingDouble((DriverChange change) -> -Math.abs(change.change()))
			.thenComparing(DriverChange::member));
		return drivers;
	}

}
