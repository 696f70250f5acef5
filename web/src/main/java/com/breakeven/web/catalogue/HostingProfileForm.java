package com.breakeven.web.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.breakeven.pricing.ColocationBasis;
import com.breakeven.pricing.HostingProfile;

/**
 * Where nodes run, as an admin enters it: energy, facility, people and software costs.
 *
 * @param code unique lower-case code ({@code colo-texas}); fixed once created, since
 * scenarios name it
 * @param displayName name shown to people
 * @param currency ISO 4217 code of every amount
 * @param energyPricePerKwh electricity, per kWh
 * @param pue power usage effectiveness, facility power ÷ IT power, 1 to 5
 * @param colocationBasis what {@code colocationPrice} is per
 * @param colocationPrice per kW-month or per rack-month
 * @param rackPowerKw power budget of one rack, kW; required when colocation is per rack
 * @param staffFtePerNode full-time staff per node
 * @param staffLoadedCostPerYear fully loaded yearly cost of one full-time person
 * @param supportFractionOfCapexPerYear support a year as a fraction of capex (0.08 = 8 %)
 * @param softwarePerNodePerYear licences per node per year
 * @param source where the figures come from
 */
public record HostingProfileForm(
		@NotBlank @Size(max = 80) @Pattern(regexp = CatalogueEdits.CODE,
				message = CatalogueEdits.CODE_RULE) String code,
		@NotBlank @Size(max = 200) String displayName,
		@NotBlank @Pattern(regexp = CatalogueEdits.CURRENCY, message = CatalogueEdits.CURRENCY_RULE) String currency,
		@NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 6, fraction = 6,
				message = "must have at most 6 decimals") BigDecimal energyPricePerKwh,
		@NotNull @DecimalMin("1") @DecimalMax("5") @Digits(
				integer = 2, fraction = 3, message = "must have at most 3 decimals") BigDecimal pue,
		@NotNull ColocationBasis colocationBasis,
		@NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal colocationPrice,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 6, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal rackPowerKw,
		@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 4, fraction = 4,
				message = "must have at most 4 decimals") BigDecimal staffFtePerNode,
		@NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal staffLoadedCostPerYear,
		@NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false,
				message = "is a fraction (0.08 = 8 %) and must be less than 1") @Digits(integer = 1, fraction = 6,
						message = "must have at most 6 decimals") BigDecimal supportFractionOfCapexPerYear,
		@NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
				message = "must have at most 2 decimals") BigDecimal softwarePerNodePerYear,
		@Size(max = 2000) String source) {

	static HostingProfileForm of(HostingProfile p) {
		return new HostingProfileForm(p.code(), p.displayName(), p.currency().getCurrencyCode(), p.energyPricePerKwh(),
				p.pue(), p.colocationBasis(), p.colocationPrice(), p.rackPowerKw(), p.staffFtePerNode(),
				p.staffLoadedCostPerYear(), p.supportFractionOfCapexPerYear(), p.softwarePerNodePerYear(), p.source());
	}

	HostingProfileForm withCode(String newCode) {
		return new HostingProfileForm(newCode, this.displayName, this.currency, this.energyPricePerKwh, this.pue,
				this.colocationBasis, this.colocationPrice, this.rackPowerKw, this.staffFtePerNode,
				this.staffLoadedCostPerYear, this.supportFractionOfCapexPerYear, this.softwarePerNodePerYear,
				this.source);
	}

}
