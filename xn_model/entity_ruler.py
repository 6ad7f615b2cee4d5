"""`xn_entity_rules`: puts rule entities on a Doc, like spaCy's span_ruler. The pattern content
lives apart, in `xn_model.rules` (the regex layer, a registered function in the config) and in the
gazetteer patterns this component holds and serialises.

Gazetteer patterns are span_ruler-style ({"label": "ORG", "pattern": "青海大学"}), added with
`add_patterns` or [initialize.components.<name>] patterns = {"@misc": "xn.entity_patterns.v1",
"path": ...}, and saved with the component (patterns.jsonl). String patterns are matched on the
normalised text, so they survive any segmentation and match traditional and full-width variants;
token patterns (a list of dicts) go through spaCy's Matcher. Patterns labelled GENERIC are common
words, never entities: with them the rules tell a described site (商品生产基地) from a named one.
"""

import re
from collections.abc import Callable, Iterable, Sequence, Set
from pathlib import Path

import srsly
from spacy import util
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans, registry

from .normalize import normalize_text
from .rules import LABELS, CharSpan, find_rule_spans, in_title, resolve_overlaps
from .rules.aliases import alias_spans
from .rules.name_words import CLOSED_ORGS, ORG_SUFFIXES, PLACE_OWNED_KINDS, REGIONAL_BLOCS
from .rules.names import (
    BEFORE_JOINTLY,
    PARK_SUFFIXES,
    PARTY_POST,
    REGIONS,
    is_departments_word,
    is_described_org,
    is_described_site,
    is_determined_zone_committee,
    opens_another_word,
    place_start,
)
from .rules.places import PLACES, PROVINCES, places_before
from .rules.units import PLACE_IN_BRACKETS, sub_unit_end
from .rules.util import alt
from .tokenizer import split_tokens_at

# [start_char, end_char] of the entities rule components added (plain lists: msgpack-safe)
if not Doc.has_extension("rule_spans"):
    Doc.set_extension("rule_spans", default=None)

# ============================================================================================
# Gazetteer patterns
# ============================================================================================


@registry.misc("xn.entity_patterns.v1")
def read_patterns(path: str | None = None, labels: list[str] | None = None) -> list[dict]:
    """span_ruler patterns from a JSONL file ({"label": ..., "pattern": str | [token dicts]});
    no path gives no patterns. `labels` keeps only those labels."""
    if not path:
        return []
    patterns = list(srsly.read_jsonl(path))
    return [p for p in patterns if labels is None or p.get("label") in labels]


# a bare level before a bank written short is the bank's branch there (省农行, 市工行), not after a
# scope (全省农行系统)
_LEVEL_BEFORE_BANK = re.compile(r"(?<![全本各该我外每])[省市县州]$")
_MAINLAND_AS_A_SCOPE = ("中国大陆", "中国内地")


def with_places_before(norm: str, span: CharSpan) -> CharSpan:
    """A known organisation or site written after places takes them in (青海联通, 印度外交部,
    成都|天府国际生物城: guidelines section 10), and a bank written short a bare level (省农行)."""
    start, end, label = span
    if label not in ("ORG", "PARK"):
        return span
    first = places_before(norm, start)
    for scope in _MAINLAND_AS_A_SCOPE:
        if norm.startswith(scope, first):
            first += len(scope)  # the mainland as Taiwan writes it owns no body (中国大陆|中央气象台)
    is_short_bank = end - start <= SHORT_NAME and norm.endswith("行", start, end)
    if first == start and is_short_bank and _LEVEL_BEFORE_BANK.search(norm, 0, start):
        first -= 1
    return (first, end, label)


# what may stand before a known body and belong to it: a bare level (市人大常委会), the party
# (中共青海省委), a session (省十四届人大常委会), a university's 附属 before its hospital
# (首都医科大学附属|北京儿童医院), 全国 before a national association (the regex keeps it only there:
# 全国|台湾同胞投资企业联谊会)
_QUALIFIER = re.compile(r"[省市县区州]|中共|全国|[国省市县]立|第?[一二三四五六七八九十]+届|附属|附设")


def is_qualifier(text: str, known: set[str]) -> bool:
    """`text` is a run of places, known names and qualifiers (江苏江阴, 立法院, 中共, 市)."""
    ends = {0}
    for end in range(1, len(text) + 1):
        for start in sorted(ends):
            piece = text[start:end]
            if start < end and (piece in PLACES or piece in known or _QUALIFIER.fullmatch(piece)):
                ends.add(end)
                break
    return len(text) in ends


