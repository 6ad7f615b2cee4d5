"""Names that have no kind word but stand where only a name can: the news source of a byline,
the paper a reporter writes for, and the members of a list that ends in 等企业 / 等公司.

    （香港文汇报讯） 【大公报讯】 （中央社台北电） （工商时报综合报道）   -> the paper or agency
    青海人大网讯 (at the start of a line)                            -> 青海人大网
    据中国能源报记者了解                                             -> 中国能源报
    TVBS报导，… / 据橙新闻报道，… / 中国侨网消息，… (opening a sentence) -> TVBS, 橙新闻, 中国侨网
    台积电、鸿海等科技大厂 / 秦淮数据等企业均已进驻                    -> each member
    科达制造（600499）, 中國鋁業（02600）                             -> the listed company
    青海铝厂, 西宁钢厂 (a factory a mainland place opens)             -> the enterprise
    北京四中, 湟中一中 (a place's school by its number)                -> the school

These are the names that the suffix patterns cannot find (brands and companies written short,
media), found by their position. Patterns only: no name is listed here.
"""

import re

from .names import ORG_BOUNDARY_RE, is_name, name_before
from .places import MAINLAND_PLACES, places_before, starts_a_place
from .util import CharSpan, alt

# on the normalised text (simplified, half-width brackets)
_NAME = r"[\u3400-\u9fffA-Za-z·]"
# a byline: an opening bracket, the outlet (its last character says what it is), then 讯 / 专讯 /
# 综合报道 / a dateline ending in 电, and the closing bracket
_BYLINE_RE = re.compile(
    rf"[(【\[]\s*(?P<name>{_NAME}{{1,10}}?(?:通讯社|新闻社|报|社|台|网|新闻))"
    rf"(?:讯|专讯|综合报[道导]|报[道导]|{_NAME}{{0,4}}电)?\s*[)】\]]"
)
# a byline without brackets at the start of a line: 青海人大网讯 省十四届…, 某某日报讯（记者…）
_LINE_BYLINE_RE = re.compile(rf"(?:^|\n)[ \t\u3000]*(?P<name>{_NAME}{{1,14}}?(?:网|报|台|社))讯")
# the paper a reporter writes for: 据中国能源报记者了解, 青海日报记者从…获悉
_REPORTER_RE = re.compile(rf"(?P<name>{_NAME}{{1,7}}?[^年财简快汇季月周情举通公预电]报)(?:社)?记者(?!会)")
# a paper's news site after its name and a middle dot (农民日报·中国农网记者, 中国证券报·中证网记者)
_SITE_REPORTER_RE = re.compile(rf"(?<=·)(?P<name>{_NAME}{{1,6}}?(?:网|在线))记者(?!会)")
# the outlet that reports, opening a sentence or after 据: TVBS报导，…, 据点新闻报道，…, 香港01报道：…
_REPORTED_BY_RE = re.compile(
    rf"(?:(?:^|(?<=[。！？!?\n)】]))据?|(?<=[,，;；]据))(?P<name>{_NAME}[\u3400-\u9fffA-Za-z0-9·]{{1,11}}?)(?:编译)?(?:报[道导](?=[,，:：]|称|指出)|消息(?=[,，:：]))"
)
# an outlet's app or account reporting is the outlet (青海日报客户端消息 -> 青海日报)
_CHANNEL = re.compile(r"(?:客户端|微信公众号|公众号|官方微博|微博|官微|抖音号|视频号|官网|网站|APP|App|app)$")
# words that report but are no outlet: a reporter, the media in general, this paper, kinds of reports
_NOT_AN_OUTLET = re.compile(
    r"(?:媒体|外媒|港媒|台媒|陆媒|官媒|本报|本台|本刊|本网|该报|该台|综合|独家|最新|深度|追踪|现场|专题|"
    r"连续|此前|早前|稍早|同日|当日|日前|近日|公开|多家|各大|海外|境外|外电|通讯员|网友|系列)$|^(?:本|该|多|各|据|有关|相关|当地|境内|境外|新闻$)"
    # an outlet summing up others' reports (明报综合内地传媒报道), a day of the week (…早报周四报导)
    r"|综合|周[一二三四五六日天末]$|星期"
)
_PRESS_OF_A_PLACE = re.compile(r"(?:陆媒|港媒|台媒|外媒|官媒|日媒|韩媒|美媒|英媒|内地媒体|大陆媒体|官方媒体)")
# verbs that open a list of names (服务字节跳动、京东…, 吸引了华为云、腾讯…)
_LIST_OPENERS = re.compile(r"服务|吸引了?|涵盖|覆盖|例如|比如|如|像|有|集聚|聚集|引进|引入")
# a list of names closed by 等 + a kind of organisation
_LIST_HEADS = (
    "企业",
    "公司",
    "厂商",
    "大厂",
    "科技大厂",
    "科技公司",
    "科技企业",
    "龙头企业",
    "头部企业",
    "机构",
    "金融机构",
    "银行",
    "券商",
    "运营商",
    "车企",
    "单位",
    "高校",
    "院校",
    "媒体",
    "平台企业",
)
_LIST_END_RE = re.compile(rf"等(?:\d+家|[多几数十]+家|[一二两三四五六七八九十]+家)?(?:{'|'.join(_LIST_HEADS)})")
_JOINS = "和与及"  # join the last two members of a list
_MAX_MEMBER = 12


