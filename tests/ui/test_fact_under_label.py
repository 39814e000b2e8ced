"""A fact whose value is a paragraph under its label (a group's meeting rule): both hide when
there is nothing to say (a group without a rule showed a lone "Mötesregel"), and the lines
after it stay beside their labels, in the same column as those before."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import settle
from ui.widgets.detail import FactList


def test_a_value_under_its_label_hides_with_it(qtbot: QtBot) -> None:
    facts = FactList()
    qtbot.addWidget(facts)
    facts.add_fact("convener", "Sammankallande")
    facts.add_fact("rule", "Mötesregel", under=True)
    facts.add_fact("meets", "Möts")
    facts.resize(400, 300)
    facts.show()
    facts.set_fact("convener", "Lina Forsberg")
    facts.set_fact("rule", "Första måndagen varje månad kl. 14.00–15.30.")
    facts.set_fact("meets", "1 gång/månad")
    settle(qtbot)
    rule, over = facts.value_label("rule"), facts.label_of("rule")
    assert over.isVisible() and rule.isVisible()
    assert rule.y() >= over.y() + over.height() and rule.x() == over.x()
    assert facts.value_label("meets").x() == facts.value_label("convener").x()

    facts.set_fact("rule", None)
    settle(qtbot)
    assert not over.isVisible() and not rule.isVisible()
    assert facts.label_of("meets").isVisible() and facts.fact("meets") == "1 gång/månad"
