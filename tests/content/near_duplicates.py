"""Near-duplicate cards across the decks (issue #14): normalised word sets and character
trigrams. check-decks.py uses it; kept apart so each file has one job."""
import difflib
import re

LANGUAGES = ("nl", "en")


# Near-duplicates (issue #14): two cards, in any decks, whose texts say nearly the same. The
# texts are normalised (lower case, no punctuation, no stop words — which include the words a
# whole deck or category is about, such as "eenzaam" and "compliment" — a few synonyms made one
# concept, common endings stripped); the score of a pair is, in each language, the mean of a
# Jaccard index on the word sets (divided by at least NEAR_MIN_WORDS, so that two short texts
# that share one word are not near-duplicates) and difflib's ratio on the character trigrams,
# and then the mean over Dutch and English. Tuned on the pairs named in issue #14.
NEAR_THRESHOLD = 0.40
NEAR_MIN_WORDS = 5
STOP_WORDS = set("""
de het een en of in op te van voor met aan als dat die dit er is zijn ben bent was waren wordt
worden word je jij jou jouw jezelf u uw ik me mij mijn we wij ons onze hij zij ze hem haar hun
zich iets niet geen wel ook al nog dan om tot bij naar uit door over zo maar toch wat wie hoe
waar welk welke wanneer waarom kan kun kunt zou zouden moet moeten mag mogen heb hebt heeft
hebben had doe doet doen iemand ander andere anderen hier daar eens weleens even
the a an and or in on to of for with at as that this these those is are was were be been being
you your yourself i me my we our he she they them their it its not no also still then so but
yet what who how where which when why can could would should must may might have has had do
does did someone somebody other others here there ever
eenzaam eenzaamheid eenzame lonely loneliness cliënt client professional mensen people
compliment complimenten compliments speler spelers player players
""".split())
CONCEPTS = [
    ("SOLVE", "oploss oplost oplos fix solv solution advies advice adviez repar"),
    ("SILENCE", "stilte stil silen quiet"),
    ("NOSY", "bemoei nosy pry"),
    ("TEARS", "traan tranen huil tear cry"),
    ("LABEL", "etiket label stempel"),
    ("LISTEN", "luister listen gehoord heard"),
    ("FEAR", "bang angst afraid fear"),
    ("MISS", "mis gemist miss"),
    ("SCALE", "vragenlijst schaal questionnaire scale"),
    ("FINE", "prima fine manag red"),
    ("ROLE", "rol role"),
    ("MEANING", "betekenis zinvol meaning purpose"),
    ("OWN", "zelf eigen own"),
]
ENDINGS = ("heden", "heid", "ingen", "ing", "elijk", "lijk", "tjes", "tje", "jes", "en", "es",
           "er", "st", "te", "de", "ed", "ly", "t", "s", "e")
# Pairs a reader judged distinct although they score above the threshold: (id, id, why).
NOT_NEAR_DUPLICATES = [
    ("mij-02", "ander-13", "what makes me happy, and when I made someone else happy"),
    ("mij-08", "ander-04", "what I do when I feel alone, and how I help someone else who does"),
    ("mij-10", "compliment-07", "what I find hard, and whether giving a compliment is hard"),
    ("mij-11", "mij-18", "a favourite place, and a favourite thing to do with others"),
]


def norm_words(text):
    """The words of a text for the near-duplicate measure (see NEAR_THRESHOLD)."""
    out = []
    for w in re.findall(r"[a-zà-ÿ]+", text.casefold()):
        if w in STOP_WORDS or len(w) < 2:
            continue
        for concept, prefixes in CONCEPTS:
            if any(w.startswith(p) for p in prefixes.split()):
                w = concept
                break
        else:
            for end in ENDINGS:
                if len(w) - len(end) >= 4 and w.endswith(end):
                    w = w[:-len(end)]
                    break
        out.append(w)
    return out


def prepare(text):
    """The word set and the character trigrams of one text, computed once per card."""
    words = set(norm_words(text))
    joined = " ".join(sorted(words))
    grams = [joined[i:i + 3] for i in range(len(joined) - 2)]
    counts = {}
    for g in grams:
        counts[g] = counts.get(g, 0) + 1
    return words, grams, counts


def quick_ratio(pa, pb):
    """An upper bound of difflib's ratio, from the trigram counts alone (its quick_ratio)."""
    if not pa[1] or not pb[1]:
        return 0.0
    small, big = (pa[2], pb[2]) if len(pa[2]) < len(pb[2]) else (pb[2], pa[2])
    common = sum(min(n, big.get(g, 0)) for g, n in small.items())
    return 2 * common / (len(pa[1]) + len(pb[1]))


def jaccard(sa, sb):
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / max(len(sa | sb), NEAR_MIN_WORDS)


def similarity(text_a, text_b, threshold=0.0, prepared=None):
    """0 (nothing in common) to 1 (the same words): in each language the mean of the Jaccard
    index and the trigram ratio, then the mean over the languages. Returns 0 early when the
    pair cannot reach the threshold (the ratio is at most 1, quick_ratio bounds it)."""
    pa = prepared[0] if prepared else {lang: prepare(text_a.get(lang, "")) for lang in LANGUAGES}
    pb = prepared[1] if prepared else {lang: prepare(text_b.get(lang, "")) for lang in LANGUAGES}
    js = {lang: jaccard(pa[lang][0], pb[lang][0]) for lang in LANGUAGES}
    if sum((js[lang] + quick_ratio(pa[lang], pb[lang])) / 2
           for lang in LANGUAGES) / len(LANGUAGES) < threshold:
        return 0.0
    total = 0.0
    for lang in LANGUAGES:
        ga, gb = pa[lang][1], pb[lang][1]
        if not ga or not gb:
            ratio = 0.0
        else:
            m = difflib.SequenceMatcher(None, ga, gb, autojunk=False)
            ratio = m.ratio()
        total += (js[lang] + ratio) / 2
    return total / len(LANGUAGES)


def check_near_duplicates(corpus, report, threshold=NEAR_THRESHOLD):
    """corpus: (where, card id, text) of every card. Reports each pair above the threshold."""
    allowed = {frozenset((a, b)) for a, b, _ in NOT_NEAR_DUPLICATES}
    prepared = [{lang: prepare(text.get(lang, "")) for lang in LANGUAGES}
                for _, _, text in corpus]
    found = []
    for i, (where_a, id_a, text_a) in enumerate(corpus):
        for j in range(i + 1, len(corpus)):
            where_b, id_b, text_b = corpus[j]
            if frozenset((id_a, id_b)) in allowed:
                continue
            score = similarity(text_a, text_b, threshold, (prepared[i], prepared[j]))
            if score >= threshold:
                found.append((score, where_a, where_b))
                report.error(where_a, f"near-duplicate of {where_b} (similarity {score:.2f}, "
                             f"at most {threshold:.2f})")
    return found