def byline_spans(norm: str) -> list[CharSpan]:
    spans = []
    for pattern in (_BYLINE_RE, _LINE_BYLINE_RE, _REPORTER_RE, _SITE_REPORTER_RE):
        for m in pattern.finditer(norm):
            name = m.group("name")
            start = m.start("name")
            if pattern is _REPORTER_RE:
                # the paper starts after the last boundary word (据, a verb) in front of it
                cuts = [c.end() for c in ORG_BOUNDARY_RE.finditer(name)]
                start += max(cuts, default=0)
            # two outlets joined by a middle dot (中国证券报·中证网讯): each is a name
            shortest = 2 if "·" in norm[start : m.end("name")] else 3
            for part in re.finditer(r"[^·]+", norm[start : m.end("name")]):
                if part.end() - part.start() >= shortest:
                    spans.append((start + part.start(), start + part.end(), "ORG"))
    for m in _REPORTED_BY_RE.finditer(norm):
        # the press of a place before the outlet is none of its name (据陆媒|人民铁道报报道)
        press = _PRESS_OF_A_PLACE.match(m.group("name"))
        name = _CHANNEL.sub("", m.group("name")[press.end() if press else 0 :])
        start = m.start("name") + (press.end() if press else 0)
        # a reporter's name (新华社记者某某报道), a verb or a date inside: no outlet standing alone
        if not _NOT_AN_OUTLET.search(name) and not ORG_BOUNDARY_RE.search(name) and is_name(name):
            spans.append((start, start + len(name), "ORG"))
    return spans


# adverbs before 与/和 "with": what comes before them is the subject, not a member (企业已与…签约)
_ADVERBS_BEFORE_WITH = "已并将曾均正还也都又"


def list_member_spans(norm: str) -> list[CharSpan]:
    """Members of `A、B和C等企业`: each a run of name characters between separators, the first
    one cut at the boundary words in front of it."""
    spans = []
    for m in _LIST_END_RE.finditer(norm):
        end, members = m.start(), []
        while True:
            start = end
            while start > 0 and end - start < _MAX_MEMBER and re.match(r"[\u3400-\u9fffA-Za-z0-9·]", norm[start - 1]):
                start -= 1
            members.append((start, end))
            if start > 1 and norm[start - 1] == "、":
                end = start - 1
                continue
            break
        # 和/与/及 join the last two members: split the member that holds one (腾讯和苹果)
        split: list[tuple[int, int]] = []
        for start, end in members:
            text = norm[start:end]
            joins = [i for i, c in enumerate(text) if c in _JOINS and 0 < i < len(text) - 1]
            if joins and text[joins[-1] - 1] in _ADVERBS_BEFORE_WITH:
                # 已与|西部证券: "with" after an adverb opens the list, it joins no member
                split.append((start + joins[-1] + 1, end))
            elif joins:
                split += [(start + joins[-1] + 1, end), (start, start + joins[-1])]
            else:
                split.append((start, end))
        first = split[-1]
        text = norm[first[0] : first[1]]
        cuts = [c.end() for pattern in (ORG_BOUNDARY_RE, _LIST_OPENERS) for c in pattern.finditer(text)]
        split[-1] = (first[0] + max(cuts, default=0), first[1])
        # a list of one is no list: 等企业 after a single word is as often a description
        if len(split) < 2:
            continue
        spans += [(s, e, "ORG") for s, e in split if e - s >= 2 and is_name(norm[s:e])]
    return spans


# a listed company's short name right before its stock code in brackets (科达制造（600499）,
# 中國鋁業（02600）, 青海春天（股票代码：600381）): A shares have six digits, Hong Kong shares five
# (and Taiwan's four digits, 帆宣（6196）, 永丰余（1907）; not a year of ours, 某某（2024）)
_STOCK_CODE = re.compile(
    r"[（(](?:(?:股票|证券|股份)代[码号][:：]?)?(?:[036]\d{5}|00\d{3}|0\d{4}|(?!19[5-9]|20[0-4])[1-9]\d{3})(?:\.(?:SH|SZ|HK|TW))?[）)]"
)


# Taiwan's listings of companies registered abroad carry -KY after the short name (中租-KY, 立凯-KY)
_KY_LISTING = re.compile(r"-KY(?![A-Za-z])")
# kinds of firm that a listed company's short name follows (材料厂|康普, 设备商|帆宣)
_DESCRIBED_FIRMS = ("厂", "业者", "厂商", "供应商", "制造商", "设备商", "材料商")
_DESCRIBED_FIRM = re.compile(alt(_DESCRIBED_FIRMS))
_KIND_OF_FIRM = re.compile(alt(_DESCRIBED_FIRMS + ("公司", "集团", "企业")))
_EXAMPLE_OPENER = re.compile(r".*(?:例如|比如|包括|如)")


