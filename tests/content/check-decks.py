#!/usr/bin/env python3
"""Content test for the built-in decks in cards/: format v1, both languages, unique texts,
the counts promised in issue #7, and plain language on the Kletsborden board-game deck.

    check-decks.py [CARDS_DIR]     check every CARDS_DIR/*.json except *.schema.json
    check-decks.py --self-test     check that every bad deck in tests/content/bad/ fails with
                                   the message in its .expected file (proves the checks bite)

Stricter than the format itself on purpose: a deck we ship has every text in Dutch and English,
no unknown keys and a kind and an intensity on every card. Standard library only.
"""
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from near_duplicates import check_near_duplicates  # noqa: E402

LANGUAGES = ("nl", "en")
SYMBOLS = {"hand", "heart", "eye", "speech", "question", "star", "people", "house", "compass",
           "route", "leaf", "sun", "cloud", "key", "lightbulb", "flag"}

# The words of the format's enums come from its schema, which tests/core/test-enums ties to the
# generated tables of kb-enums.h: one list for the app, the schema and this check.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "cards",
                       "format-v1.schema.json"), encoding="utf-8") as schema_file:
    _DEFS = json.load(schema_file)["$defs"]
KINDS = set(_DEFS["card"]["properties"]["kind"]["enum"])
INTENSITIES = set(_DEFS["card"]["properties"]["intensity"]["enum"])
ASKS = set(_DEFS["card"]["properties"]["asks"]["enum"])
SPECIALS = set(_DEFS["board"]["properties"]["squares"]["items"]["properties"]["special"]["enum"])
SHAPES = set(_DEFS["board"]["properties"]["shape"]["enum"])

DECK_KEYS = {"format", "version", "id", "languages", "title", "description", "authors",
             "license", "back", "categories", "cards", "board"}
CATEGORY_KEYS = {"id", "name", "color", "symbol", "icon"}
CARD_KEYS = {"id", "category", "kind", "intensity", "asks", "title", "text", "notes", "roles",
             "image", "tags"}
ROLE_KEYS = {"name", "brief"}
BOARD_KEYS = {"shape", "die", "squares"}
SQUARE_KEYS = {"category", "special"}
BACK_KEYS = {"color", "image"}

ID_RE = re.compile(r"^[a-z0-9-]+$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")

# What issue #7 promises per deck. A deck listed here but not yet written is reported, not failed.
MIN_CARDS = {
    "kletsborden": 60,
    "eigen-schroom": 40,
    "vormen-eenzaamheid": 40,
    "gespreksroute": 40,
    "rollenspellen": 20,
    "netwerkcoaching": 30,
    "de-keten": 40,
}
MIN_TOTAL = 250
KLETSBORDEN_MIN_PER_CATEGORY = 15
KLETSBORDEN_SQUARES = 20
KLETSBORDEN_MAX_WORDS = 12
ROLEPLAY_MIN_CASES = 20

# Issue #14. Decks in which every card must say whom it addresses ("asks").
ASKS_REQUIRED = {"netwerkcoaching", "gespreksroute", "eigen-schroom", "de-keten"}

# One form of address per deck in Dutch (cards/README.md, "Je or u"). A deck not listed here
# is held to the form it uses most.
ADDRESS = {
    "kletsborden": "je",
    "eigen-schroom": "je",
    "vormen-eenzaamheid": "je",
    "gespreksroute": "je",
    "rollenspellen": "je",
    "netwerkcoaching": "je",
    "de-keten": "je",
}
ADDRESS_WORDS = {
    "je": re.compile(r"\b(?:je|jij|jou|jouw|jullie)\b", re.IGNORECASE),
    "u": re.compile(r"\b(?:u|uw)\b", re.IGNORECASE),
}

