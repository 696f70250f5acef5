#!/usr/bin/env python3
"""Builds sample-data/src/main/resources/sample-data/{prices.csv,usage_daily.csv}.

prices.csv   is DERIVED from the real LiteLLM price map snapshot in ../shared/data/pricing/ (USD per token, converted
             here to USD per million tokens with exact decimals).
usage_daily.csv is GENERATED: six synthetic workloads of a large enterprise (about USD 110k a month of API spend), daily grain, seeded, billed at the
             prices above. It is shaped like what provider usage APIs report (token classes kept apart: input excludes
             cached input), not real customer data.

Run from the repository root:  python3 sample-data/tools/generate_sample_data.py
The output is deterministic (fixed seed); the files are committed, so the product never runs this script.
"""
import csv
import datetime as dt
import json
import pathlib
import random
from decimal import Decimal, ROUND_HALF_UP

ROOT = pathlib.Path(__file__).resolve().parents[2]
LITELLM = ROOT.parent / "shared" / "data" / "pricing" / "litellm_model_prices_and_context_window.json"
OUT = ROOT / "sample-data" / "src" / "main" / "resources" / "sample-data"

PRICE_EFFECTIVE_FROM = dt.date(2026, 7, 1)   # the snapshot is "mid-2026"; the sample treats it as valid from July
USAGE_FROM = dt.date(2026, 7, 1)
USAGE_TO = dt.date(2026, 10, 31)             # four full months
MILLION = Decimal(1_000_000)

# LiteLLM key -> (canonical model, seller provider code)
PRICED = {
    "gpt-4o": ("openai/gpt-4o", "openai"),
    "gpt-4o-mini": ("openai/gpt-4o-mini", "openai"),
    "gpt-4.1": ("openai/gpt-4.1", "openai"),
    "gpt-4.1-mini": ("openai/gpt-4.1-mini", "openai"),
    "gpt-5": ("openai/gpt-5", "openai"),
    "gpt-5-mini": ("openai/gpt-5-mini", "openai"),
    "claude-sonnet-4-5": ("anthropic/claude-sonnet-4-5", "anthropic"),
    "claude-haiku-4-5": ("anthropic/claude-haiku-4-5", "anthropic"),
    "gemini-2.5-pro": ("google/gemini-2.5-pro", "google-vertex-ai"),
    "gemini-2.5-flash": ("google/gemini-2.5-flash", "google-vertex-ai"),
    "deepseek/deepseek-chat": ("deepseek/deepseek-chat", "deepseek"),
    "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo": ("meta-llama/llama-3.3-70b-instruct", "together-ai"),
    "groq/llama-3.3-70b-versatile": ("meta-llama/llama-3.3-70b-instruct", "groq"),
    "deepinfra/meta-llama/Llama-3.3-70B-Instruct": ("meta-llama/llama-3.3-70b-instruct", "deepinfra"),
    "together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo": ("meta-llama/llama-3.1-8b-instruct", "together-ai"),
    "together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput": ("qwen/qwen3-235b-a22b-instruct-2507", "together-ai"),
    "mistral/mistral-large-latest": ("mistral/mistral-large-latest", "mistral"),
    "mistral/mistral-small-latest": ("mistral/mistral-small-latest", "mistral"),
}

# name, team, project, application, seller, raw model as the export writes it, LiteLLM key, batch,
# input tokens/day at start, share of input served from cache, output tokens/day, input tokens per request,
# growth per month
WORKLOADS = [
    ("support-chatbot", "customer-support", "helpdesk", "support-bot", "openai", "gpt-4o-2024-08-06", "gpt-4o",
     False, 420_000_000, Decimal("0.35"), 75_000_000, 2_400, Decimal("0.04")),
    ("contract-review", "legal", "contracts", "clause-checker", "anthropic", "claude-sonnet-4-5-20250929",
     "claude-sonnet-4-5", False, 90_000_000, Decimal("0.20"), 14_000_000, 12_000, Decimal("0.02")),
    ("code-assistant", "engineering", "dev-productivity", "ide-assistant", "openai", "gpt-4.1-2025-04-14", "gpt-4.1",
     False, 300_000_000, Decimal("0.50"), 32_000_000, 6_000, Decimal("0.06")),
    ("doc-summaries", "operations", "back-office", "summariser", "google-vertex-ai", "gemini-2.5-flash",
     "gemini-2.5-flash", False, 650_000_000, Decimal("0"), 48_000_000, 8_000, Decimal("0.03")),
    ("internal-search", "platform", "knowledge-base", "rag-search", "together-ai",
     "meta-llama/Llama-3.3-70B-Instruct-Turbo", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", False,
     900_000_000, Decimal("0"), 65_000_000, 3_500, Decimal("0.05")),
    ("ticket-classification", "data", "analytics", "nightly-classifier", "openai", "gpt-4o-mini-2024-07-18",
     "gpt-4o-mini", True, 1_600_000_000, Decimal("0"), 20_000_000, 900, Decimal("0.02")),
]


