"""The Monte Carlo of MonteCarloBenchmark.fourStrategies, vectorised in NumPy on one thread: the reference
issue 22 measures the Java simulation against.

Same model and inputs as simulator/src/test/java/com/breakeven/simulator/bench/MonteCarloBenchmark.java
(Llama-3.3-70B-class workload on 8 x H100 nodes against GPT-4o, DeepSeek as the cheapest adequate API),
same formulas as ProjectionKernel: 10,000 trials x 36 months, four strategies (all on the current API,
cheapest adequate API, self-hosted, hybrid with 30 % in-house), four inputs drawn per trial (demand growth,
current API price decline, throughput, GPU price). Each trial yields every strategy's NPV against the current
API, payback month and total cost, as MonteCarlo.run does. NumPy draws from its own generator, so the two agree
in distribution (percentiles within sampling error), not trial by trial.

Usage: python3 montecarlo_numpy.py [runs]   prints the median and fastest of `runs` timed runs (after 3 warm-up
runs) and the percentiles of one run.
"""
import os

for _var in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(_var, '1')

import statistics
import sys
import time

import numpy as np

TRIALS = 10_000
HORIZON = 36
HOURS_PER_MONTH = 365.25 * 24 / 12
SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600
WHOLE_NODE_TOLERANCE = 1e-9
PAYBACK_TOLERANCE = 1e-9

# demand today: 20 G input, 4 G output tokens a month, peak-to-average 2
INPUT, OUTPUT, PEAK_TO_AVERAGE = 20e9, 4e9, 2.0
TOTAL = INPUT + OUTPUT
# bills for today's tokens: GPT-4o $2.50 / $10 per million, DeepSeek $0.27 / $1.10
CURRENT_BILL = INPUT * 2.5 / 1e6 + OUTPUT * 10 / 1e6
CHEAPEST_BILL = INPUT * 0.27 / 1e6 + OUTPUT * 1.1 / 1e6
CHEAPEST_DECLINE = 0.3
# node: 8 x H100 ($27,500, 700 W TDP, 70 W idle), $79,000 of chassis, network and installation, 4,600 W overhead
GPUS, GPU_PRICE, TDP, IDLE, OTHER_CAPEX, OVERHEAD_WATTS = 8, 27_500.0, 700.0, 70.0, 79_000.0, 4_600.0
PEAK_WATTS = GPUS * TDP + OVERHEAD_WATTS
# measured 4,000 output and 24,000 total tokens/s per node
OUTPUT_TPS, TOTAL_TPS = 4000.0, 24_000.0
# hosting: $0.0895 per kWh, PUE 1.58, $184.06 per kW-month, 0.1 FTE per node at $200,000, support 8 % a year
PRICE_PER_KWH, PUE, PER_KW_MONTH, FTE, STAFF_COST, SUPPORT = 0.0895, 1.58, 184.06, 0.1, 200_000.0, 0.08
TARGET, LIFE, RESIDUAL, LEAD, POWER_CHANGE = 0.8, 48, 0.1, 3, 0.03
OWN_SHARE, DISCOUNT = 0.3, 0.08


def monthly_rate(annual):
    return (1 + annual) ** (1 / 12) - 1


def compound(rate):
    """(1 + rate)^(t - 1) for t = 0 ... horizon (month 0 set to 0), one row per month: a column per trial for an
    array of rates, a single column for one rate."""
    rate = np.asarray(rate, dtype=float)
    factors = (1 + rate) ** (np.arange(HORIZON + 1) - 1.0).reshape(HORIZON + 1, 1)
    factors[0] = 0
    return factors


def nodes_required(output_tokens, total_tokens, output_tps, total_tps):
    for_output = np.ceil(output_tokens * (PEAK_TO_AVERAGE / SECONDS_PER_MONTH) / (output_tps * TARGET)
                         - WHOLE_NODE_TOLERANCE)
    for_total = np.ceil(total_tokens * (PEAK_TO_AVERAGE / SECONDS_PER_MONTH) / (total_tps * TARGET)
                        - WHOLE_NODE_TOLERANCE)
    return np.maximum(1, np.maximum(for_output, for_total))