# A deep card's note must speak to safety, in each language (cards/README.md, the rubric).
SAFETY_WORDS = {
    "nl": ("veilig", "grens", "grenzen", "overslaan", "overslaat", "kistje", "doos", "vlag",
           "stoppen", "stopt", "niemand hoeft", "hoeft niet", "hoeft niemand", "zelf kiest",
           "zelf bepaalt", "zelf hoeveel", "hoeft geen", "time-out", "passen"),
    "en": ("safe", "boundary", "boundaries", "skip", "box", "flag", "stop", "nobody has to",
           "no one has to", "need not", "does not have to", "don't have to", "chooses",
           "decides how much", "time out", "pass"),
}
# In the board game every medium card reminds the players of the box and the flag.
BOX_AND_FLAG = {"nl": ("kistje", "vlaggetje"), "en": ("box", "flag")}

# Light is for the world and the work (the rubric): a card that asks the participant about
# their own feelings is not light, and when it asks the group it is deep.
OWN_FEELINGS_NL = re.compile(
    r"\bvoel(?:de|t)? (?:jij|je)\b|\b(?:jij|je) je\b[^.?!]*\bvoel|\bgevoeld\b|"
    r"\bmis(?:t|te)? (?:jij|je)\b|\bje eigen (?:eenzaamheid|leven|verdriet|gevoel)|"
    r"\bjouw eigen\b")
TRAINING_DECKS = {"eigen-schroom", "vormen-eenzaamheid", "gespreksroute", "netwerkcoaching",
                  "de-keten"}

class Report:
    def __init__(self):
        self.errors = []
        self.notes = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def note(self, message):
        self.notes.append(message)


