"""The keys of the dialogs and lists, for Hjälp → Kortkommandon.

The window's menus and its areas' actions are read from the actions themselves
(``ui.shortcuts_dialog.collect``); a dialog is built only when it opens, so its keys are declared
here instead, each once, and the dialog takes them from here: it binds its shortcut with
``Keys.bind`` or ``Keys.apply`` or asks ``Keys.matches`` in its key handler. The list therefore
shows the keys the code really uses: a key changed here changes in the dialog and in the list
together. ``builtin`` keys are Qt's own (a dialog's default button, Esc, Tab): nothing binds
them. A widget's own key handler (``keyPressEvent``, an event filter) asks ``matches`` or
``which`` here too, and never reads the key itself. tests/ui/test_key_guide.py checks both
ways: every key declared here is used, and no dialog or key handler has a key that is not
declared here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import N_, _

KeyText = QKeySequence.StandardKey | str

GUIDE: list[Keys] = []  # in the order declared: where they work, in the order shown


@dataclass(frozen=True, eq=False)
class Keys:
    where: str  # msgid: "In forms", or the dialog's title
    what: str  # msgid
    sequences: tuple[KeyText, ...]
    builtin: bool = False  # Qt's own: listed, never bound

    def key_sequences(self) -> list[QKeySequence]:
        # A standard key is its platform's first binding (Ctrl+S; not also the Save key).
        found = [QKeySequence(sequence) for sequence in self.sequences]
        return [s for s in found if not s.isEmpty()]

    def text(self) -> str:
        """ "Ctrl+Return / Ctrl+Enter", as the platform writes the keys."""
        return _joined(self.key_sequences())

    def label(self) -> str:
        """The keys for a button or a help line: as ``text``, but Return and Enter both bound
        read "Enter" (Ctrl+Return and Ctrl+Enter "Ctrl+Enter"), as the key is labelled on the
        keyboard ("Return / Enter" reads as two)."""
        sequences = self.key_sequences()
        # Ctrl+Return beside Ctrl+Enter too: the key is one, "Ctrl+Enter".
        portable = {s.toString() for s in sequences}
        return _joined(
            [
                s
                for s in sequences
                if s.toString().removesuffix("Return") + "Enter" not in portable - {s.toString()}
            ]
        )

    def matches(self, event: QKeyEvent) -> bool:
        """Whether the key pressed is one of these (Enter on the number pad counts as Enter)."""
        return self.which(event) is not None

    def which(self, event: QKeyEvent) -> int | None:
        """Which of these keys was pressed (0 for the first), or None: the digit typed of
        "0" … "3". A standard key answers to all its platform's bindings."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for at, sequence in enumerate(self.sequences):
            if isinstance(sequence, QKeySequence.StandardKey):
                if event.matches(sequence):
                    return at
            elif QKeySequence(sequence).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return at
        return None

    def step(self, event: QKeyEvent) -> int:
        """-1 for the first of two keys (Up, Page Up), 1 for the second, 0 for neither."""
        at = self.which(event)
        return 0 if at is None else (-1 if at == 0 else 1)

    def bind(
        self,
        owner: QWidget,
        slot: Callable[[], object],
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QShortcut:
        """A shortcut on ``owner`` calling ``slot`` (``WidgetShortcut``: only while ``owner``
        has the focus, as Delete in a list)."""
        shortcut = QShortcut(owner)
        shortcut.setKeys(self.key_sequences())
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def apply(self, action: QAction) -> QAction:
        action.setShortcuts(self.key_sequences())
        return action


def _joined(sequences: list[QKeySequence]) -> str:
    texts: list[str] = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in texts:
            texts.append(text)
    return " / ".join(texts)


def _keys(where: str, what: str, *sequences: KeyText, builtin: bool = False) -> Keys:
    keys = Keys(where, what, sequences, builtin)
    GUIDE.append(keys)
    return keys


# --- every form --------------------------------------------------------------------------------
IN_FORMS = N_("In forms")
FORM_SAVE = _keys(
    IN_FORMS, N_("Save and close (the highlighted button)"), "Return", "Enter", builtin=True
)
FORM_CANCEL = _keys(IN_FORMS, N_("Close without saving"), "Esc", builtin=True)
TEXT_KEEPS_ESC = _keys(
    IN_FORMS,
    N_(
        "In a field with text in it (a walk's summary or checklist note, an exercise's log "
        "note, a meeting's minutes): stay in it, not back"
    ),
    "Esc",
)
FORM_RELOAD = _keys(
    IN_FORMS, N_("Load another desk's change, keeping what you typed (after a refused save)"), "F5"
)
FORM_NEXT_FIELD = _keys(
    IN_FORMS, N_("Next field, previous field"), "Tab", "Shift+Tab", builtin=True
)
TEXT_BOX_SAVE = _keys(
    IN_FORMS, N_("Save and close from a text of several lines"), "Ctrl+Return", "Ctrl+Enter"
)
PICKER_NEW = _keys(
    IN_FORMS, N_("New record for the field, when it is not in the list (beside a picker)"), "Ctrl+N"
)
PICKER_COMPLETE = _keys(
    IN_FORMS,
    N_(
        "In a name field: show the whole name that the part typed stands for (a second Enter saves)"
    ),
    "Return",
    "Enter",
)
PICKER_TAKE_BACK = _keys(
    IN_FORMS,
    N_("In a name field: bring back what was typed in place of the whole name"),
    QKeySequence.StandardKey.Undo,
    "Esc",
)
DATE_EMPTY = _keys(IN_FORMS, N_("Empty a date field (all of it selected)"), "Del", "Backspace")
DATE_TAKE_BACK = _keys(IN_FORMS, N_("Take back the last digit typed in a date"), "Backspace")
DATE_CALENDAR = _keys(
    IN_FORMS,
    N_("Open a date field's calendar"),
    "Alt+Down",
    "F4",
)
# Qt's calendar closes on these; the field keeps the day only when one of them closed it.
DATE_CALENDAR_DAY = _keys(
    IN_FORMS,
    N_("In a date field's calendar: take the day (Esc gives back what the field held)"),
    "Return",
    "Enter",
    builtin=True,
)
FORM_SELECT_ALL = _keys(
    IN_FORMS, N_("Select all of the field"), QKeySequence.StandardKey.SelectAll, builtin=True
)

# --- every list ---------------------------------------------------------------------------------
IN_LISTS = N_("In lists")
LIST_OPEN = _keys(IN_LISTS, N_("Open the selected row"), "Return", "Enter")
LIST_FROM_SEARCH = _keys(
    IN_LISTS, N_("From the search field above a list into the list, on its first row"), "Down"
)
LIST_TO_SEARCH = _keys(IN_LISTS, N_("Back to the search field (on the list's first row)"), "Up")
LIST_COPY = _keys(IN_LISTS, N_("Copy the row"), QKeySequence.StandardKey.Copy)
LIST_UNDO = _keys(
    IN_LISTS,
    N_("Undo the change just made (while the line under the list offers Undo)"),
    QKeySequence.StandardKey.Undo,
)
LIST_TICK = _keys(IN_LISTS, N_("Tick or untick (a list with boxes to tick)"), "Space")
TABLE_ADD_ROW = _keys(IN_LISTS, N_("New row (a table to type in)"), "Ins")
TABLE_REMOVE_ROW = _keys(IN_LISTS, N_("Remove the row (a table to type in)"), "Del")
LINK_OPEN = _keys(
    IN_LISTS,
    N_("Open the link in the details beside the list (a link chosen with Tab)"),
    "Return",
    "Enter",
    "Space",
)

# --- every tool bar (above a list, in the PDF preview: ui.widgets.toolbar_keys) ---------------
IN_TOOLBARS = N_("In tool bars")
TOOLBAR_REACH = _keys(
    IN_TOOLBARS,
    N_("To the tool bar (above a list: before the search and its filters) and on past it"),
    "Tab",
    "Shift+Tab",
    builtin=True,
)
TOOLBAR_STEP = _keys(IN_TOOLBARS, N_("The button before or after"), "Left", "Right")
TOOLBAR_ENDS = _keys(IN_TOOLBARS, N_("The first or the last button"), "Home", "End")
TOOLBAR_PRESS = _keys(
    IN_TOOLBARS, N_("Press the chosen button (open its menu)"), "Space", "Return", "Enter"
)

# --- dialogs with keys of their own -------------------------------------------------------------
WEEKLY = N_("Weekly summary")
BRIEF_NEW = _keys(WEEKLY, N_("New item"), "Ctrl+N")
BRIEF_SAVE = _keys(WEEKLY, N_("Save item"), QKeySequence.StandardKey.Save)
BRIEF_REMOVE = _keys(WEEKLY, N_("Remove the selected item (in the list)"), "Del")
BRIEF_HISTORY = _keys(WEEKLY, N_("History…"), "Ctrl+H")

IMPORT = N_("Import from a meeting")
IMPORT_ITEMS = _keys(IMPORT, N_("Import the ticked items (in the items)"), "Return")

MEMBER = N_("Add member")
MEMBER_NEXT = _keys(MEMBER, N_("Add and next"), "Ctrl+Return", "Ctrl+Enter")

AGREEMENTS = N_("Agreements with the police")
AGREEMENT_HISTORY = _keys(AGREEMENTS, N_("History…"), "Ctrl+H")
AGREEMENT_DELETE = _keys(AGREEMENTS, N_("Delete the selected agreement"), "Del")

RULE = N_("Meeting rule")
RULE_READ = _keys(RULE, N_("Read the phrase typed (in its field)"), "Return", "Enter")

VERIFY = N_("Verify the crisis contact list")
VERIFY_CORRECT = _keys(VERIFY, N_("Correct – verified today"), "Return", "Enter")
VERIFY_EDIT = _keys(VERIFY, N_("Change the details…"), "E")
VERIFY_SKIP = _keys(VERIFY, N_("Skip"), "S")

PREVIEW = N_("PDF preview")
PDF_PRINT = _keys(PREVIEW, N_("Print…"), QKeySequence.StandardKey.Print)
PDF_SAVE = _keys(PREVIEW, N_("Save as PDF…"), QKeySequence.StandardKey.Save)
PDF_ZOOM_IN = _keys(PREVIEW, N_("Zoom in"), QKeySequence.StandardKey.ZoomIn)
PDF_ZOOM_OUT = _keys(PREVIEW, N_("Zoom out"), QKeySequence.StandardKey.ZoomOut)

# --- keys of an area's own widgets (listed with the area's actions) -----------------------------
GROUPS = N_("Groups & meetings")
GROUP_MEMBER_REMOVE = _keys(
    GROUPS, N_("Remove the selected member (in a group's members)"), QKeySequence.StandardKey.Delete
)
GROUP_MEMBER_ADD = _keys(GROUPS, N_("Add a member to the group shown"), "Ctrl+M")
FOLLOW_UP_SAVE = _keys(GROUPS, N_("Save the follow-up (its tab)"), QKeySequence.StandardKey.Save)

CALENDAR = N_("Calendar")
MEETING_OPEN = _keys(
    CALENDAR, N_("Open the meeting (a meeting chosen with Tab)"), "Return", "Enter"
)
WEEK_IN_DAY = _keys(CALENDAR, N_("The meeting before or after on the day (week)"), "Up", "Down")
WEEK_OTHER_DAY = _keys(
    CALENDAR, N_("The nearest meeting on the day before or after (week)"), "Left", "Right"
)
CALENDAR_PRINT = _keys(
    CALENDAR, N_("Print the meeting calendar of a period…"), QKeySequence.StandardKey.Print
)
WEEK_SLOT = _keys(
    CALENDAR,
    N_("The half hour before or after (in the day chosen, week)"),
    "Up",
    "Down",
)
WEEK_SLOT_ENDS = _keys(
    CALENDAR, N_("The day's first or last half hour shown (in the day chosen, week)"), "Home", "End"
)
WEEK_NEW_HERE = _keys(
    CALENDAR, N_("New meeting at the chosen half hour (week)"), "Menu", "Shift+F10"
)
WEEK_NEW_AT_SLOT = _keys(
    CALENDAR,
    N_("New meeting at the chosen half hour at once, as a double click (week)"),
    "Return",
    "Enter",
)
MONTH_DAY = _keys(
    CALENDAR,
    N_("The day before or after (a day chosen with Tab or a click, month)"),
    "Left",
    "Right",
)
MONTH_WEEK = _keys(CALENDAR, N_("The same day a week before or after (month)"), "Up", "Down")
MONTH_ENDS = _keys(CALENDAR, N_("The month's first or last day (month)"), "Home", "End")
MONTH_NEW_ON_DAY = _keys(
    CALENDAR,
    N_("New meeting on the chosen day, as a double click (month)"),
    "Return",
    "Enter",
)

CRISIS = N_("Crisis & exercises")
CONTACTS_VERIFY = _keys(
    CRISIS, N_("Verify the entries not verified in 6 months (crisis organisation)"), "Ctrl+K"
)
LESSON_NEW = _keys(CRISIS, N_("New lesson learned (an exercise's lessons)"), "Ctrl+L")
LOG_ENTER = _keys(
    CRISIS,
    N_("Log the note typed, the time added (an exercise's log)"),
    "Return",
    "Enter",
    builtin=True,
)
CONTACTS_PRINT = _keys(
    CRISIS,
    N_("Print the crisis contact list (crisis organisation)"),
    QKeySequence.StandardKey.Print,
)

TRAINING = N_("Training")
ATTENDEE_ADD = _keys(
    TRAINING, N_("Add the attendee whose name is typed"), "Return", "Enter", builtin=True
)
ATTENDEE_REMOVE = _keys(
    TRAINING,
    N_("Remove the selected attendee (in a session's attendees)"),
    QKeySequence.StandardKey.Delete,
)

WALKS = N_("Safety walks")
WALK_RATING = _keys(
    WALKS, N_("Rate the point 0–3, then on to its note (checklist)"), "0", "1", "2", "3"
)
WALK_STOP_REMOVE = _keys(
    WALKS,
    N_("Remove the selected stop, after asking (in a walk's route)"),
    QKeySequence.StandardKey.Delete,
)
WALK_PARTICIPANT_REMOVE = _keys(
    WALKS,
    N_("Remove the selected participant, after asking (in a walk's participants)"),
    QKeySequence.StandardKey.Delete,
)

ALARMS = N_("Alarms")
ALARMS_LOG_PRINT = _keys(
    ALARMS,
    N_("Print the alarm loan log (the period on Loans offered)…"),
    QKeySequence.StandardKey.Print,
)

# --- reception mode (a window of its own) -------------------------------------------------------
RECEPTION = N_("Alarm units – reception")
RECEPTION_CONFIRM = _keys(
    RECEPTION, N_("Confirm the code or the borrower"), "Return", "Enter", builtin=True
)
RECEPTION_START_OVER = _keys(RECEPTION, N_("Start over: empty the field"), "Esc")
RECEPTION_BORROWER = _keys(RECEPTION, N_("Another borrower"), "Up", "Down")
RECEPTION_TILES = _keys(RECEPTION, N_("More units (the tiles)"), "PgUp", "PgDown")
RECEPTION_UNDO = _keys(
    RECEPTION, N_("Undo the last lending or return"), QKeySequence.StandardKey.Undo
)
RECEPTION_PRINT = _keys(RECEPTION, N_("Print today's loan log"), QKeySequence.StandardKey.Print)
RECEPTION_PRINT_OUT = _keys(RECEPTION, N_("Print the units not returned"), "Ctrl+Shift+P")
RECEPTION_INITIALS = _keys(RECEPTION, N_("Change the receptionist's initials"), "F2")
RECEPTION_CHARGE = _keys(RECEPTION, N_("Put returned units on charge, or not"), "F7")
RECEPTION_FAULT = _keys(RECEPTION, N_("Report a fault on the unit returned"), "F8")
RECEPTION_FAULT_SAVE = _keys(RECEPTION, N_("Report the fault (in its text)"), "Return", "Enter")
# {keys}: the keys themselves, as the guide writes them (see ``translated``).
RECEPTION_LEAVE = _keys(RECEPTION, N_("Leave reception mode (it asks: {keys} again leaves)"), "F11")
RECEPTION_STAY = _keys(
    RECEPTION,
    N_("Stay in reception mode (the question on leaving)"),
    "Return",
    "Enter",
    "Esc",
    builtin=True,
)


def with_keys(text: str, keys: Keys | QAction, every: bool = False) -> str:
    """A button's text and its keys as the platform writes them: "Byt (F2)"; an area's action
    (listed from itself in Hjälp → Kortkommandon) gives its first key, ``every``: all of them
    ("Ny besiktning… (Ctrl+N / Ins)")."""
    if isinstance(keys, Keys):
        shown = keys.label()
    else:
        shown = _joined(keys.shortcuts()) if every else first_key(keys)
    return _("{text} ({keys})").format(text=text, keys=shown)


def key_help(*entries: tuple[Keys, str]) -> str:
    """A line of keys and what they do, "Enter: bekräfta · Esc: börja om", the keys
    as the platform writes them: the line says what the code binds."""
    return " · ".join(
        _("{keys}: {what}").format(keys=keys.label(), what=what) for keys, what in entries
    )


def first_key(action: QAction) -> str:
    """An action's first key as the platform writes it: a tooltip naming the key an area's
    action binds (listed from the action itself in Hjälp → Kortkommandon)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def translated(keys: Keys) -> tuple[str, str]:
    """(where, what) in the user's language; a "{keys}" in what is the keys themselves."""
    return _(keys.where), _(keys.what).format(keys=keys.label())
