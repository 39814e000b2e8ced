"""The soak's lines: one per round, with the growth since the round before."""

from __future__ import annotations

from tests.soak.session import RoundResult


class RoundPrinter:
    """Prints each round as it ends; ``classes``: the widget classes that grew, too."""

    def __init__(self, classes: bool = False) -> None:
        self.classes = classes
        self._before: RoundResult | None = None

    def __call__(self, result: RoundResult) -> None:
        print(line(result, self._before), flush=True)
        self._before = result
        if result.log.missed:
            print(f"    not opened: {', '.join(result.log.missed)}", flush=True)
        if self.classes and result.grown:
            grown = ", ".join(f"{name} {count:+d}" for name, count in result.grown)
            print(f"    grown: {grown}", flush=True)


def line(result: RoundResult, before: RoundResult | None) -> str:
    counted = result.sample
    text = (
        f"round {result.number:3d}  {result.seconds:6.1f} s  {len(result.log.opened):2d} dialogs  "
        f"widgets {counted.widgets:7d}  objects {counted.objects:9d}  "
        f"RSS {counted.rss_mib:7.1f} MiB  heap {counted.heap_mib:6.1f} MiB"
    )
    if before is None:
        return text
    was = before.sample
    return text + (
        f"  | {counted.widgets - was.widgets:+6d} widgets"
        f"  {counted.objects - was.objects:+8d} objects"
        f"  {counted.rss_mib - was.rss_mib:+6.1f} MiB"
        f"  heap {counted.heap_mib - was.heap_mib:+6.2f} MiB"
    )
