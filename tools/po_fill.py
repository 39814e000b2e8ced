"""Fill a .po file's empty translations from a Python dict file: python fill.py PO DICT.py"""
import sys, ast
from babel.messages.pofile import read_po, write_po
po, dct = sys.argv[1], sys.argv[2]
tr = ast.literal_eval(open(dct, encoding="utf-8").read())
with open(po, "rb") as f: cat = read_po(f, locale="sv")
missing = []
for m in cat:
    if not m.id: continue
    key = m.id[0] if isinstance(m.id, tuple) else m.id
    if key in tr:
        m.string = tr[key]
    elif not (all(m.string) if isinstance(m.string, tuple) else m.string):
        missing.append(key)
with open(po, "wb") as f: write_po(f, cat, width=100, omit_header=True, no_location=True)
print("still missing:", missing)
