"""One figure of the benchmark and the table they are printed in."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    value: float | None  # None: not measured (see ``missing``)
    unit: str = "s"
    reference: float | None = None
    reference_name: str = ""
    max_ratio: float | None = None  # budget: value / reference at most this
    limit: float | None = None  # budget: value at most this (in ``unit``)
    missing: str = ""  # why there is no value, e.g. "not installed" or "> 120 s"
    failed: bool = False  # no value because it took far too long: the budget is missed

    @staticmethod
    def median(values: Sequence[float]) -> float:
        return statistics.median(values)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.reference:
            return None
        return self.value / self.reference

    @property
    def ok(self) -> bool | None:
        if self.value is None:
            return False if self.failed else None
        if self.max_ratio is not None:
            ratio = self.ratio
            return None if ratio is None else ratio <= self.max_ratio
        if self.limit is not None:
            return self.value <= self.limit
        return None

    def budget(self) -> str:
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g}×"
        if self.limit is not None:
            return f"≤ {show(self.limit, self.unit)}"
        return ""


def show(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.0f} µs"
        if value < 1:
            return f"{value * 1000:.1f} ms"
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def print_table(figures: Sequence[Figure]) -> None:
    header = ("Figure", "Median", "Reference", "Ratio", "Budget", "OK?")
    rows = []
    for f in figures:
        if f.reference is None:
            reference = f.reference_name  # e.g. "LibreOffice: not installed"
        else:
            reference = show(f.reference, f.unit)
            reference += f" ({f.reference_name})" if f.reference_name else ""
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        ok = {True: "ok", False: "MISSED", None: ""}[f.ok]
        value = f.missing if f.value is None else show(f.value, f.unit)
        rows.append((f.name, value, reference, ratio, f.budget(), ok))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "| " + " | ".join(f"{{:<{w}}}" for w in widths) + " |"
    print(line.format(*header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line.format(*row))