# a known name written before one of these names a building, a street or a venue, not the body
# (万达广场, 央视大楼, 京东路; CLUENER2020-train: 16 of 16 such are inside an address or a scene),
# or a township or a village of the same name (雨润镇, 碾伯镇和|雨润镇)
_VENUE = re.compile(
    r"广场|大厦|大楼|酒店|饭店|宾馆|商场|影城|影院|小区|花园|公寓|大道|大街|路|街|机场|码头|体育场|体育馆|剧院"
    r"|镇(?!政府|人民政府|党委|卫生院|中心)|乡(?!政府|人民政府|党委)|村(?!委会|民委员会)"
)

# a regional bloc written as a region of trade or a group of countries (对东盟出口, 东盟国家, 销往欧盟)
_BLOC_AS_REGION_AFTER = re.compile(r"国家|地区|成员国|各国|市场|客户|留学生|进出口|出口|进口")
# (also the last of a list: 销往美国、欧盟等)
_BLOC_AS_REGION_BEFORE = re.compile(r"(?:对|向|至|往|自|销往|出口到|出口至|来自)(?:[\u4e00-\u9fff]{1,6}、)*$")


def bloc_as_region(norm: str, start: int, end: int) -> bool:
    return norm[start:end] in REGIONAL_BLOCS and bool(
        _BLOC_AS_REGION_AFTER.match(norm, end) or _BLOC_AS_REGION_BEFORE.search(norm, 0, start)
    )


# a known name this short may be two halves of other words (北大 in 西北大环线, 京东 in 北京东路)
SHORT_NAME = 3


def crosses_a_word(norm: str, start: int, end: int, words: Set[str]) -> bool:
    """A common word, a place or a compass region that starts before norm[start:end] and ends
    inside it (北京 in 北京东路 around 京东, 西北 in 西北大环线 around 北大, 其中 in 其中金山 around
    中金). Only the left edge: on the right, short names run on into words often (建行为, 央行将)."""
    return any(
        norm[i:j] in words or norm[i:j] in PLACES or norm[i:j] in REGIONS
        for i in range(max(0, start - 3), start)
        for j in range(start + 1, end)
    )


# the longest unit a name found by pattern takes in: a longer stretch after it is more often a
# clause (…法院一审以…判处) than a unit
_LONGEST_UNIT_OF_GUESS = 7


def joins_a_body(norm: str, start: int) -> bool:
    """The known name starting at `start` opens with the verb 联合/会同 "jointly with" written right
    after a body (省能源局联合|国网青海电力: not 联合国)."""
    return norm.startswith(("联合", "会同"), start) and start > 0 and norm[start - 1] in BEFORE_JOINTLY


def inside_latin_word(norm: str, start: int, end: int) -> bool:
    """A name that begins or ends with a Latin letter or digit and runs on into another: ESA in
    CNESA, wind in Goldwind, CPL in CPL2011 (an event) are not names."""
    return (start > 0 and _is_latin(norm[start]) and _is_latin(norm[start - 1])) or (
        end < len(norm) and _is_latin(norm[end - 1]) and _is_latin(norm[end])
    )


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


# a brand's line of business written after it is one name with it (京东超市, 苏宁电器, 韵达速递,
# 美团优选, 快手电商, 美团外卖, 美团闪购, 京东秒送, 美团民宿, 抖音生活服务), like a unit (G1; not 直播:
# after a broadcaster it is a live broadcast);
# and its arm for a country or abroad (麦当劳中国, 天猫国际), not a trade or a market (华为国际化, 中国市场)
_BUSINESS_LINE = re.compile(
    r"超市|电器|速递|快递|电商|优选|买菜|外卖|易购|到家|闪购|秒送|家电|民宿|生活服务|买药|快送"
    r"|(?:中国|国际)(?![化市区人制式特业贸合标竞航交会站])"
    # a grid's provincial company written short (国网|四川电力, 国网|新疆电力公司)
    rf"|(?:{alt(sorted(PROVINCES))})省?电力(?:公司)?"
)


def with_business_line(norm: str, span: CharSpan) -> CharSpan:
    start, end, label = span
    line = _BUSINESS_LINE.match(norm, end) if label == "ORG" and end - start <= SHORT_NAME + 1 else None
    return (start, line.end(), label) if line else span


def with_sub_unit(norm: str, span: CharSpan, longest: int = 12) -> CharSpan:
    """An organisation followed by one of its units takes it in (国家能源局电力司, 某某市公安局禁毒支队),
    and that unit's unit too (…公安局交通警察支队|城西大队)."""
    start, end, label = span
    if label != "ORG":
        return span
    while (unit_end := sub_unit_end(norm, end, longest)) > end:
        end = unit_end
    return (start, end, label)


