"""Short names defined in the text, and companies written short after their formal names: 青海某某股份有限公司（以下简称“某某股份”）, or in bare brackets
after a full formal name (某某科技有限公司（某某数据））. The short name takes the
label of the name right before the bracket, there and wherever it occurs later in the text. A
generic back-reference (以下简称“开发区”, “产业园”, “公司”) is not a name and is left alone."""

import re

from .name_words import GENERIC_WORDS
from .names import ORG_SUFFIXES, PARK_SUFFIXES
from .places import LONGEST_PLACE, PLACES
from .util import CharSpan

# on the normalised text: brackets and colons are half-width, traditional forms simplified
# a note may come first in the bracket: （股份代号：2380，下称「中国电力」）, （英文名…，以下简称…）
_ALIAS_RE = re.compile(
    r"\(\s*(?:[^()]{1,40}?[，,;；]\s*)?(?:以下)?(?:简称|下称|简作)\s*:?\s*[“\"「『‘]?([^”\"」』’()，,。;；:、\s]{2,12}?)[”\"」』’]?"
    # and a note may come after it: （下称「金川国际」，02362）
    r"\s*(?:[，,;；][^()]{1,20}?)?\)"
)
# a bare kind of thing, maybe with a determiner or a relation: not a name (开发区, 新区, 本公司, 该园区,
# 母公司)
_GENERIC_ALIAS = re.compile(
    rf"^(?:新|本|该|我|全|这|母|子|总)?(?:{'|'.join(ORG_SUFFIXES + PARK_SUFFIXES)}|区|园|厂|所|院)$"
)


# a short name in bare brackets right after a full name that ends in its kind word:
# …科技有限公司（西云数据）, …委员会（ODCC）; not a place or a rank (中国移动（西宁）has no kind word)
# quoted as Hong Kong filings write it: …有限公司（「中国通服」）
# and with the stock code after it: …国际资源有限公司（金川国际，02362）
_BARE_ALIAS_RE = re.compile(
    r"\(\s*(?!以下|简称|下称|简作)[“\"「『]?([\u3400-\u9fffA-Za-z]{2,8})[”\"」』]?\s*(?:[，,]\s*\d{4,6}(?:\.[A-Z]{2})?\s*)?\)"
)
# a Latin acronym in brackets names any body it follows (国际数据公司（IDC）)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_FORMAL_END = re.compile(
    r"(?:有限公司|有限责任公司|股份公司|集团|委员会|协会|学会|联合会|联盟|研究院|研究所|基金会|银行|旅行社|办事处|办公室"
    # universities, chambers of commerce and funds written short in brackets (澳门大学（澳大）,
    # 香港中华总商会（中总）, 澳门科学技术发展基金（科技基金）)
    r"|大学|学院|商会|基金"
    # federations and trade associations written short (中华民国全国工业总会（工总）)
    r"|总会|工会|公会"
    # institutes of a name that ends in 所 (产业科技国际策略发展所（产科国际所）)
    r"|所)$"
)
# ranks, forms and roles in brackets: 国家级, 筹, （牵头人）, （联合体成员） in a bid notice
_NOT_ALIAS = re.compile(
    r"^(?:国家级|省级|市级|县级|筹|筹备|试行|暂行|集团|控股|有限|股份|中国|香港|澳门|台湾|"
    r"牵头人|牵头方|成员方?|联合体成员|联合体牵头人|主办方?|承办方?|协办方?|业主|甲方|乙方)$"
)


def alias_spans(norm: str, spans: list[CharSpan]) -> list[CharSpan]:
    """The aliases that `spans` (ORG and PARK names found in `norm`) define, with their later
    mentions."""
    found: list[CharSpan] = []
    by_end = {end: (start, label) for start, end, label in spans if label in ("ORG", "PARK")}
    matches = list(_ALIAS_RE.finditer(norm))
    for m in _BARE_ALIAS_RE.finditer(norm):
        antecedent = by_end.get(m.start())
        formal = antecedent and (
            _FORMAL_END.search(norm[antecedent[0] : m.start()])
            or antecedent[1] == "ORG"
            and _ACRONYM.fullmatch(m.group(1))
        )
        if formal and not _NOT_ALIAS.match(m.group(1)):
            matches.append(m)
    for m in matches:
        antecedent = by_end.get(m.start())
        alias = m.group(1)
        if antecedent is None or _GENERIC_ALIAS.match(alias):
            continue
        if len(alias) <= 3 and norm.endswith(alias, antecedent[0], m.start()):
            continue  # the name's own kind word (…循环经济试验区（以下简称“试验区”）): a back-reference
        offset = m.start(1)
        found += [
            (offset + a.start(), offset + a.end(), antecedent[1]) for a in re.finditer(re.escape(alias), norm[offset:])
        ]
    return found


# A company's formal name that opens with a place and a trade name of two characters, with a
# trade and a legal form after them (青海诺德新材料有限公司, 宁德时代新能源科技股份有限公司), is
# written later as place and trade name alone (青海诺德, 宁德时代). Not when the "trade name" is a
# trade itself (青海电力…, 青海盐湖工业…: the place and a trade name no one body).
_COMPANY_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
_TRADE_NAME = re.compile(r"[\u3400-\u9fff]{2}")
_TRADES = frozenset(GENERIC_WORDS) | {"电力", "投资", "建设", "交通", "发展", "水利", "矿业", "盐湖", "黄河", "国际"}


def short_form_spans(norm: str, spans: list[CharSpan]) -> list[CharSpan]:
    """Later mentions of companies by place and trade name alone, from the formal names in `spans`."""
    found: list[CharSpan] = []
    for start, end, label in spans:
        name = norm[start:end]
        if label != "ORG" or not (form := _COMPANY_FORM.search(name)):
            continue
        place = next((n for n in range(min(LONGEST_PLACE, len(name)), 1, -1) if name[:n] in PLACES), 0)
        trade = name[place : place + 2]
        if not place or not _TRADE_NAME.fullmatch(trade) or trade in _TRADES or form.start() - place < 4:
            continue
        short = name[: place + 2]
        found += [(m.start(), m.end(), "ORG") for m in re.finditer(re.escape(short), norm) if m.start() >= end]
    return found
