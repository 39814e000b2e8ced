"""One filter, one name in every list: "not verified in 6 months" was --unverified in
"contacts list" and --stale in "crisis contacts" (a script written for one failed, exit 2, on
the other). Each list now takes both; the name it had stays."""

from __future__ import annotations

import json

import pytest

from tests.core.test_cli import run_cli


@pytest.mark.parametrize(
    ("words", "option", "alias"),
    [
        (["contacts", "list"], "--unverified", "--stale"),
        (["crisis", "contacts"], "--stale", "--unverified"),
    ],
    ids=["contacts list", "crisis contacts"],
)
def test_the_stale_filter_has_both_names(
    words: list[str], option: str, alias: str, demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = {}
    for given in ([], [option], [alias]):
        code, out, err = run_cli(capsys, "--db", demo_url, *words, *given, "--json")
        assert code == 0, err
        lists[tuple(given)] = json.loads(out)
    named, aliased = lists[(option,)], lists[(alias,)]
    assert named == aliased
    assert 0 < len(named) < len(lists[()])  # the demo has lines both verified and not
    code, out, _err = run_cli(capsys, *words, "--help")
    assert code == 0 and f"{option}, {alias}" in out  # both in the Swedish help
