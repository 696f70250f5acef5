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
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

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
// examples: the sample Northern Virginia colocation (sample-data/hosting_profiles.csv)
// entered again under a new code, as a second offer would be
@Schema(description = "Where nodes run: energy, facility, people and software costs.")
public record HostingProfileForm(
		@Schema(description = "Unique lower-case code; fixed once created, since scenarios name it.",
				example = EXAMPLE_CODE) @NotBlank @Size(max = 80) @Pattern(regexp = CatalogueEdits.CODE,
						message = CatalogueEdits.CODE_RULE) String code,
		@Schema(description = ApiDocs.DISPLAY_NAME,
				example = "Colocation, Northern Virginia (second offer)") @NotBlank @Size(max = 200) String displayName,
		@Schema(description = ApiDocs.CURRENCY, example = "USD") @NotBlank @Pattern(regexp = CatalogueEdits.CURRENCY,
				message = CatalogueEdits.CURRENCY_RULE) String currency,
		@Schema(description = "Electricity, in currency per kWh.",
				example = "0.0895") @NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 6, fraction = 6,
						message = "must have at most 6 decimals") BigDecimal energyPricePerKwh,
		@Schema(description = "Power usage effectiveness: facility power ÷ IT power, 1 to 5.",
				example = "1.58") @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 2, fraction = 3,
						message = "must have at most 3 decimals") BigDecimal pue,
		@Schema(description = "What colocationPrice is per: PER_KW_MONTH or PER_RACK_MONTH.",
				example = "PER_KW_MONTH") @NotNull ColocationBasis colocationBasis,
		@Schema(description = "Colocation, in currency per kW-month or per rack-month (colocationBasis).",
				example = "184.06") @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12,
						fraction = 2, message = "must have at most 2 decimals") BigDecimal colocationPrice,
		@Schema(description = "Power budget of one rack, kW; required when colocation is per rack, absent (null) otherwise.",
				example = "null") @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 6,
						fraction = 2, message = "must have at most 2 decimals") BigDecimal rackPowerKw,
		@Schema(description = "Full-time staff per node, FTE.",
				example = "0.1") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 4, fraction = 4,
						message = "must have at most 4 decimals") BigDecimal staffFtePerNode,
		@Schema(description = "Fully loaded cost of one full-time person, in currency per year.",
				example = "200000") @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12,
						fraction = 2, message = "must have at most 2 decimals") BigDecimal staffLoadedCostPerYear,
		@Schema(description = "Support a year as a fraction of capex (0.08 = 8 %), below 1.",
				example = "0.08") @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false,
						message = "is a fraction (0.08 = 8 %) and must be less than 1") @Digits(integer = 1,
								fraction = 6,
								message = "must have at most 6 decimals") BigDecimal supportFractionOfCapexPerYear,
		@Schema(description = "Licences, in currency per node per year.",
				example = "0") @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 12, fraction = 2,
						message = "must have at most 2 decimals") BigDecimal softwarePerNodePerYear,
		@Schema(description = ApiDocs.SOURCE,
				example = "energy EIA 2023 Virginia commercial; PUE Uptime Institute 2023; colocation CBRE H2 2024") @Size(
						max = 2000) String source) {

	/** The code the examples create, replace and delete. */
	static final String EXAMPLE_CODE = "colo-virginia-quote";

	static HostingProfileForm of(HostingProfile p) {
		return new HostingProfileForm(p.code(), p.displayName(), p.currency().getCurrencyCode(), p.energyPricePerKwh(),
				p.pue(), p.colocationBasis(), p.colocationPrice(), p.rackPowerKw(), p.staffFtePerNode(),
				p.staffLoadedCostPerYear(), p.supportFractionOfCapexPerYear(), p.softwarePerNodePerYear(), p.source());
	}

	/**
	 * The form as the page shows it: support in percent of capex a year (8), as every
	 * rate on the pages; the catalogue and the API keep the fraction (0.08).
	 */
	HostingProfileForm supportInPercent() {
		return withSupport(this.supportFractionOfCapexPerYear, 2);
	}

	/** The form as the page sent it (support in percent), support back to a fraction. */
	HostingProfileForm supportAsFraction() {
		return withSupport(this.supportFractionOfCapexPerYear, -2);
	}

	private HostingProfileForm withSupport(BigDecimal support, int shift) {
		return new HostingProfileForm(this.code, this.displayName, this.currency, this.energyPricePerKwh, this.pue,
				this.colocationBasis, this.colocationPrice, this.rackPowerKw, this.staffFtePerNode,
				this.staffLoadedCostPerYear, (support != null) ? support.movePointRight(shift) : null,
				this.softwarePerNodePerYear, this.source);
	}

	HostingProfileForm withCode(String newCode) {
		return new HostingProfileForm(newCode, this.displayName, this.currency, this.energyPricePerKwh, this.pue,
				this.colocationBasis, this.colocationPrice, this.rackPowerKw, this.staffFtePerNode,
				this.staffLoadedCostPerYear, this.supportFractionOfCapexPerYear, this.softwarePerNodePerYear,
				this.source);
	}

}