def stock_name_spans(norm: str) -> list[CharSpan]:
    """Listed companies' short names before their stock codes, with their later mentions (a short
    name given with its code names that company through the article), and Taiwan's -KY listings."""
    spans = []
    for m in _STOCK_CODE.finditer(norm):
        name = name_before(norm, m.start(), ORG_BOUNDARY_RE)
        # after a word that opens an example the name follows it (上市柜公司如|士电（1503）)
        if (example := _EXAMPLE_OPENER.match(name)) and 2 <= len(name) - example.end() <= 4:
            name = name[example.end() :]
        # after a kind of firm the name follows the kind (…前驱物材料厂|康普（4739）, 锂化合物厂|美琪玛（4721）);
        # 公司, 集团 and 企业 are as often inside the name (金川集团国际资源（02362）)
        kinds = _KIND_OF_FIRM if len(name) > 8 or not is_name(name) else _DESCRIBED_FIRM
        if 2 <= len(after_kind := kinds.split(name)[-1]) <= 4:
            name = after_kind
        # a short name: letters only (*ST…), at most eight of them, Chinese among them (中租-|KY is
        # Taiwan's -KY listing, below)
        if (
            2 <= len(name) <= 8
            and re.fullmatch(r"[\u3400-\u9fff*A-Za-z]+", name)
            and re.search(r"[\u3400-\u9fff]", name)
            and is_name(name)
        ):
            spans.append((m.start() - len(name), m.start(), "ORG"))
            spans += [
                (m.end() + a.start(), m.end() + a.end(), "ORG") for a in re.finditer(re.escape(name), norm[m.end() :])
            ]
    for m in _KY_LISTING.finditer(norm):
        # after a kind of firm (…材料厂|立凯-KY): the name follows the kind
        name = _KIND_OF_FIRM.split(name_before(norm, m.start(), ORG_BOUNDARY_RE))[-1]
        if 2 <= len(name) <= 5 and re.fullmatch(r"[\u3400-\u9fff]+", name):
            spans.append((m.start() - len(name), m.end(), "ORG"))
    return spans


# A factory is an enterprise's name when a mainland place opens it (青海铝厂, 西宁钢厂,
# 青海互助青稞酒厂); 工厂, 一家大厂, 该厂, 新厂 are generic, 设厂 and 建厂 are verbs, and 厂 opens other
# words (厂房, 厂长, 厂区)
_FACTORY_RE = re.compile(r"(?<![工大设建办开新扩关停进出到回本该全各此老])厂(?![房长区家矿址内外商容貌规部])")


# A city's or county's school named by its number (北京四中, 西宁五中, 湟中一中); not a court (北京四中院),
# a plenary session (三中全会) or 中 as "middle" (一中心, 十中国)
_NUMBERED_SCHOOL_RE = re.compile(r"[一二三四五六七八九十]{1,3}中(?![院心国华学央部全期旬午专级层线队])")


def numbered_school_spans(norm: str) -> list[CharSpan]:
    """Schools named by a place and a number."""
    spans = []
    for m in _NUMBERED_SCHOOL_RE.finditer(norm):
        place = places_before(norm, m.start())
        if m.start() - place >= 2 and norm[place : m.start()] in MAINLAND_PLACES:
            spans.append((place, m.end(), "ORG"))
    return spans


# A state key laboratory built by a province and a ministry is named as such, however long its fields
# and however they are joined (省部共建三江源生态与高原农牧业国家重点实验室); no punctuation inside
_JOINTLY_BUILT_LAB_RE = re.compile(r"省部共建[\u3400-\u9fffA-Za-z]{2,24}?国家重点实验室")


def jointly_built_lab_spans(norm: str) -> list[CharSpan]:
    """State key laboratories built by a province and a ministry."""
    return [(m.start(), m.end(), "ORG") for m in _JOINTLY_BUILT_LAB_RE.finditer(norm)]


def factory_spans(norm: str) -> list[CharSpan]:
    """Enterprises named as a place's factory."""
    spans = []
    for m in _FACTORY_RE.finditer(norm):
        name = name_before(norm, m.start(), ORG_BOUNDARY_RE)
        # a place alone before 厂 is a company's plant there (乌鲁木齐厂), not an enterprise
        if (
            len(name) >= 3
            and starts_a_place(name, 0, MAINLAND_PLACES)
            and places_before(name, len(name))
            and not name.startswith("台湾")  # Taiwan's press calls a maker a 厂 (台湾矽晶圆厂)
            and not re.search("本地|当地|外地", name)  # local plants in general (青海本地组件厂)
            and is_name(name)
        ):
            spans.append((m.start() - len(name), m.end(), "ORG"))
    return spans