def with_park_area(norm: str, span: CharSpan) -> CharSpan:
    """A known park written with 区 after its 园 is the same park (盛乐经济园|区, 互助绿色产业园|区); a
    site's city in brackets is part of its name (中国移动智算中心|（呼和浩特）)."""
    start, end, label = span
    if (
        label == "PARK"
        and norm.endswith("园", start, end)
        and norm.startswith("区", end)
        and not norm.startswith("区域", end)
    ):
        return (start, end + 1, label)
    if label == "PARK" and (city := PLACE_IN_BRACKETS.match(norm, end)) and city.group(1) in PLACES:
        return (start, city.end(), label)
    return span


_KINDS = frozenset(ORG_SUFFIXES + PLACE_OWNED_KINDS)
_PARTY_COMMITTEES = ("党委", "党组")


def grown_past_known_name(norm: str, span: CharSpan, known: list[CharSpan], names: set[str]) -> bool:
    """A regex ORG that ends where a known name ends but starts further left, over words that are
    not places, known names or qualifiers, has grown over words that are not part of it
    (前述邮储银行, 昨日中国银行). A known name that opens with a park's kind word is the tail of
    a longer one (开发区管委会 in 西宁（国家级）经济技术开发区管委会) and bounds nothing."""
    start, end, label = span
    if label != "ORG" or norm[start:end] in CLOSED_ORGS:
        return False  # a body of the closed list is whole (团市委 around 市委)
    ends_here = [k_start for k_start, k_end, k_label in known if k_end == end and k_label == "ORG" and start < k_start]
    if not ends_here:
        return False
    # a known name inside the kind word that ends the span is its tail (福建省台港澳办 around 港澳办)
    kind = max((len(k) for k in _KINDS if norm.endswith(k, start, end)), default=0)
    return any(
        k_start < end - kind
        and not norm.startswith(PARK_SUFFIXES, k_start)
        and not is_qualifier(norm[start:k_start], names)
        for k_start in ends_here
    )


# ids of patterns that may be the tail of a longer name: jieba's nt words include generic bodies
# (儿童医院, 人民检察院) and fragments (民医院). They are found like any name, but never cut a
# longer regex name short (青海省妇女儿童医院 stays whole).
TAIL_IDS = frozenset({"jieba_nt"})
# Patterns with this label are common words, never entities: the rules read them to tell a site
# that is described (商品生产基地, 军事基地) from one that is named (rules.names.is_described_site).
GENERIC_LABEL = "GENERIC"
# the kb_id of candidates that are known names (EntityRules.find with mark_known)
KNOWN_KB_ID = "known"


def after_a_count(norm: str, start: int) -> bool:
    """A name that opens with a measure word right after digits reads across a count (6台|大功率)."""
    return start > 0 and norm[start - 1].isdigit() and norm[start] in "台个家座所条项名位间部"


class _NameTrie:
    """Known names as a character trie. At each position it finds the longest name, as a regex
    alternation of the names sorted longest first would, without the cost of running such a regex
    over tens of thousands of names."""

    _END = ""

    def __init__(self, names: Iterable[str] = ()):
        self.root: dict = {}
        for name in names:
            node = self.root
            for char in name:
                node = node.setdefault(char, {})
            node[self._END] = True

    def search(self, text: str, position: int = 0) -> tuple[int, int] | None:
        """(start, end) of the leftmost name at or after `position`, the longest one there."""
        root = self.root
        for start in range(position, len(text)):
            node, end = root, -1
            for i in range(start, len(text)):
                node = node.get(text[i])
                if node is None:
                    break
                if self._END in node:
                    end = i + 1
            if end > 0:
                return start, end
        return None


