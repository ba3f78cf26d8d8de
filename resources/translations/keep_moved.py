"""After lupdate: a message whose source text moved to another class (another translation
context) gets the Dutch its text already has elsewhere, and the vanished copy is dropped.
Other .ts files named as arguments (the other side of a merge) are read for translations too."""
import re
import sys
from pathlib import Path
p = Path("resources/translations/qdacoder_nl.ts"); s = p.read_text()
msg = re.compile(r"\n    <message>\n(?:(?!</message>).)*?</message>", re.S)
known = {}
for m in [*msg.finditer(s), *(m for other in sys.argv[1:] for m in msg.finditer(Path(other).read_text()))]:
    src = re.search(r"<source>(.*?)</source>", m.group(0), re.S).group(1)
    tr = re.search(r"<translation(?: type=\"(\w+)\")?>(.*?)</translation>", m.group(0), re.S)
    if tr and tr.group(1) in (None, "vanished", "obsolete") and tr.group(2):
        known.setdefault(src, tr.group(2))
fixed = []
def fill(m):
    block = m.group(0)
    src = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    tr = re.search(r"<translation type=\"unfinished\">(.*?)</translation>", block, re.S)
    if tr and src in known:
        fixed.append(src)
        return block.replace(tr.group(0), f"<translation>{known[src]}</translation>")
    return block
s = msg.sub(fill, s)
moved = set(fixed)
def drop(m):
    block = m.group(0)
    src = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    return "" if src in moved and 'type="vanished"' in block else block
s = msg.sub(drop, s)
p.write_text(s)
print(len(fixed), "filled:", [f[:40] for f in fixed])
