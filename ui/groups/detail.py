"""The selected group beside the list: what it is for, who runs it, when it meets, its members."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.formatting import clock_held, date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence import describe, join_words
from samverkan_desktop.services.group_rows import GroupDetail, MemberRow
from samverkan_desktop.services.group_standing import Standing, term_text
from samverkan_desktop.services.meeting_rules import RuleDetail
from ui import key_guide
from ui.groups.models import member_columns
from ui.widgets.detail import DETAIL_STYLE, DetailPane
from ui.widgets.empty_text import button_named
from ui.widgets.list_key import own_key
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list


def follow_up_text(group: GroupDetail) -> str:
    periods = [
        label
        for on, label in (
            (group.follow_up_t1, "T1"),
            (group.follow_up_t2, "T2"),
            (group.follow_up_vb, _("VB")),
        )
        if on
    ]
    return ", ".join(periods) if periods else _("none")


def rule_paragraph(rule: RuleDetail, place_said: str | None = None) -> str:
    """The rule, its holidays and the groups meeting before it as one paragraph: its sentences
    on lines of their own left the lines' ends empty and put "Nästa möten" out of sight at
    1280x800. The rule's text ends with its place, without a full stop; ``place_said``, the
    place its next meetings share, stated under them, is not said again."""
    description = rule.description
    if rule.rule.place and rule.rule.place == place_said:
        description = describe(rule.rule.with_changes(place=None))
    sentences = [clock_held(description), rule.holiday_text]
    if rule.followed_by:  # moving these meetings moves theirs
        sentences.append(
            _("{groups} meet before these meetings.").format(
                groups=join_words(list(rule.followed_by))
            )
        )
    return " ".join(
        text if text.endswith((".", "!", "?")) else f"{text}." for text in sentences if text
    )


# Under their labels, across the pane: the rule's four sentences took eight lines beside its
# label in a third of 1280 px. (Not the form's WrapLongRows: it measured the organisations
# under their label but laid them out beside it, their last lines cut, on another group.)
UNDER = ("agreement", "organisations", "rule")


class GroupDetailPane(DetailPane):
    add_member_requested = Signal()
    change_role_requested = Signal(object)  # MemberRow
    remove_member_requested = Signal(object)  # MemberRow
    agreement_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Select a group in the list to see its details and members."), parent)
        self.group: GroupDetail | None = None
        self.add_text("purpose", _("Purpose"))
        self._goal = self.add_text("goal", _("Goal"))
        self.facts = self.add_facts(_("Facts"))
        for key, label in (
            ("priority_areas", _("Priority areas")),
            ("agreement", _("Agreement")),
            ("convener", _("Convener")),
            ("district_contact", _("District contact")),
            ("police_contact", _("Police contact")),
            ("organisations", _("Participating organisations")),
            # The short dates before the meetings: the rule's text (eight lines in a third of
            # 1280 px) put Löptid and Uppföljning below the pane's foot at 1280x800. The
            # meetings' facts end the list (the next meetings stand above the facts).
            ("starts_on", _("Starts on")),
            ("term", _("Term")),
            ("ended_on", _("Ended on")),
            ("follow_up", _("Follow-up")),
            ("meets", _("Meets")),
            ("rule", _("Meeting rule")),
        ):
            fact = self.facts.add_fact(key, label, under=key in UNDER)
            if key == "agreement":  # the agreement itself opens from its name
                fact.linkActivated.connect(lambda _link: self.agreement_requested.emit())
                fact.setToolTip(_("Open the agreement with the police"))
        self.add_text("notes", _("Notes"))
        # The members in a tab of their own beside these details (the area's): sharing the
        # pane, they took half its height and the facts scrolled at 1280x800 ("Möts" cut,
        # Startar, Löptid and Uppföljning out of sight).
        self.members_page = self._members_section()

    def _members_section(self) -> QWidget:
        section = QWidget()
        section.setObjectName("detailPane")
        section.setStyleSheet(DETAIL_STYLE)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(8, 8, 8, 8)
        # The buttons on their own line keep the pane narrow enough for the list beside it.
        header = QHBoxLayout()
        self.add_member_button = QPushButton(_("Add member…"), section)
        self.add_member_button.setToolTip(
            key_guide.with_keys(_("Add member"), key_guide.GROUP_MEMBER_ADD)
        )
        # An action, not the button's own shortcut (that one clicks only after an animation);
        # the area listens for it on either tab, while a group is shown.
        self.add_member_action = key_guide.GROUP_MEMBER_ADD.apply(QAction(section))
        self.add_member_action.triggered.connect(self.add_member_requested)
        self.add_member_action.setEnabled(False)
        self.role_button = QPushButton(_("Change role…"), section)
        self.remove_button = QPushButton(_("Remove…"), section)
        for button in (self.add_member_button, self.role_button, self.remove_button):
            header.addWidget(button)
        header.addStretch(1)
        layout.addLayout(header)
        # Who sat in the group before, greyed with their last day: off by default, the list
        # is who to call now (the printouts of an earlier period tell those of that period).
        self.former_check = QCheckBox(_("Show former members"), section)
        self.former_check.setToolTip(
            _("Also list those who have left the group, greyed, with their last day.")
        )
        self.former_check.toggled.connect(lambda _on: self._show_members())
        layout.addWidget(self.former_check)
        self.members: RecordTable[MemberRow] = RecordTable(
            member_columns(), section, aside_cramped=True
        )
        # Naming the button above it: a newcomer looked for how to add the first one.
        self.members.set_empty_text(
            _("No members yet. {button} above the list adds the first one.").format(
                button=button_named(
                    self.add_member_button.text(), key_guide.GROUP_MEMBER_ADD.label()
                )
            )
        )
        # Conveners first: by the role, the last column.
        self.members.sortByColumn(len(member_columns()) - 1, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.members, 1)

        self.add_member_button.clicked.connect(self.add_member_requested)
        self.role_button.clicked.connect(self._request_role)
        self.remove_button.clicked.connect(self._request_remove)
        back_to_list(self.remove_button, self.members, self.add_member_button)
        self.members.activated.connect(self._request_role_of)
        # Delete in the members removes the member: it reached the page's "Delete…" of the
        # whole group (asking to delete or end it). With no member chosen it does nothing, as
        # in a session's attendees: not the group's question from a list of its members.
        own_key(self.members, key_guide.GROUP_MEMBER_REMOVE, self._request_remove)
        self.remove_button.setToolTip(
            key_guide.with_keys(
                _("Remove the member from the group"), key_guide.GROUP_MEMBER_REMOVE
            )
        )
        self.members.current_changed.connect(self._update_buttons)
        self._update_buttons(None)
        return section

    def _current_member(self) -> MemberRow | None:
        """The selected member, if still one: a former member's row is history, not changed."""
        member = self.members.current_row()
        return member if member is not None and member.left_on is None else None

    def _request_role_of(self, member: MemberRow) -> None:
        if member.left_on is None:
            self.change_role_requested.emit(member)

    def _request_role(self) -> None:
        member = self._current_member()
        if member is not None:
            self.change_role_requested.emit(member)

    def _request_remove(self) -> None:
        member = self._current_member()
        if member is not None:
            self.remove_member_requested.emit(member)

    def _update_buttons(self, member: MemberRow | None) -> None:
        current = member is not None and member.left_on is None
        self.role_button.setEnabled(current)
        self.remove_button.setEnabled(current)

    def _show_members(self) -> None:
        group = self.group
        if group is None:
            return
        former = group.former_members if self.former_check.isChecked() else ()
        self.members.set_rows([*group.members, *former])
        self._update_buttons(self.members.current_row())

    def show_group(self, group: GroupDetail | None) -> None:
        self.group = group
        self.add_member_action.setEnabled(group is not None)
        self.former_check.setEnabled(bool(group and group.former_members))
        self.former_check.setText(
            _("Show former members ({count})").format(count=len(group.former_members))
            if group and group.former_members
            else _("Show former members")
        )
        if group is None:
            self.members.set_rows([])
            self.show_placeholder()
            return
        # The standing, as the list's Status column reads it ("Löptiden slutade 2026-11-13");
        # a planned group's start only in Startar below ("Planerad, startar …" said it twice),
        # an ended group's end only in Avslutad ("Avslutad 2026-12-06" over "Avslutad
        # 2026-12-06 (v. 49)").
        now = group.standing(clock.today())
        dated_below = now.standing in (Standing.PLANNED, Standing.ENDED)
        standing = _(now.standing.label) if dated_below else now.label()
        self.show_record(group.name, f"{_(group.type.label)} · {standing}", record=group.id)
        self.set_text("purpose", group.purpose)
        self.set_text("goal", group.goal)
        self.set_text("notes", group.notes)
        facts = self.facts
        facts.set_fact("priority_areas", "\n".join(group.priority_areas))
        facts.set_link("agreement", group.agreement)
        facts.set_fact("convener", group.convener)
        facts.set_fact("district_contact", group.district_contact)
        facts.set_fact("police_contact", group.police_contact)
        # The members' organisations and those taking part without a named person, each once.
        # In a row (one a line, a long name was cut at the right of a 1100 px window, not
        # wrapped under the label).
        facts.set_fact("organisations", ", ".join(group.participating_organisations()))
        # The label in the tense of its day: "Startar 2020-02-29" read as a start to come.
        started = group.starts_on is not None and group.starts_on < clock.today()
        facts.label_of("starts_on").setText(_("Started on") if started else _("Starts on"))
        facts.set_fact("starts_on", date_with_week(group.starts_on))
        # Ended: the end date says it all ("Tills vidare" beside "Avslutad" contradicted it).
        facts.set_fact("term", None if group.ended_on else term_text(group.term_until, None))
        # "Slutar" for an end to come: the status beside it reads active until that day.
        ended = group.standing(clock.today()).standing is Standing.ENDED
        facts.label_of("ended_on").setText(_("Ended on") if ended else _("Ends on"))
        facts.set_fact("ended_on", date_with_week(group.ended_on))
        facts.set_fact("follow_up", follow_up_text(group))
        self._show_members()

    def show_rule(self, rule: RuleDetail | None, place_said: str | None = None) -> None:
        """The group's meeting rule in full (``place_said``: rule_paragraph); "Meets" only for
        a group without one: beside the rule it repeated the list's Möts column, which the rule
        says in full ("1 gång/månad (ej juli)" over "Första tisdagen varje månad kl.
        09.00–10.30, utom juli")."""
        # As the list shows it ("1 gång/månad, ej juli" typed: "1 gång/månad (ej juli)"); read
        # here, not at start: the phrase reader's patterns are not on the window's start path.
        from samverkan_desktop.recurrence.phrase_form import meets_shown

        meets = self.group.meeting_frequency if self.group is not None and rule is None else None
        self.facts.set_fact("meets", clock_held(meets_shown(meets) or ""))
        self.facts.set_fact("rule", rule_paragraph(rule, place_said) if rule else None)

    def add_next_meetings(self, meetings: QWidget) -> None:
        """The group's next meetings under its purpose and goal, above the facts: at 1024x768
        they came after a dozen facts, below the pane's foot for most demo groups."""
        self.sections.insertWidget(self.sections.indexOf(self._goal) + 1, meetings)

    def members_title(self) -> str:
        """The members' tab: "Medlemmar (7)"."""
        count = len(self.group.members) if self.group is not None else 0
        return _("Members ({count})").format(count=count) if self.group else _("Members")
