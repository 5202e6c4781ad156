#!/usr/bin/env python3
"""Writes a national-scale veedor model: every regional and local government of Peru (25 regional
governments, 196 provincial and 1,694 district municipalities, by count), 10 years of allocated and
executed amounts each, deterministic (random.Random(seed)). For benchmarks of loading and comparing.

    python3 bench/gen_national_model.py --out /tmp/national.yaml [--years 10] [--seed 1]
"""
import argparse
import random

p = argparse.ArgumentParser()
p.add_argument("--out", required=True)
p.add_argument("--years", type=int, default=10)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
r = random.Random(a.seed)
years = list(range(2016 - a.years + 1, 2017))
out = [
    "format: veedor-model/1",
    'title: "National-scale benchmark model: every regional and local government"',
    "currency: PEN",
    "headline: all",
    "years:",
]
for y in years:
    out.append(f"  - {{year: {y}, general-budget: {r.randint(100, 150) * 10**9}.00, population: {30000000 + (y - 2007) * 300000}}}")
out += ["groups:", '  - {id: all, name: "All regional and local governments"}', "entities:"]
entities = [("GR", "regional-government", "regional", 25), ("MP", "provincial-municipality", "local", 196),
            ("MD", "district-municipality", "local", 1694)]
for prefix, kind, level, count in entities:
    for i in range(1, count + 1):
        out.append(f"  - id: {prefix}-{i:04d}")
        out.append(f'    name: "{kind.replace("-", " ").title()} {i}"')
        out.append(f"    level: {level}")
        out.append(f"    kind: {kind}")
        out.append(f'    region: "Region {1 + i % 25}"')
        out.append("    groups: [all]")
        out.append("    figures:")
        for y in years:
            alloc = r.randint(0, 50_000_000)
            kind_of = r.random()
            if kind_of < 0.05:
                out.append(f"      - {{year: {y}, allocated: unknown, executed: not-reported}}")
            else:
                ex = r.randint(0, alloc)
                out.append(f"      - {{year: {y}, allocated: {alloc // 100}.{alloc % 100:02d}, executed: {ex // 100}.{ex % 100:02d}}}")
with open(a.out, "w") as f:
    f.write("\n".join(out) + "\n")
