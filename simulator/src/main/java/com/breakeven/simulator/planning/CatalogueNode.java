package com.breakeven.simulator.planning;

import java.util.Currency;

import com.breakeven.tco.Node;

/**
 * A catalogued node (hardware profile) as the engine prices it.
 *
 * @param code the profile's code ("hgx-h100-8x")
 * @param displayName what people call it
 * @param source where its figures come from, in words
 * @param currency currency of the node's money
 * @param node the node, its money in {@code currency}
 */
public record CatalogueNode(String code, String displayName, String source, Currency currency, Node node) {

	public CatalogueNode {
		if (code == null || currency == null || node == null) {
			throw new IllegalArgumentException("a catalogued node needs its code, currency and node");
		}
	}

	/** The same node, its money converted at {@code rate} (from {@link #currency()}). */
	public CatalogueNode in(FxRate rate) {
		if (!rate.from().equals(this.currency)) {
			throw new IllegalArgumentException(
					"rate from " + rate.from() + " cannot convert a node priced in " + this.currency);
		}
		if (!rate.converts()) {
			return this;
		}
		double r = rate.rate().doubleValue();
		Node n = this.node;
		return new CatalogueNode(this.code, this.displayName, this.source, rate.to(),
				new Node(n.gpu().withUnitPrice(n.gpu().unitPrice() * r), n.gpusPerNode(), n.chassisCapex() * r,
						n.networkingCapex() * r, n.installationCapex() * r, n.overheadWatts()));
	}

}