def per_million(per_token):
    if per_token is None:
        return None
    return (Decimal(repr(per_token)) * MILLION).normalize()


def fmt(value):
    return "" if value is None else format(value, "f")


def write_prices(feed):
    rows = []
    for key, (model, seller) in PRICED.items():
        entry = feed[key]
        rows.append({
            "model": model, "provider": seller, "region": "global", "currency": "USD",
            "input_per_mtok": fmt(per_million(entry.get("input_cost_per_token"))),
            "cached_input_per_mtok": fmt(per_million(entry.get("cache_read_input_token_cost"))),
            "cache_write_per_mtok": fmt(per_million(entry.get("cache_creation_input_token_cost"))),
            "output_per_mtok": fmt(per_million(entry.get("output_cost_per_token"))),
            "batch_input_per_mtok": fmt(per_million(entry.get("input_cost_per_token_batches"))),
            "batch_output_per_mtok": fmt(per_million(entry.get("output_cost_per_token_batches"))),
            "effective_from": PRICE_EFFECTIVE_FROM.isoformat(), "source": "litellm",
            "source_ref": "litellm_model_prices_and_context_window.json#" + key,
        })
    with open(OUT / "prices.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def write_usage(feed):
    rng = random.Random(20261123)
    rows = []
    day = USAGE_FROM
    while day <= USAGE_TO:
        months = Decimal((day - USAGE_FROM).days) / Decimal("30.4375")
        weekday = Decimal("1") if day.weekday() < 5 else Decimal("0.4")
        for (name, team, project, app, seller, raw_model, key, batch, daily_in, cached_share, daily_out,
             per_request, growth) in WORKLOADS:
            entry = feed[key]
            level = (1 + growth) ** int(months) * (1 + growth * (months % 1)) * weekday
            noise = Decimal(str(round(rng.uniform(0.9, 1.1), 4)))
            all_input = int(Decimal(daily_in) * level * noise)
            cached = int(all_input * cached_share)
            uncached = all_input - cached
            output = int(Decimal(daily_out) * level * noise)
            requests = max(1, all_input // per_request)
            if batch:
                in_price = per_million(entry["input_cost_per_token_batches"])
                out_price = per_million(entry["output_cost_per_token_batches"])
            else:
                in_price = per_million(entry["input_cost_per_token"])
                out_price = per_million(entry["output_cost_per_token"])
            cached_price = per_million(entry.get("cache_read_input_token_cost")) or Decimal(0)
            cost = (uncached * in_price + cached * cached_price + output * out_price) / MILLION
            rows.append({
                "usage_date": day.isoformat(), "provider": seller, "raw_model": raw_model,
                "account": "acme-" + seller, "project": project, "team": team, "application": app,
                "input_tokens": uncached, "cached_input_tokens": cached, "output_tokens": output,
                "requests": requests, "batch": str(batch).lower(),
                "billed_cost": fmt(cost.quantize(Decimal("0.000001"), ROUND_HALF_UP)), "currency": "USD",
                "source_key": "sample:" + seller, "row_key": "|".join([project, team, app, raw_model, str(batch).lower()]),
            })
        day += dt.timedelta(days=1)
    with open(OUT / "usage_daily.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


if __name__ == "__main__":
    feed = json.loads(LITELLM.read_text())
    prices = write_prices(feed)
    usage = write_usage(feed)
    total = sum(Decimal(r["billed_cost"]) for r in usage)
    print(f"{len(prices)} prices, {len(usage)} usage rows, USD {total:.2f} billed")