class _Gazetteer:
    """String patterns searched in the normalised text; token patterns through spaCy's Matcher."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.patterns: list[dict] = []
        self._strings: dict[str, str] = {}
        self._tails: set[str] = set()
        self.common_words: set[str] = set()
        self._names = _NameTrie()
        self._matcher = Matcher(vocab)

    def add(self, patterns: Iterable[dict]) -> None:
        for p in patterns:
            if not isinstance(p, dict) or "label" not in p or "pattern" not in p:
                raise ValueError(f"xn_entity_rules: a pattern needs 'label' and 'pattern': {p!r}")
            self.patterns.append(dict(p))
            if p["label"] == GENERIC_LABEL:
                self.common_words.add(normalize_text(p["pattern"].strip()))
            elif isinstance(p["pattern"], str):
                key = normalize_text(p["pattern"].strip())
                if key:
                    self._strings.setdefault(key, p["label"])
                    if p.get("id") in TAIL_IDS:
                        self._tails.add(key)
            else:
                self._matcher.add(p["label"], [p["pattern"]])
        self._names = _NameTrie(self._strings)

    def is_whole(self, name: str) -> bool:
        """A known name that is not only the tail of longer ones (see TAIL_IDS)."""
        return name not in self._tails

    def clear(self) -> None:
        self.__init__(self.vocab)

    def char_spans(self, doc: Doc, norm: str) -> list[CharSpan]:
        spans = []
        position = 0
        while (found := self._names.search(norm, position)) is not None:
            start, end = found
            if joins_a_body(norm, start):
                position = start + 2  # the name may start after the verb
                continue
            if inside_latin_word(norm, start, end) or after_a_count(norm, start):
                position = start + 1
                continue
            spans.append((start, end, self._strings[norm[start:end]]))
            position = end
        if len(self._matcher):
            for match_id, start, end in self._matcher(doc):
                span = doc[start:end]
                spans.append((span.start_char, span.end_char, self.vocab.strings[match_id]))
        return spans


# ============================================================================================
# The component
# ============================================================================================


class EntityRules:
    """Adds rule entities to doc.ents.

    labels            the labels this component may add
    replace_labels    the rules alone decide these labels: existing entities of these labels are
                      removed first (for the hybrid, where the ner's guesses cost F)
    overwrite_labels  rule spans of these labels replace the existing entities they overlap
                      (for the hybrid: trust the rules' MONEY over the model's); a rule span of
                      any other label that overlaps an existing entity is dropped
    rules             text -> [(start_char, end_char, label)], by default find_rule_spans
    Gazetteer spans win over regex spans of the same length.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "xn_entity_rules",
        *,
        labels: Sequence[str] = LABELS,
        overwrite_labels: Sequence[str] = (),
        replace_labels: Sequence[str] = (),
        rules: Callable[[str], list[CharSpan]] | None = None,
        scorer: Callable | None = None,
    ):
        self.name = name
        self.labels = list(labels)
        self.overwrite_labels = list(overwrite_labels)
        self.replace_labels = list(replace_labels)
        self.rules = rules if rules is not None else find_rule_spans
        self.scorer = scorer
        self.gazetteer = _Gazetteer(nlp.vocab)

    # -- patterns ---------------------------------------------------------------------------

    @property
    def patterns(self) -> list[dict]:
        return list(self.gazetteer.patterns)

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        self.gazetteer.add(patterns)

    def initialize(self, get_examples=None, *, nlp=None, patterns: Iterable[dict] | None = None) -> None:
        if patterns is not None:
            self.gazetteer.clear()
            self.add_patterns(patterns)

    # -- running ----------------------------------------------------------------------------

    def find(self, doc: Doc, mark_known: bool = False) -> list[Span]:
        """The rule entities of `doc` (not yet merged with doc.ents). `mark_known`: spans that are
        known names (from the gazetteer) get kb_id KNOWN_KB_ID, for a model to read."""
        norm = normalize_text(doc.text)
        regex = [s for s in self.rules(doc.text) if s[2] in self.labels]
        gazetteer = [s for s in self.gazetteer.char_spans(doc, norm) if s[2] in self.labels]
        gazetteer = [
            s
            for s in gazetteer
            if not in_title(norm, s[0], s[1])
            and not is_departments_word(norm, s[1])
            and not (s[2] == "ORG" and opens_another_word(norm, s[1]))  # 香港大学|生, 青海银行|业
        ]
        common = self.gazetteer.common_words
        gazetteer = [
            (s, e, l)
            for s, e, l in gazetteer
            if (e - s > SHORT_NAME or not crosses_a_word(norm, s, e, common))
            and not _VENUE.match(norm, e)
            and not bloc_as_region(norm, s, e)
        ]
        whole = [
            with_places_before(norm, span) for span in gazetteer if self.gazetteer.is_whole(norm[span[0] : span[1]])
        ]
        gazetteer = [
            with_park_area(norm, with_sub_unit(norm, with_business_line(norm, with_places_before(norm, span))))
            for span in gazetteer
        ]
        names = {norm[s:e] for s, e, _ in whole}
        regex = [span for span in regex if not grown_past_known_name(norm, span, whole, names)]
        # a known company's party committee in a post is the company (G6: 中国电建|党委副书记)
        regex = [
            (s, e - 2, l)
            if norm.endswith(_PARTY_COMMITTEES, s, e) and norm[s : e - 2] in names and PARTY_POST.match(norm, e)
            else (s, e, l)
            for s, e, l in regex
        ]
        # common words before a place are not part of the name (全额收购|俄罗斯欧洲银行); ORG only: for
        # PARK it cost F on the dev and test articles
        regex = [(s + place_start(norm[s:e], common, names), e, l) if l == "ORG" else (s, e, l) for s, e, l in regex]
        regex = [with_park_area(norm, with_sub_unit(norm, span, _LONGEST_UNIT_OF_GUESS)) for span in regex]
        regex = [
            (s, e, l)
            for s, e, l in regex
            if norm[s:e] in names
            or not (
                is_described_site(norm[s:e], common, norm[max(0, s - 3) : s])
                if l == "PARK"
                else is_described_org(norm[s:e], common)
            )
        ]
        # gazetteer names are checked facts: they win ties against the regex guesses
        chars = resolve_overlaps(
            [(s, e, l) for s, e, l in gazetteer] + regex,
            {label: 10 for label in {l for _, _, l in gazetteer}},
        )
        chars = [(s, e, l) for s, e, l in chars if not is_determined_zone_committee(norm, s, e)]
        # a short name defined after a known name (澳门科学技术发展基金（科技基金）) is found there and later,
        # as the regex layer finds those its own names define
        if aliases := [s for s in alias_spans(norm, chars) if not in_title(norm, s[0], s[1])]:
            chars = resolve_overlaps(chars + aliases)
        # the rules read characters: cut the words their spans end inside, rather than grow the
        # spans to the words (a verb or a place glued on by the segmenter)
        split_tokens_at(doc, [offset for start, end, _ in chars for offset in (start, end)])
        known = set(gazetteer) if mark_known else set()
        spans = [
            doc.char_span(start, end, label=label, kb_id=KNOWN_KB_ID if (start, end, label) in known else "")
            for start, end, label in chars
        ]
        return filter_spans([span for span in spans if span is not None and len(span)])

    def __call__(self, doc: Doc) -> Doc:
        existing = [e for e in doc.ents if e.label_ not in self.replace_labels]
        removed: list[Span] = [e for e in doc.ents if e.label_ in self.replace_labels]
        added: list[Span] = []
        for span in self.find(doc):
            clashes = [e for e in existing if e.start < span.end and span.start < e.end]
            if clashes and span.label_ not in self.overwrite_labels:
                continue
            for e in clashes:
                existing.remove(e)
                removed.append(e)
            added.append(span)
        if not added and not removed:
            return doc
        # tokens of a replaced entity that the new span does not cover become O
        covered = {i for s in added for i in range(s.start, s.end)}
        outside = [doc[i : i + 1] for e in removed for i in range(e.start, e.end) if i not in covered]
        doc.set_ents(sorted(existing + added), outside=outside, default="unmodified")
        # which entities the rules decided: xn_entity_values reads it to set ent._.source
        doc._.rule_spans = (doc._.rule_spans or []) + [[s.start_char, s.end_char] for s in added]
        return doc

    def score(self, examples, **kwargs):
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    # -- serialisation: only the gazetteer (the config holds everything else); like span_ruler,
    # exclude=["patterns"] leaves the patterns out -------------------------------------------------

    def _set_patterns(self, patterns: Iterable[dict]) -> None:
        self.gazetteer.clear()
        self.add_patterns(patterns)

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        serializers = {"patterns": lambda: srsly.json_dumps(self.patterns)}
        return util.to_bytes(serializers, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "EntityRules":
        deserializers = {"patterns": lambda b: self._set_patterns(srsly.json_loads(b))}
        util.from_bytes(bytes_data, deserializers, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        serializers = {"patterns": lambda p: srsly.write_jsonl(p.with_suffix(".jsonl"), self.patterns)}
        util.to_disk(path, serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "EntityRules":
        path = ensure_path(path)

        def read(p: Path) -> None:
            # a component saved without patterns has no file: it loads empty
            self._set_patterns(srsly.read_jsonl(p.with_suffix(".jsonl")) if p.with_suffix(".jsonl").exists() else [])

        util.from_disk(path, {"patterns": read}, exclude)
        return self


@Language.factory(
    "xn_entity_rules",
    default_config={
        "labels": list(LABELS),
        "overwrite_labels": [],
        "replace_labels": [],
        "rules": {"@misc": "xn.regex_rules.v1"},
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_entity_rules(
    nlp: Language,
    name: str,
    labels: list[str],
    overwrite_labels: list[str],
    replace_labels: list[str],
    rules: Callable[[str], list[CharSpan]],
    scorer: Callable | None,
) -> EntityRules:
    return EntityRules(
        nlp,
        name,
        labels=labels,
        overwrite_labels=overwrite_labels,
        replace_labels=replace_labels,
        rules=rules,
        scorer=scorer,
    )
