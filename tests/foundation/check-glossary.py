#!/usr/bin/env python3
"""Check a translation against its glossary (issue 14, item 10: the interface in Dutch).

    check-glossary.py GLOSSARY.md LANG.po      fail (exit 1) on every msgstr that breaks a rule
    check-glossary.py --self-test GLOSSARY.md BAD.po
                                               every entry of BAD.po with a "# expect: TEXT"
                                               comment must fail with a message containing TEXT,
                                               and every "# expect: ok" entry must pass

A msgstr fails when it
  - uses a forbidden word of the glossary's Terms table (whole words, case-insensitive, `*` for
    more letters, so compounds are caught; mnemonic underscores are taken out first),
  - quotes otherwise than with „…” (see GLOSSARY.md: straight quotes, “…”, ‘…’, a lone ’ or „),
  - has other placeholders, more or fewer mnemonics, other markup tags or other key names than
    its msgid (msgid_plural for msgstr[1] and up).

Standard library only; the .po parser understands msgctxt, msgid, msgid_plural, msgstr,
msgstr[n], continuation lines and comments, and skips obsolete (#~) entries and the header.
"""
import re
import sys

# --- reading the .po file -------------------------------------------------------------------

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a", "b": "\b",
           "f": "\f", "v": "\v"}


def unquote(text, where):
    """The value of a C string literal as the .po file writes it ("…")."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string, got {text!r}")
    out = []
    body = text[1:-1]
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(ESCAPES.get(body[i + 1], "\\" + body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Entry:
    def __init__(self, line):
        self.line = line            # line of its first msgid/msgctxt
        self.comments = []          # "#" comment lines, without the "#"
        self.flags = set()
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}            # index -> text; a singular msgstr is index 0

    def label(self):
        ctx = f"[{self.msgctxt}] " if self.msgctxt is not None else ""
        return f"{ctx}{self.msgid!r}"


def parse_po(path):
    entries = []
    cur = None
    field = None                    # ("msgid",) / ("msgstr", n) … the field continuation lines add to
    pending_comments = []
    pending_flags = set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        where = f"{path}:{number}"
        if line.startswith("#~"):
            field = None
            continue
        if line.startswith("#"):
            if cur is not None and cur.msgstr:
                entries.append(cur)
                cur = None
            field = None
            if line.startswith("#,"):
                pending_flags |= {f.strip() for f in line[2:].split(",")}
            else:
                pending_comments.append(line[1:].strip())
            continue
        if not line:
            field = None
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if m:
            keyword, index, value = m.group(1), m.group(2), unquote(m.group(3), where)
            if keyword in ("msgctxt", "msgid") and (cur is None or cur.msgstr):
                if cur is not None:
                    entries.append(cur)
                cur = Entry(number)
                cur.comments, cur.flags = pending_comments, pending_flags
                pending_comments, pending_flags = [], set()
            if cur is None:
                raise ValueError(f"{where}: {keyword} before any msgid")
            if keyword == "msgctxt":
                cur.msgctxt, field = value, ("msgctxt",)
            elif keyword == "msgid":
                cur.msgid, field = value, ("msgid",)
            elif keyword == "msgid_plural":
                cur.msgid_plural, field = value, ("msgid_plural",)
            else:
                n = int(index) if index is not None else 0
                cur.msgstr[n], field = value, ("msgstr", n)
            continue
        if line.startswith('"'):
            if field is None or cur is None:
                raise ValueError(f"{where}: a continuation line outside an entry")
            value = unquote(line, where)
            if field[0] == "msgstr":
                cur.msgstr[field[1]] += value
            else:
                setattr(cur, field[0], getattr(cur, field[0]) + value)
            continue
        raise ValueError(f"{where}: cannot read {raw!r}")
    if cur is not None:
        entries.append(cur)
    return entries


# --- reading the glossary -------------------------------------------------------------------

class Term:
    def __init__(self, english, dutch, pattern):
        self.english, self.dutch, self.pattern = english, dutch, pattern
        self.regex = compile_pattern(pattern)


def compile_pattern(pattern):
    """`*stapel*` → letters may come before and after; `een dobbelsteen gooit` → that phrase."""
    p = pattern.strip()
    lead = p.startswith("*")
    trail = p.endswith("*")
    core = p.strip("*")
    if not core:
        raise ValueError(f"empty pattern {pattern!r}")
    words = [re.escape(w) for w in core.split()]
    body = r"\s+".join(words)
    letters = r"[^\W\d_]*"
    return re.compile((letters if lead else "") + body + (letters if trail else ""),
                      re.IGNORECASE)


def find_word(regex, text):
    """Matches of regex in text that begin and end on a word boundary."""
    hits = []
    for m in regex.finditer(text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before.isalpha()) or (after and after.isalpha()):
            continue
        hits.append(m.group(0))
    return hits


def parse_glossary(path):
    terms = []
    in_terms = False
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if line.startswith("#"):
                in_terms = line.lstrip("#").strip().lower() == "terms"
                header_seen = False
                continue
            if not in_terms or not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not header_seen:
                if [c.lower() for c in cells[:3]] != ["english", "dutch", "forbidden"]:
                    raise ValueError(f"{path}:{number}: the Terms table must start with "
                                     "| English | Dutch | Forbidden | Note |")
                header_seen = True
                continue
            if set("".join(cells)) <= set("-: "):
                continue                                   # the |---|---| line
            if len(cells) < 3:
                raise ValueError(f"{path}:{number}: a row needs English, Dutch and Forbidden")
            english, dutch, forbidden = cells[0], cells[1], cells[2]
            for pattern in re.findall(r"`([^`]+)`", forbidden):
                terms.append(Term(english, dutch, pattern))
            leftover = re.sub(r"`[^`]+`", "", forbidden).replace(",", "").strip()
            if leftover:
                raise ValueError(f"{path}:{number}: put each forbidden pattern in backticks, "
                                 f"not {leftover!r}")
    if not terms:
        raise ValueError(f"{path}: no forbidden terms found under a '## Terms' table")
    return terms


# --- the checks -----------------------------------------------------------------------------

PRINTF = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                    r"(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?([diouxXeEfFgGaAcCsSpn%])")
MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")
KEY_COMBO = re.compile(r"\b(?:Ctrl|Shift|Alt|Super)\+\S*?[A-Za-z0-9](?=[)\s,.;:]|$)|\bF\d{1,2}\b")
TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*$")


def placeholders(text):
    """The conversions in argument order: positional ones sorted by their position."""
    found = []
    for i, m in enumerate(PRINTF.finditer(text)):
        if m.group(2) == "%":
            continue
        position = int(m.group(1)) if m.group(1) else None
        # Length and flags aside, the conversion letter is what must match (%lu ≠ %s).
        spec = re.sub(r"^%(\d+\$)?", "%", m.group(0))
        found.append((position if position is not None else i + 1000, spec))
    positional = any(p < 1000 for p, _ in found)
    if positional:
        found.sort()
    return [spec for _, spec in found]


def mnemonics(text):
    return len(re.findall(r"(?<!_)_(?!_)(?=\w)", text.replace("__", "")))


def strip_mnemonics(text):
    return re.sub(r"(?<!_)_(?=\w)", "", text).replace("__", "_")


def single_letter_keys(text):
    m = TRAILING_PARENS.search(text)
    if not m:
        return []
    return sorted(t for t in re.split(r"[\s,]+", m.group(1)) if re.fullmatch(r"[A-Z0-9]", t))


def key_names(text):
    return sorted(KEY_COMBO.findall(text)) + single_letter_keys(text)


def quote_problems(text):
    problems = []
    # A character that is itself meant, quoted the Dutch way: „"” or „'”.
    plain = re.sub("„[\"']”", "„x”", text)
    if '"' in plain:
        problems.append('a straight double quote ("); quote with „…”')
    if "'" in plain:
        problems.append("a straight single quote ('); quote with „…”, write ’ as apostrophe")
    for mark, name in (("“", "“ (U+201C)"), ("‘", "‘ (U+2018)"), ("‚", "‚ (U+201A)"),
                       ("«", "«"), ("»", "»")):
        if mark in plain:
            problems.append(f"the quotation mark {name}; quote with „…”")
    for m in re.finditer("’", plain):
        before = plain[m.start() - 1] if m.start() > 0 else ""
        after = plain[m.end()] if m.end() < len(plain) else ""
        if not (before.isalnum() and after.isalpha()):
            problems.append("a ’ that is not an apostrophe between letters; quote with „…”")
            break
    depth = 0
    for c in plain:
        if c == "„":
            if depth:
                problems.append("„ opened twice without ” in between")
                break
            depth = 1
        elif c == "”":
            if not depth:
                problems.append("” without „ before it")
                break
            depth = 0
    else:
        if depth:
            problems.append("„ without its closing ”")
    return problems


def check_entry(entry, terms):
    """The problems of one entry, as strings."""
    problems = []
    if entry.msgid == "":
        return problems                                     # the header
    for n, text in sorted(entry.msgstr.items()):
        if not text:
            continue                                        # check-translations.sh reports it
        source = entry.msgid if n == 0 or entry.msgid_plural is None else entry.msgid_plural
        tag = f"msgstr[{n}]" if entry.msgid_plural is not None else "msgstr"
        readable = strip_mnemonics(text)
        for term in terms:
            for hit in find_word(term.regex, readable):
                problems.append(f"{tag} uses forbidden “{hit}” (pattern `{term.pattern}`); "
                                f"for “{term.english}” write “{term.dutch}”")
        for p in quote_problems(text):
            problems.append(f"{tag} has {p}")
        want, got = placeholders(source), placeholders(text)
        if want != got:
            problems.append(f"{tag} has placeholders {got or 'none'}, the msgid {want or 'none'}")
        if mnemonics(source) != mnemonics(text):
            problems.append(f"{tag} has {mnemonics(text)} mnemonic underscore(s), the msgid "
                            f"{mnemonics(source)}")
        if sorted(MARKUP.findall(source)) != sorted(MARKUP.findall(text)):
            problems.append(f"{tag} has markup {sorted(MARKUP.findall(text))}, the msgid "
                            f"{sorted(MARKUP.findall(source))}")
        want_keys, got_keys = key_names(source), key_names(text)
        if want_keys != got_keys:
            problems.append(f"{tag} has key names {got_keys or 'none'}, the msgid "
                            f"{want_keys or 'none'}")
    return problems


def check(glossary, po):
    terms = parse_glossary(glossary)
    entries = parse_po(po)
    failures = 0
    for entry in entries:
        if "fuzzy" in entry.flags:
            continue                                        # check-translations.sh reports it
        for problem in check_entry(entry, terms):
            failures += 1
            print(f"{po}:{entry.line}: {entry.label()}: {problem}")
    checked = sum(1 for e in entries if e.msgid)
    print(f"{checked} messages checked against {len(terms)} forbidden patterns: "
          f"{failures} problem(s)")
    return 1 if failures else 0


def self_test(glossary, po):
    terms = parse_glossary(glossary)
    failures = 0
    cases = 0
    for entry in parse_po(po):
        expects = [c[len("expect:"):].strip() for c in entry.comments if c.startswith("expect:")]
        if not expects:
            continue
        cases += 1
        problems = check_entry(entry, terms)
        for expected in expects:
            if expected == "ok":
                good = not problems
                what = "passes"
            else:
                good = any(expected.lower() in p.lower() for p in problems)
                what = f"fails with “{expected}”"
            print(f"{'ok' if good else 'not ok'} - {entry.label()} {what}")
            if not good:
                failures += 1
                for p in problems or ["(no problems)"]:
                    print(f"    {p}")
    if cases == 0:
        print(f"not ok - {po} has no entries with an '# expect:' comment")
        return 1
    return 1 if failures else 0


def main(argv):
    try:
        if len(argv) == 4 and argv[1] == "--self-test":
            return self_test(argv[2], argv[3])
        if len(argv) == 3:
            return check(argv[1], argv[2])
    except (OSError, ValueError) as e:
        print(f"check-glossary: {e}", file=sys.stderr)
        return 2
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
