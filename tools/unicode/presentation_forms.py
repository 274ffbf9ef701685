"""Prints NameFolding.PresentationFormsB: for each character of Arabic Presentation Forms-B (U+FE70 to U+FEFC), its
compatibility decomposition (NFKD) without combining marks and spaces, two characters each, '\\0' where fewer.

Run with any Python 3 and paste the output over the table's lines in Parsing/Text/NameFolding.cs."""
import unicodedata

entries = []
for code in range(0xFE70, 0xFEFD):
    ch = chr(code)
    letters = ""
    if unicodedata.name(ch, None):
        decomposed = unicodedata.normalize("NFKD", ch)
        letters = unicodedata.normalize("NFC", "".join(
            c for c in decomposed if not unicodedata.category(c).startswith("M") and c != " "))
    assert len(letters) <= 2, (hex(code), letters)
    entries.append("".join("\\u%04X" % ord(c) for c in letters) + "\\0" * (2 - len(letters)))
for i in range(0, len(entries), 8):
    print('        + "' + "".join(entries[i:i + 8]) + '"')