def owned(share, demand, current_price, cheapest_price, output_tps, total_tps, capex):
    """Capital, running cost (months x trials) and book value at the end of a strategy with `share` of the demand
    on own nodes."""
    n = demand.shape[1]
    own_factor = demand * share
    required = np.zeros((HORIZON + 1, n))
    required[LEAD + 1:] = nodes_required(OUTPUT * own_factor[LEAD + 1:], TOTAL * own_factor[LEAD + 1:], output_tps,
                                         total_tps)
    api = CHEAPEST_BILL * (1 - share) * demand * cheapest_price
    api[1:LEAD + 1] += CURRENT_BILL * own_factor[1:LEAD + 1] * current_price[1:LEAD + 1]
    # the fleet: whole nodes bought when demand outgrows it (paid LEAD months early), retired after LIFE months
    bought = np.zeros((HORIZON + 1, n))
    in_service = np.zeros((HORIZON + 1, n))
    retired = np.zeros((HORIZON + 1, n))
    starting = np.zeros((HORIZON + 1, n))
    serving = np.zeros(n)
    for month in range(1, HORIZON + 1):
        if month - LIFE >= 1:
            retired[month] = starting[month - LIFE]
            serving = serving - retired[month]
        added = np.maximum(0, required[month] - serving)
        starting[month] = added
        bought[max(0, month - LEAD - 1)] += added
        serving = np.maximum(serving, required[month])
        in_service[month] = serving
    served = HORIZON - np.arange(HORIZON + 1) + 1
    remaining = np.where(np.arange(HORIZON + 1) >= max(1, HORIZON - LIFE + 1), 1 - (1 - RESIDUAL) * served / LIFE, 0)
    book = remaining @ starting
    per_token = np.maximum((OUTPUT / TOTAL) / (output_tps * SECONDS_PER_MONTH), 1 / (total_tps * SECONDS_PER_MONTH))
    nodes = in_service
    utilisation = np.minimum(1, per_token * TOTAL * own_factor / np.maximum(nodes, 1))
    watts = GPUS * (IDLE + (TDP - IDLE) * utilisation) + OVERHEAD_WATTS
    power_price = PRICE_PER_KWH * compound(monthly_rate(POWER_CHANGE))
    running = api + nodes * (watts * (PUE * HOURS_PER_MONTH / 1000) * power_price
                             + (PEAK_WATTS / 1000 * PER_KW_MONTH + FTE * STAFF_COST / 12)
                             + capex * (SUPPORT / 12))
    capital = (bought - retired * RESIDUAL) * capex
    return capital, running, book * capex


def measures(capital, running, book, baseline_total, discount):
    """NPV against the current API, payback month (0 for none) and total cost, per trial."""
    total = capital + running
    npv = discount @ (baseline_total - total) + book * discount[-1]
    saving = baseline_total - total
    cumulative = np.cumsum(saving, axis=0)
    scale = np.maximum(1, np.max(np.abs(baseline_total) + np.abs(running) + np.abs(capital), axis=0))
    tolerance = PAYBACK_TOLERANCE * scale * (HORIZON + 1)
    # payback: the first month m >= 1 from which every cumulative saving stays >= -tolerance
    covered = cumulative[1:] >= -tolerance
    stays = np.logical_and.accumulate(covered[::-1], axis=0)[::-1]
    first = np.argmax(stays, axis=0) + 1
    saves = (baseline_total - running > 0).any(axis=0)
    payback = np.where(stays.any(axis=0) & saves, first, 0)
    return npv, payback, total.sum(axis=0) - book


def run(seed):
    rng = np.random.default_rng(seed)
    growth = rng.triangular(0, 0.02, 0.06, TRIALS)
    current_decline = rng.uniform(0.1, 0.5, TRIALS)
    throughput = 1.0 * np.exp(0.2 * rng.standard_normal(TRIALS))
    gpu_price = 1 + 0.1 * rng.standard_normal(TRIALS)
    demand = compound(growth)
    current_price = compound(monthly_rate(-current_decline))
    cheapest_price = compound(monthly_rate(-CHEAPEST_DECLINE))
    capex = GPUS * GPU_PRICE * gpu_price + OTHER_CAPEX
    output_tps, total_tps = OUTPUT_TPS * throughput, TOTAL_TPS * throughput
    discount = (1 + monthly_rate(DISCOUNT)) ** -np.arange(HORIZON + 1.0)
    baseline = CURRENT_BILL * demand * current_price
    results = {'ALL_API': baseline.sum(axis=0)}
    results['CHEAPEST_API'] = measures(np.zeros_like(baseline), CHEAPEST_BILL * demand * cheapest_price,
                                       np.zeros(TRIALS), baseline, discount)
    for name, share in (('SELF_HOSTED', 1.0), ('HYBRID', OWN_SHARE)):
        capital, running, book = owned(share, demand, current_price, cheapest_price, output_tps, total_tps, capex)
        results[name] = measures(capital, running, book, baseline, discount)
    return results


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    for seed in range(3):
        run(seed)
    times = []
    for seed in range(runs):
        start = time.perf_counter()
        run(seed)
        times.append((time.perf_counter() - start) * 1000)
    print('numpy %s, one thread: median %.1f ms, fastest %.1f ms over %d runs of %d trials x %d months'
          % (np.__version__, statistics.median(times), min(times), runs, TRIALS, HORIZON))
    results = run(42)
    for name in ('CHEAPEST_API', 'SELF_HOSTED', 'HYBRID'):
        npv, payback, total = results[name]
        p10, p50, p90 = np.percentile(npv, [10, 50, 90])
        print('%-12s NPV P10 %14.2f P50 %14.2f P90 %14.2f  P(payback) %.4f  payback P50 %s'
              % (name, p10, p50, p90, np.mean(payback > 0),
                 np.percentile(np.where(payback > 0, payback, np.inf), 50)))


if __name__ == '__main__':
    main()
