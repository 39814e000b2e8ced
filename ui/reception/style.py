"""How reception mode looks: large type, read at arm's length."""

STYLE = """
ReceptionWindow { background: #f4f6f9; }
QLabel#receptionTitle { font-size: 26px; font-weight: 700; color: #1c3b5a; }
QLabel#clock, QLabel#receptionist { font-size: 16px; color: #3d4a5a; }
QLabel#prompt { font-size: 21px; color: #1c2733; }
QLineEdit#codeInput { font-size: 30px; padding: 8px 14px; border: 3px solid #1c3b5a;
                      border-radius: 8px; background: white; }
QListWidget#borrowers { font-size: 19px; border: 1px solid #c7d0da; border-radius: 6px; }
QListWidget#borrowers::item { padding: 6px 8px; }
QLabel#borrowersMore { font-size: 15px; color: #5f6b7a; background: #f4f6f9;
                       border-top: 1px solid #dde3ea; padding: 3px 10px;
                       border-bottom-left-radius: 5px; border-bottom-right-radius: 5px; }
QLabel#help { font-size: 14px; color: #5f6b7a; }
QScrollArea, QWidget#tileGrid { background: transparent; }
QCheckBox { font-size: 16px; }
QPushButton#headerButton { font-size: 15px; padding: 6px 14px; }
QPushButton#printButton { font-size: 15px; padding: 2px 14px; }
"""