def reject_duplicate_keys(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise ValueError(f"duplicate key \"{key}\"")
        seen.add(key)
    return dict(pairs)


def load(path, report):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        report.error(path, f"not valid UTF-8 ({e})")
        return None
    except OSError as e:
        report.error(path, f"cannot read ({e.strerror})")
        return None
    try:
        return json.loads(text, object_pairs_hook=reject_duplicate_keys)
    except json.JSONDecodeError as e:
        report.error(f"{path}:{e.lineno}:{e.colno}", f"invalid JSON: {e.msg}")
    except ValueError as e:
        report.error(path, f"invalid JSON: {e}")
    return None


def check_keys(obj, allowed, where, report):
    for key in obj:
        if key not in allowed:
            report.error(where, f"unknown key \"{key}\"")


def check_text(value, where, report, required=True):
    """A shipped text is an object with a non-empty string for every language."""
    if value is None:
        if required:
            report.error(where, "missing")
        return None
    if not isinstance(value, dict):
        report.error(where, "must be a language object {\"nl\": …, \"en\": …}")
        return None
    for lang in LANGUAGES:
        s = value.get(lang)
        if not isinstance(s, str) or not s.strip():
            report.error(where, f"no text in \"{lang}\"")
        elif s != s.strip() or "  " in s:
            report.error(where, f"stray spaces in \"{lang}\"")
    for lang in value:
        if lang not in LANGUAGES:
            report.error(where, f"language \"{lang}\" is not one of the deck's languages")
    return value


def normalise(s):
    return " ".join(s.casefold().split()).rstrip(".?!…")


def sentences(s):
    return [p for p in re.split(r"[.?!…]+", s) if p.strip()]


def load_glossary(readme):
    """The terms not to use: the last column of the glossary table in cards/README.md."""
    terms = []
    try:
        with open(readme, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return None
    part = text.split("### Glossary", 1)
    if len(part) < 2:
        return None
    for line in part[1].splitlines()[1:]:
        if line.startswith("#"):
            break
        if not line.startswith("|") or "---" in line or "Nederlands" in line:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3:
            terms += re.findall(r"\*([^*]+)\*", cells[-1])
    return terms


def all_texts(obj, path=()):
    """Every (language, string, where) inside a card or deck, for the vocabulary checks."""
    if isinstance(obj, dict):
        if obj and all(k in LANGUAGES for k in obj) and all(isinstance(v, str)
                                                             for v in obj.values()):
            for lang, v in obj.items():
                yield lang, v, "/".join(path)
            return
        for k, v in obj.items():
            if k in ("id", "category", "kind", "intensity", "asks", "color", "symbol", "icon",
                     "image", "format", "languages", "license", "authors", "tags", "board"):
                continue
            yield from all_texts(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from all_texts(v, path + (str(i + 1),))


def check_vocabulary(obj, where, glossary, address, report):
    for lang, s, field in all_texts(obj):
        for term in glossary or ():
            if re.search(r"\b" + re.escape(term) + r"\b", s, re.IGNORECASE):
                report.error(f"{where}: {field}", f"\"{term}\" is not in the glossary's "
                             f"vocabulary (cards/README.md)")
        if lang == "nl" and address:
            other = "u" if address == "je" else "je"
            m = ADDRESS_WORDS[other].search(s)
            if m:
                report.error(f"{where}: {field}", f"says \"{m.group(0)}\" in a deck that says "
                             f"\"{address}\"")


def mentions(s, words):
    s = s.casefold()
    return any(re.search(r"\b" + re.escape(w), s) for w in words)


def check_art(path, deck_dir, where, report):
    if not isinstance(path, str) or not path:
        report.error(where, "must be a relative path")
        return
    if os.path.isabs(path) or ".." in path.replace("\\", "/").split("/"):
        report.error(where, f"\"{path}\" must stay inside the deck's folder")
        return
    if not os.path.isfile(os.path.join(deck_dir, path)):
        report.error(where, f"\"{path}\" does not exist")


def check_deck(path, deck, report, seen_texts, corpus=None, glossary=None):
    """Check one parsed deck; returns (id, number of cards) or None. With a corpus list, adds
    every card to it for the near-duplicate check across decks; without, checks this deck."""
    own_corpus = corpus is None
    if own_corpus:
        corpus = []
    if glossary is None:
        glossary = DEFAULT_GLOSSARY
    name = os.path.basename(path)
    deck_dir = os.path.dirname(path)
    if not isinstance(deck, dict):
        report.error(name, "the top level must be an object")
        return None
    check_keys(deck, DECK_KEYS, name, report)
    if deck.get("format") != "kletsborden-deck":
        report.error(name, "\"format\" must be \"kletsborden-deck\"")
    if deck.get("version") != 1 or isinstance(deck.get("version"), bool):
        report.error(name, "\"version\" must be 1")
    deck_id = deck.get("id")
    if not isinstance(deck_id, str) or not ID_RE.match(deck_id):
        report.error(name, "\"id\" must be letters a-z, digits and dashes")
        deck_id = None
    elif name != deck_id + ".json":
        report.error(name, f"file name should be \"{deck_id}.json\"")
    if deck.get("languages") != list(LANGUAGES):
        report.error(name, "\"languages\" must be [\"nl\", \"en\"] for a built-in deck")
    check_text(deck.get("title"), f"{name}: title", report)
    check_text(deck.get("description"), f"{name}: description", report)
    authors = deck.get("authors")
    if (not isinstance(authors, list) or not authors
            or not all(isinstance(a, str) and a.strip() for a in authors)):
        report.error(name, "\"authors\" must be a list of names")
    if not isinstance(deck.get("license"), str) or not deck["license"].strip():
        report.error(name, "\"license\" is missing")
    back = deck.get("back")
    if back is not None:
        if not isinstance(back, dict):
            report.error(name, "\"back\" must be an object")
        else:
            check_keys(back, BACK_KEYS, f"{name}: back", report)
            if "color" in back and not COLOR_RE.match(str(back["color"])):
                report.error(f"{name}: back", "\"color\" must be #RRGGBB")
            if "image" in back:
                check_art(back["image"], deck_dir, f"{name}: back image", report)

    # Categories
    categories = deck.get("categories")
    cat_ids = []
    if not isinstance(categories, list) or not categories:
        report.error(name, "\"categories\" must be a non-empty list")
        categories = []
    colors, symbols = set(), set()
    for i, cat in enumerate(categories):
        where = f"{name}: category {i + 1}"
        if not isinstance(cat, dict):
            report.error(where, "must be an object")
            continue
        cid = cat.get("id")
        if isinstance(cid, str) and ID_RE.match(cid):
            where = f"{name}: category \"{cid}\""
            if cid in cat_ids:
                report.error(where, "id used twice")
            cat_ids.append(cid)
        else:
            report.error(where, "\"id\" must be letters a-z, digits and dashes")
        check_keys(cat, CATEGORY_KEYS, where, report)
        check_text(cat.get("name"), f"{where}: name", report)
        color = cat.get("color")
        if not isinstance(color, str) or not COLOR_RE.match(color):
            report.error(where, "\"color\" must be #RRGGBB")
        elif color.upper() in colors:
            report.error(where, f"colour {color} is used by another category")
        else:
            colors.add(color.upper())
        symbol = cat.get("symbol")
        if symbol is None and "icon" not in cat:
            report.error(where, "needs a \"symbol\" (or an \"icon\")")
        elif symbol is not None:
            if symbol not in SYMBOLS:
                report.error(where, f"unknown symbol \"{symbol}\" (known: "
                             + ", ".join(sorted(SYMBOLS)) + ")")
            elif symbol in symbols:
                report.error(where, f"symbol \"{symbol}\" is used by another category")
            symbols.add(symbol)
        if "icon" in cat:
            check_art(cat["icon"], deck_dir, f"{where}: icon", report)

    # Cards
    cards = deck.get("cards")
    if not isinstance(cards, list) or not cards:
        report.error(name, "\"cards\" must be a non-empty list")
        cards = []
    address = ADDRESS.get(deck_id)
    if address is None:
        nl = " ".join(s for lang, s, _ in all_texts(cards) if lang == "nl")
        address = ("u" if len(ADDRESS_WORDS["u"].findall(nl))
                   > len(ADDRESS_WORDS["je"].findall(nl)) else "je")
    check_vocabulary({k: v for k, v in deck.items() if k != "cards"}, name, glossary, address,
                     report)
    card_ids = set()
    per_category = {c: 0 for c in cat_ids}
    cases_with_roles = 0
    for i, card in enumerate(cards):
        where = f"{name}: card {i + 1}"
        if not isinstance(card, dict):
            report.error(where, "must be an object")
            continue
        cid = card.get("id")
        if isinstance(cid, str) and ID_RE.match(cid):
            where = f"{name}: card \"{cid}\""
            if cid in card_ids:
                report.error(where, "id used twice")
            card_ids.add(cid)
        else:
            report.error(where, "\"id\" must be letters a-z, digits and dashes")
        check_keys(card, CARD_KEYS, where, report)
        category = card.get("category")
        if category not in per_category:
            report.error(where, f"category \"{category}\" does not exist")
        else:
            per_category[category] += 1
        kind = card.get("kind")
        if kind not in KINDS:
            report.error(where, f"\"kind\" must be one of {', '.join(sorted(KINDS))}")
        intensity = card.get("intensity")
        if intensity not in INTENSITIES:
            report.error(where, f"\"intensity\" must be one of {', '.join(sorted(INTENSITIES))}")
        asks = card.get("asks")
        if asks is not None and asks not in ASKS:
            report.error(where, f"\"asks\" must be one of {', '.join(sorted(ASKS))}")
        elif asks is None and deck_id in ASKS_REQUIRED:
            report.error(where, "needs \"asks\": whom does the card address (group, client, "
                         "professional)?")
        notes_obj = card.get("notes") if isinstance(card.get("notes"), dict) else {}
        if intensity == "deep":
            for lang in LANGUAGES:
                note = notes_obj.get(lang)
                if not isinstance(note, str) or not note.strip():
                    report.error(where, f"a deep card needs a trainer note in \"{lang}\"")
                elif not mentions(note, SAFETY_WORDS[lang]):
                    report.error(where, f"the {lang} note of a deep card says nothing about "
                                 f"safety (one of: {', '.join(SAFETY_WORDS[lang][:6])}, …)")
        if deck_id == "kletsborden" and intensity == "medium":
            for lang in LANGUAGES:
                note = notes_obj.get(lang)
                if not isinstance(note, str) or not all(w in note.casefold()
                                                        for w in BOX_AND_FLAG[lang]):
                    report.error(where, f"a medium card in the board game needs a {lang} note "
                                 f"that names the {' and the '.join(BOX_AND_FLAG[lang])}")
        nl_text = card.get("text", {}).get("nl") if isinstance(card.get("text"), dict) else None
        if (deck_id in TRAINING_DECKS and isinstance(nl_text, str)
                and OWN_FEELINGS_NL.search(nl_text) and asks in (None, "group")
                and intensity in ("light", "medium")):
            report.error(where, f"asks the group about their own feelings, so by the rubric it "
                         f"is deep, not {intensity}")
        check_vocabulary(card, where, glossary, address, report)
        if "title" in card:
            check_text(card["title"], f"{where}: title", report)
        text = check_text(card.get("text"), f"{where}: text", report)
        if text:
            for lang in LANGUAGES:
                s = text.get(lang)
                if not isinstance(s, str) or not s.strip():
                    continue
                key = (lang, normalise(s))
                if key in seen_texts:
                    report.error(where, f"same {lang} text as {seen_texts[key]}")
                else:
                    seen_texts[key] = f"{name}: card \"{cid}\""
            if all(isinstance(text.get(lang), str) for lang in LANGUAGES):
                corpus.append((f"{name}: card \"{cid}\"", cid, text))
            if (isinstance(text.get("nl"), str) and text.get("nl", "").strip()
                    and text.get("nl") == text.get("en")):
                report.error(where, "the Dutch and English texts are the same (not translated?)")
        if "notes" in card:
            notes = check_text(card["notes"], f"{where}: notes", report)
            if notes and notes.get("nl") and notes.get("nl") == notes.get("en"):
                report.error(where, "the Dutch and English notes are the same (not translated?)")
        roles = card.get("roles")
        if roles is not None:
            if not isinstance(roles, list) or not roles:
                report.error(where, "\"roles\" must be a non-empty list")
            else:
                for r, role in enumerate(roles):
                    rwhere = f"{where}: role {r + 1}"
                    if not isinstance(role, dict):
                        report.error(rwhere, "must be an object")
                        continue
                    check_keys(role, ROLE_KEYS, rwhere, report)
                    check_text(role.get("name"), f"{rwhere}: name", report)
                    check_text(role.get("brief"), f"{rwhere}: brief", report)
                if kind == "case":
                    cases_with_roles += 1
        elif kind == "case":
            report.error(where, "a case needs \"roles\"")
        tags = card.get("tags")
        if tags is not None and (not isinstance(tags, list)
                                 or not all(isinstance(t, str) and t for t in tags)):
            report.error(where, "\"tags\" must be a list of words")
        if "image" in card:
            check_art(card["image"], deck_dir, f"{where}: image", report)
    for cat, n in per_category.items():
        if n == 0:
            report.error(f"{name}: category \"{cat}\"", "has no cards")

    # Board
    board = deck.get("board")
    if board is not None:
        check_board(board, cat_ids, name, report)

    # What issue #7 asks of each built-in deck
    if deck_id == "kletsborden":
        check_kletsborden(deck, cards, per_category, name, report)
    if deck_id == "rollenspellen" and cases_with_roles < ROLEPLAY_MIN_CASES:
        report.error(name, f"{cases_with_roles} cases with roles, needs at least "
                     f"{ROLEPLAY_MIN_CASES}")
    if deck_id in MIN_CARDS and len(cards) < MIN_CARDS[deck_id]:
        report.error(name, f"{len(cards)} cards, needs at least {MIN_CARDS[deck_id]}")
    if own_corpus:
        check_near_duplicates(corpus, report)
    return deck_id, len(cards)


def check_board(board, cat_ids, name, report):
    where = f"{name}: board"
    if not isinstance(board, dict):
        report.error(where, "must be an object")
        return
    check_keys(board, BOARD_KEYS, where, report)
    if board.get("shape", "loop") not in SHAPES:
        report.error(where, f"\"shape\" must be one of {', '.join(sorted(SHAPES))}")
    die = board.get("die", 6)
    if not isinstance(die, int) or isinstance(die, bool) or not 2 <= die <= 12:
        report.error(where, "\"die\" must be a number from 2 to 12")
    squares = board.get("squares")
    if not isinstance(squares, list) or not squares:
        report.error(where, "\"squares\" must be a non-empty list")
        return
    for i, sq in enumerate(squares):
        swhere = f"{where}: square {i + 1}"
        if not isinstance(sq, dict):
            report.error(swhere, "must be an object")
            continue
        check_keys(sq, SQUARE_KEYS, swhere, report)
        if ("category" in sq) == ("special" in sq):
            report.error(swhere, "needs either a \"category\" or a \"special\"")
        elif "category" in sq and sq["category"] not in cat_ids:
            report.error(swhere, f"category \"{sq['category']}\" does not exist")
        elif "special" in sq and sq["special"] not in SPECIALS:
            report.error(swhere, f"special must be one of {', '.join(sorted(SPECIALS))}")


def check_kletsborden(deck, cards, per_category, name, report):
    for cat, n in per_category.items():
        if n < KLETSBORDEN_MIN_PER_CATEGORY:
            report.error(f"{name}: category \"{cat}\"",
                         f"{n} cards, needs at least {KLETSBORDEN_MIN_PER_CATEGORY}")
    for card in cards:
        if not isinstance(card, dict):
            continue
        if card.get("intensity") == "deep":
            report.error(f"{name}: card \"{card.get('id')}\"",
                         "the board game stays light or medium")
        text = card.get("text")
        if not isinstance(text, dict):
            continue
        for lang in LANGUAGES:
            s = text.get(lang)
            if not isinstance(s, str):
                continue
            for sentence in sentences(s):
                words = len(sentence.split())
                if words > KLETSBORDEN_MAX_WORDS:
                    report.error(f"{name}: card \"{card.get('id')}\"",
                                 f"{lang} sentence of {words} words (at most "
                                 f"{KLETSBORDEN_MAX_WORDS}): \"{sentence.strip()}\"")
    description = deck.get("description")
    if isinstance(description, dict):
        for lang in LANGUAGES:
            d = description.get(lang)
            if isinstance(d, str) and not all(w in d.casefold() for w in BOX_AND_FLAG[lang]):
                report.error(f"{name}: description", f"the {lang} description must remind the "
                             f"players of the {' and the '.join(BOX_AND_FLAG[lang])}")
    board = deck.get("board")
    if not isinstance(board, dict):
        report.error(name, "the Kletsborden deck needs a board")
        return
    squares = board.get("squares")
    if board.get("shape") != "loop":
        report.error(f"{name}: board", "must be a loop, as the paper game")
    if not isinstance(squares, list) or len(squares) != KLETSBORDEN_SQUARES:
        report.error(f"{name}: board", f"needs exactly {KLETSBORDEN_SQUARES} squares")
        return
    if squares[0] != {"special": "start"}:
        report.error(f"{name}: board", "the first square must be the start")
    used = {sq.get("category") for sq in squares if isinstance(sq, dict)}
    for cat in per_category:
        if cat not in used:
            report.error(f"{name}: board", f"no square of category \"{cat}\"")
    coloured = sum(1 for sq in squares if isinstance(sq, dict) and "category" in sq)
    if coloured * 2 <= len(squares):
        report.error(f"{name}: board", "most squares should have a colour")


def check_dir(cards_dir, expect_all=True):
    report = Report()
    paths = sorted(os.path.join(cards_dir, f) for f in os.listdir(cards_dir)
                   if f.endswith(".json") and not f.endswith(".schema.json"))
    if not paths:
        report.error(cards_dir, "no decks found")
    seen_texts = {}
    found = {}
    corpus = []
    for path in paths:
        deck = load(path, report)
        if deck is None:
            continue
        result = check_deck(path, deck, report, seen_texts, corpus)
        if result and result[0]:
            found[result[0]] = result[1]
    check_near_duplicates(corpus, report)
    if expect_all:
        for deck_id in MIN_CARDS:
            if deck_id not in found and not os.path.exists(
                    os.path.join(cards_dir, deck_id + ".json")):
                report.note(f"SKIP {deck_id}.json does not exist yet: its count is not checked")
        total = sum(found.values())
        missing = [d for d in MIN_CARDS if d not in found]
        if total < MIN_TOTAL:
            if missing:
                report.note(f"SKIP {total} cards together (needs {MIN_TOTAL}); not checked while "
                            f"{', '.join(missing)} is missing")
            else:
                report.error(cards_dir, f"{total} cards together, needs at least {MIN_TOTAL}")
    return report, found


def self_test(bad_dir):
    """Every bad/NAME.json must fail with the text in bad/NAME.expected; bad/good/ must pass."""
    failures = 0
    cases = sorted(f[:-len(".expected")] for f in os.listdir(bad_dir) if f.endswith(".expected"))
    for case in cases:
        with open(os.path.join(bad_dir, case + ".expected"), encoding="utf-8") as f:
            expected = f.read().strip()
        report = Report()
        path = os.path.join(bad_dir, case + ".json")
        deck = load(path, report)
        if deck is not None:
            check_deck(path, deck, report, {})
        if any(expected in e for e in report.errors):
            print(f"ok - {case}: fails with \"{expected}\"")
        else:
            failures += 1
            print(f"not ok - {case}: expected an error containing \"{expected}\", got:")
            for e in report.errors or ["(no errors)"]:
                print(f"    {e}")
    good_dir = os.path.join(bad_dir, "good")
    if os.path.isdir(good_dir):
        report, _ = check_dir(good_dir, expect_all=False)
        if report.errors:
            failures += 1
            print("not ok - good/ should pass, got:")
            for e in report.errors:
                print(f"    {e}")
        else:
            print("ok - good/ passes")
    # Two decks whose cards say nearly the same must fail together (issue #14).
    near_dir = os.path.join(bad_dir, "near-duplicate")
    if os.path.isdir(near_dir):
        report, _ = check_dir(near_dir, expect_all=False)
        if any("near-duplicate of" in e for e in report.errors):
            print("ok - near-duplicate/: two decks with nearly the same card fail")
        else:
            failures += 1
            print("not ok - near-duplicate/: nearly the same card in two decks should fail")
    if DEFAULT_GLOSSARY:
        print(f"ok - the glossary in cards/README.md forbids {len(DEFAULT_GLOSSARY)} terms")
    else:
        failures += 1
        print("not ok - no glossary found in cards/README.md")
    # Two decks that share a card text must fail together, even when each is fine alone.
    dup_dir = os.path.join(bad_dir, "duplicate")
    if os.path.isdir(dup_dir):
        report, _ = check_dir(dup_dir, expect_all=False)
        if any("same nl text" in e for e in report.errors):
            print("ok - duplicate/: a text shared between decks fails")
        else:
            failures += 1
            print("not ok - duplicate/: a text shared between decks should fail")
    if not cases:
        failures += 1
        print("not ok - no bad decks found in " + bad_dir)
    print(f"{len(cases)} bad decks checked, {failures} failures")
    return 1 if failures else 0


DEFAULT_GLOSSARY = load_glossary(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                             "..", "cards", "README.md"))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test(argv[2] if len(argv) > 2 else os.path.join(here, "bad"))
    cards_dir = (argv[1] if len(argv) > 1
                 else os.environ.get("KLETSBORDEN_CARDS_DIR",
                                     os.path.join(here, "..", "..", "cards")))
    global DEFAULT_GLOSSARY
    glossary = load_glossary(os.path.join(cards_dir, "README.md"))
    if glossary is not None:
        DEFAULT_GLOSSARY = glossary
    report, found = check_dir(cards_dir)
    for deck_id, n in sorted(found.items()):
        print(f"{deck_id}: {n} cards")
    print(f"{sum(found.values())} cards in {len(found)} decks")
    for n in report.notes:
        print(n)
    for e in report.errors:
        print(e, file=sys.stderr)
    if report.errors:
        print(f"{len(report.errors)} problems", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
