"""Rule-based entities (ORG, PARK, METRIC, MONEY) for Chinese local news: the rules baseline, and
the rule half of the hybrid pipeline (trained ner + rules).

The rules are regular expressions over the document TEXT, not token patterns: Chinese word
segmentation is uncertain (char or pkuseg), so a number or a name may be split anywhere. They
run on `values.normalize_text(doc.text)` (simplified, half-width, same length as the input) and
the character offsets are mapped to tokens with `doc.char_span(..., alignment_mode="expand")`.

Public API
  find_rule_spans(text, labels=None) -> list[(start_char, end_char, label)]
      the regex layer alone, no spaCy involved (registered as misc "xn.regex_rules.v1")
  read_patterns(path, labels=None) -> list[dict]         (misc "xn.entity_patterns.v1")
  factory "xn_entity_rules": EntityRules(nlp, name, *, labels, overwrite_labels, rules, scorer)

Like spaCy's span_ruler, the component also takes gazetteer patterns (span_ruler format,
{"label": "ORG", "pattern": "青海大学"}) through `add_patterns` or
[initialize.components.<name>] patterns = {"@misc": "xn.entity_patterns.v1", "path": ...};
they are saved with the component (patterns.jsonl). String patterns are matched on the
normalised text (so they survive any segmentation and match traditional/full-width variants);
token patterns (a list of dicts) go through spaCy's Matcher.
"""
import re
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans, registry

from .values import CN_DIGITS, normalize_text

LABELS = ("ORG", "PARK", "METRIC", "MONEY")
CharSpan = Tuple[int, int, str]

# ============================================================================================
# Numbers
# ============================================================================================

_CN_DIGIT = "".join(c for c in CN_DIGITS if c not in "○")
_CN_ALL = _CN_DIGIT + "十拾百佰千仟万亿"
# A Chinese number starts with a digit or 十 (十五); 百/千/万/亿 alone are magnitude words
# (万卡集群, 千亿级, 数千台) and never start a quantity.
_CN_NUM = r"[%s十拾][%s]*" % (_CN_DIGIT, _CN_ALL)
# Not after a letter/digit (T700, 5G's neighbours), 第 (ordinals), 数/几/上/成/若 (vague amounts:
# 数千台, 几十个, 上百家), 每 (每一次), or in the middle of a numeral run.
_AR_NUM = r"(?<![A-Za-z0-9.+/第])(?<!\d,)\d+(?:,\d{3})*(?:\.\d+)?"
# a number right after a slash, for the second half of 100MW/200MWh
_AR_AFTER_SLASH = r"\d+(?:\.\d+)?[万亿]*"
_CN_START = r"(?<![%s第数几上成若每好])" % _CN_ALL
_NUM = r"(?:%s[万亿千百]*|%s%s)" % (_AR_NUM, _CN_START, _CN_NUM)
_APPROX_IN = r"[余多]?"

# ============================================================================================
# MONEY
# ============================================================================================

_CURRENCY = r"(?:美元|美金|欧元|港元|港币|日元|英镑|韩元|澳元|加元|卢布|元)"
MONEY_RE = re.compile(
    r"(?P<num>%s)%s[万亿千百]*%s%s(?:人民币)?(?!素|宇宙|旦|器件|老|化)"
    % (_NUM, _APPROX_IN, _APPROX_IN, _CURRENCY)
)


def _money_spans(norm: str) -> List[CharSpan]:
    spans = []
    for m in MONEY_RE.finditer(norm):
        num = m.group("num")
        # a single Chinese digit before 元 is a word more often than an amount (三元锂电池)
        if len(num) == 1 and num in _CN_ALL:
            continue
        spans.append((m.start(), m.end(), "MONEY"))
    return spans


# ============================================================================================
# METRIC
# ============================================================================================

# Units after which the next character must not be a letter, digit or "+": 700W+ and T700 are
# product names, 5G a network generation.
_LATIN_UNITS = (
    "PFlops", "PFLOPS", "Pflops", "EFlops", "EFLOPS", "TFlops", "TFLOPS", "Tbps", "Gbps", "Mbps",
    "MWh", "kWh", "KWh", "GWh", "MW", "kW", "KW", "GW", "kV", "PB", "EB", "TB", "km", "kg", "W", "P",
)
# Measure words and Chinese units. Time words (年 月 日 天 时 分 秒 周 岁) are deliberately absent:
# dates, times, durations and ages are never METRIC. 期 is handled on its own (see _count_ok).
_CJK_UNITS = (
    "万千瓦时", "万千瓦", "千瓦时", "千瓦", "兆瓦时", "兆瓦", "吉瓦", "千伏", "兆焦/平方米",
    "平方公里", "平方米", "立方米", "公里", "千米", "微米", "纳米", "公顷", "公斤", "千克", "米",
    "个百分点", "百分点", "人次", "亩", "吨", "卡", "架", "台", "个", "家", "名", "位", "人", "项",
    "次", "期", "所", "处", "座", "户", "条", "套", "栋", "辆", "件", "款", "批", "场", "张", "块",
    "株", "棵", "篇", "册", "种", "类", "支", "枚", "份", "层", "倍", "组", "颗", "只", "部门",
    # places counted after a list (湟中、湟源两地; 四川、陕西、甘肃9省): METRIC like any count
    "省", "地",
)
# “两个维护”, “四个意识” …: numbered political formulas are fixed phrases, not counts
# (and positioning formulas: 五个中心城市, 五个首位责任)
_FORMULA_AFTER_GE = "(?!确立|维护|意识|自信|全面|代表|务必|大局|必须|中心城市|首位)"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LATIN_UNIT = r"(?:%s)(?![A-Za-z0-9+])" % _alt(_LATIN_UNITS)
_BANDWIDTH_G = r"(?<=\d\d)G(?![A-Za-z0-9+])"  # 3600G yes; 5G (one digit) is a network generation
_CJK_UNIT = r"(?:%s)" % _alt(_CJK_UNITS)
_UNIT = r"(?:%s|%s|%s)" % (_LATIN_UNIT, _BANDWIDTH_G, _CJK_UNIT)
_QTY = r"%s%s[万亿]*%s" % (_NUM, _APPROX_IN, _APPROX_IN)
_RANGE_SEP = r"(?:——|—|–|-|~|至|到)"
_PERCENT = r"%s%s?[%%‰]" % (_AR_NUM, _APPROX_IN)

METRIC_RE = re.compile(
    "|".join(
        (
            # 100MW/200MWh: two quantities of a storage plant, one span
            r"(?P<pair>%s(?:%s)/%s(?:%s))" % (_QTY, _LATIN_UNIT, _AR_AFTER_SLASH, _LATIN_UNIT),
            # 50%—70%, 50—70%
            r"(?P<prange>%s%%?%s%s)" % (_AR_NUM, _RANGE_SEP, _PERCENT),
            # 5800至7400兆焦/平方米, 3-5个, 3至5万吨
            r"(?P<range>%s(?:%s)?%s%s(?P<runit>%s))" % (_QTY, _UNIT, _RANGE_SEP, _QTY, _UNIT),
            r"(?P<percent>%s|百分之[%s]+)" % (_PERCENT, _CN_ALL),
            # 三分之一, 1/3 (not a date like 2024/8/21: no digit or slash either side)
            r"(?P<fraction>%s[%s]+分之[%s]+|(?<![\d/.])\d+/\d+(?![\d/]))" % (_CN_START, _CN_ALL, _CN_ALL),
            r"(?P<qty>(?P<qnum>%s)(?P<unit>%s))" % (_QTY, _UNIT),
        )
    )
)
# the value of a named indicator: PUE降至1.2以下 -> 1.2
INDICATOR_RE = re.compile(r"(?:PUE|WUE|CUE)值?[^0-9，。；,;!?！？]{0,12}?(?P<value>\d+(?:\.\d+)?)(?![\d.%])")

_ONE = ("一", "壹")


def _count_ok(norm: str, m: "re.Match") -> bool:
    """Filters on a matched number + measure word that a regex cannot express simply."""
    unit = m.group("unit") or ""
    num = m.group("qnum") or ""
    start = m.start()
    if unit == "期":
        # 分三期 counts phases; 一期项目 / 二期工程 / 三期 alone are sequence numbers
        return norm[start - 1 : start] == "分"
    if num in _ONE and not unit.isascii():
        # 一个小小的芯片, 每一次: "one" as an article, not a count
        return False
    if unit == "个" and re.match(_FORMULA_AFTER_GE, norm[m.end() :]) is None:
        return False
    if norm.startswith("一体", m.end()):  # 五位一体
        return False
    if unit == "地" and norm[m.end() : m.end() + 1] in "块区方下上铁图标址":
        return False  # 3地块, 两地区: 地 starts another word
    if unit == "省" and norm[m.end() : m.end() + 1] in "级委长":
        return False
    if norm[start - 1 : start] == "届":
        return False  # 十四届六次全会: the session's number, an ordinal
    if norm.startswith("规定", m.end()) and unit == "项":
        return False  # 中央八项规定: a fixed name
    return True


def _in_quotes(norm: str, start: int, end: int, limit: int = 20) -> bool:
    """Inside a short “…”, ‘…’ or 「…」 quote: a slogan (“一个平台、三个中心”, 产业‘四地’)."""
    for open_q, close_q in (("“", "”"), ("‘", "’"), ("「", "」"), ('"', '"')):
        left = norm.rfind(open_q, max(0, start - limit), start)
        if left < 0 or close_q in norm[left + 1 : start] and open_q != close_q:
            continue
        right = norm.find(close_q, end, end + limit)
        if right >= 0:
            return True
    return False


def _metric_spans(norm: str) -> List[CharSpan]:
    spans = []
    for m in METRIC_RE.finditer(norm):
        kind = next(k for k in ("pair", "prange", "range", "percent", "fraction", "qty") if m.group(k))
        if kind == "qty":
            if not _count_ok(norm, m):
                continue
            if re.fullmatch(_CN_NUM, m.group("qnum").rstrip("余多")) and _in_quotes(norm, m.start(), m.end()):
                continue
        if kind == "range" and m.group("runit") == "期":
            continue
        spans.append((m.start(), m.end(), "METRIC"))
    for m in INDICATOR_RE.finditer(norm):
        spans.append((m.start("value"), m.end("value"), "METRIC"))
    return spans


# ============================================================================================
# Names: PARK and ORG
# ============================================================================================

# A name is a run of these characters before a suffix: CJK, Latin letters and digits (TCL, 360),
# brackets (中国移动（西宁）…, 西宁(国家级)…) and the middle dot.
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9()（）·]")
_MAX_NAME = 20

# Where a name cannot continue to the left: function words and the verbs news uses before a
# name (位于西宁经济技术开发区, 落户南川工业园区, 与青海大学签约). 为 is absent on purpose (华为).
# Single characters are kept to those that hardly occur inside names: not 经 (经济), 据 (数据),
# 都 (成都), 由 (自由), 同 (同仁); 和 is handled separately (共和县).
_FUNCTION_WORDS = (
    "在", "于", "与", "及", "的", "是", "将", "把", "被", "对", "从", "到", "让", "给", "等", "了",
    "着", "并", "或", "跟", "还", "就", "以及", "包括", "其中", "分别", "已经", "正在", "简称",
    "目前", "今年", "去年", "近年来", "同时", "此外", "部分",
)
# Verbs that news writes right before a name and that company names hardly contain.
_NEWS_VERBS = (
    "位于", "落地", "落户", "入驻", "进驻", "签约", "签署", "引进", "举行", "来到", "走进", "深入",
    "调研", "考察", "参观", "入选", "获批", "获评", "携手", "牵头", "主办", "承办", "协办", "召开",
    "出席", "参加", "主持", "会见", "会同", "带领", "前往", "走访", "视察", "督导", "听取", "看望",
    "慰问", "介绍", "表示", "指出", "强调", "要求", "认为", "就读", "考上", "考入", "招聘", "负责",
    "来自", "依托", "围绕", "助力", "聚焦", "立足",
    # governance verbs in front of a body (按照省委部署, 贯彻落实省委, 代表省委, 对接市林草局)
    "按照", "根据", "依据", "遵照", "贯彻", "落实", "巩固", "代表", "了解", "对接", "发挥", "关注",
    "聆听", "研读", "翻开", "出台", "助推", "贡献", "督促", "协助", "配合", "加快", "打造", "邀请",
    "感谢", "报告", "汇报", "审议", "批准", "授权", "委托", "推荐", "也有", "没有",
)
# Verbs that also occur inside organisation names (中国建设银行, 青海投资管理有限公司, 组织部,
# 政务服务中心): they bound PARK names only.
_PARK_ONLY_VERBS = (
    "建设", "推进", "推动", "服务", "支持", "成立", "组建", "建成", "投产", "开工",
    "启动", "实施", "认定", "成为", "作为", "联合", "指导", "带动", "组织", "通过", "进行", "开展",
    "实现", "发布", "印发", "检查", "共建", "新建", "扩建", "筹建", "谋划", "规划", "提升",
    "完善", "强化", "优化", "加强", "设立", "设在", "建立", "申报", "申请", "争取", "集聚", "聚集",
    "吸引", "形成", "拥有", "属于", "覆盖", "连接", "接入", "协调", "投资", "管理",
    "运营", "发展",
)
# Job titles end the name in front of them: 天合光能全球产品副总裁|青海基地负责人
_TITLES = ("总裁", "副总裁", "董事长", "总经理", "副总经理", "负责人", "书记", "主任", "局长", "厅长")
# 和 joins two names (A和B) except inside 共和 (共和县) and in the department formula 经济和…,
# 工业和… (工业和信息化部, 园区经济和科技发展局); 由 is a preposition except in 自由.
# 联合/会同/携手 right after a body's last character is the verb "jointly with":
# 共青团青海省委联合省教育厅 (but 中国联合网络通信 keeps its 联合).
_CONJUNCTIONS = r"(?<!共)(?<!经济)(?<!工业)和|(?<!自)由|(?<=[委局厅院司团行会部])(?:联合|会同)"
_ORG_BOUNDARY_RE = re.compile(r"%s|%s" % (_alt(_FUNCTION_WORDS + _NEWS_VERBS + _TITLES), _CONJUNCTIONS))
_PARK_BOUNDARY_RE = re.compile(
    r"%s|%s" % (_alt(_FUNCTION_WORDS + _NEWS_VERBS + _PARK_ONLY_VERBS + _TITLES), _CONJUNCTIONS)
)
# Determiners and generic scopes that open a noun phrase but are not part of a name.
_LEADING_GENERIC = re.compile(
    r"^(?:我省|我市|我区|全省|全市|全区|全国各地|省内|市内|区内|辖区|相关|有关|所属|旗下|下属|"
    r"这家|那家|该|本|各|每|此|这|那|其|诸多|众多|多家|多个|首个|首批)+"
)
# Descriptive words: a "name" made only of these is a generic mention (绿色算力产业园, 科技公司).
_GENERIC_WORDS = (
    "绿色", "低碳", "零碳", "算力", "智算", "绿电", "数字", "数据", "大数据", "智能", "智慧", "人工智能",
    "产业", "工业", "科技", "高新", "高新技术", "新能源", "清洁能源", "能源", "光伏", "锂电", "储能",
    "特色", "专业", "重点", "化工", "物流", "省级", "国家级", "国家", "示范", "创新", "现代", "综合",
    "农业", "生态", "文化", "旅游", "电子", "信息", "新材料", "材料", "制造", "装备", "计算", "云计算",
    "云", "物联网", "互联网", "研发", "生产", "加工", "企业", "中小企业", "各类", "区域", "城市",
    "大型", "小型", "超大型", "新型", "融合", "一体化", "配套", "商业", "国有", "民营", "龙头", "上市",
    "金融", "地方", "基层", "部门", "子", "分", "总", "大", "新", "老", "小",
    # scopes and the generic 组织 (属地政府, 当地政府, 成立了组织委员会)
    "属地", "当地", "组织", "实体", "网上", "社区", "校园",
)
_GENERIC_RE = re.compile(r"^(?:%s)+$" % _alt(_GENERIC_WORDS))
# a number with a measure word opens a counted noun phrase, not a name (两家公司, 3个产业园)
_COUNTED_RE = re.compile(r"^(?:\d+|[%s]+)[余多]?(?:%s)" % (_CN_ALL, _CJK_UNIT))
# Praise and rank words make a description, not a name (全国首个…生产基地, 全国重要…产业基地)
_DESCRIPTIVE_RE = re.compile(r"首个|首家|首座|重要|领先|最大|最强|一流|知名|[十百千万]吨级|[十百千万]亿级")
_QUANTITY_IN_NAME = re.compile(r"\d+(?:\.\d+)?[余多]?[万亿]*(?:%s)" % _CJK_UNIT)

PARK_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "工业园区", "产业园区",
    "园区", "产业园", "科技园", "工业园", "示范园", "产业基地", "大数据基地", "基地", "小镇",
    "大数据中心", "数据中心", "算力中心", "智算中心", "超算中心", "计算中心", "分中心", "保税区",
)
# Bases that are not industrial sites (布龙精神教育基地)
_NON_INDUSTRIAL_BASE = re.compile(r"(?:教育|实践|培训|研学|爱国主义|志愿服务|廉政|国防|党性|管护|育苗|苗木)$")
# A park named after a zone it lies in starts after the zone (开发区东川园区 -> 东川园区), and a
# park name never runs through the end of a body's name (…管委会负责西宁经济技术开发区).
_PARK_CUT = re.compile(r"(?:管委会|委员会|常委会|政府|公司|集团|局|厅)")
_SITE_CUT = re.compile(r"(?:开发区|高新区|经开区|园区|工业区|产业园|管委会|委员会|政府|局|厅)")
# A bare zone word in front of a park is the back-reference, not part of the name
# (开发区东川园区 -> 东川园区); with a real zone name in front the whole is one park
# (西宁开发区东川园区, G1).
_BARE_ZONE = re.compile(r"^(?:经济技术开发区|开发区|高新区|经开区|园区|工业区)")

ORG_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "银行", "分行", "支行",
    "信用社", "管理委员会", "委员会", "管委会", "常委会", "人民政府", "政府", "人民法院", "法院",
    "人民检察院", "检察院", "分局", "局", "厅", "大学", "学院", "研究院", "研究所", "科学院",
    "实验室", "协会", "学会", "商会", "联合会", "促进会", "联盟", "基金会", "医院", "中学", "小学",
    "学校", "广播电视台", "电视台", "报社", "日报", "晚报", "出版社", "研究中心", "监测中心",
    "服务中心", "信息中心", "发展中心", "指挥中心", "交易中心", "党校", "办公室", "发改委",
    "发展改革委", "卫健委", "政法委", "纪委", "监委", "工信委", "经信委", "教委", "科委", "网信办",
    "组织部", "宣传部", "统战部", "省委", "市委", "县委", "区委", "州委", "工委", "团委",
    "总工会", "工会", "妇联", "残联", "科协", "侨联", "书店", "书院", "党组",
)
# Official designations of innovation platforms inside a company or university, not bodies
# (青海省碳纤维工程技术研究中心, 省级重点实验室)
_PLATFORM_RE = re.compile(r"(?:工程技术研究中心|工程研究中心|技术中心|重点实验室|工程实验室)$")
# Company-type suffixes: a park name in front of them is the company's address, not its name
# (…东川园区|诺德新材料股份有限公司), unless the company is the park's own developer
# (…园区投资有限公司, …开发区建设集团).
_COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团")
_PARK_IN_COMPANY = re.compile(
    r"(?:开发区|高新区|经开区|园区|产业园|工业园)(?!投资|建设|开发|管理|运营|发展|服务|实业|控股|置业|城投)"
)
# Bodies that a bare administrative level may stand for on its own: 省总工会, 市政府, 县法院.
_LEVEL = "省市县区州"
_LEVEL_BODIES = ("总工会", "工会", "妇联", "残联", "科协", "侨联", "政府", "人民政府", "人民法院", "法院",
                 "人民检察院", "检察院", "政协", "发改委", "卫健委", "政法委", "纪委", "监委", "教委", "网信办")
# A government 政府 is always a level's (西宁市政府, 湟中区人民政府): 数字政府, 属地政府 and 翻开政府
# (工作报告) are not bodies. Likewise a standing committee 常委会 is a congress's or a
# committee's (市人大常委会, 市委常委会), not a bare back-reference (协助常委会).
_GOVERNMENT_OWNER = re.compile(r"[%s镇乡旗盟村]$" % _LEVEL)
_COMMITTEE_OWNER = re.compile(r"(?:人大|政协|委|[%s])$" % _LEVEL)
# common words that end in a suffix character but are not bodies (布局, 格局, 大厅, 餐厅)
# (政局 is the political situation, but 民政局, 财政局, 邮政局 are bureaus)
_NOT_BUREAU = re.compile(r"(?:布|格|大|开|结|当|全|时|变|破|新|定|胜|残|僵|赌|饭|棋|出|终|危|(?<![民财邮])政)$")
_NOT_HALL = re.compile(r"(?:大|餐|客|展|舞|门|歌|宴)$")
# Short government and party bodies written without a place: a closed list (省委常委 -> 省委,
# 省委省政府 -> 省委 + 省政府, 市人大常委会副主任 -> 市人大常委会).
CLOSED_ORGS = (
    "省委", "市委", "县委", "区委", "州委", "团省委", "团市委", "团县委", "省政府", "市政府",
    "县政府", "区政府", "州政府", "省人大常委会", "市人大常委会", "县人大常委会", "区人大常委会",
    "省人大", "市人大", "省政协", "市政协", "县政协", "区政协", "省纪委", "市纪委", "省监委", "市监委",
    "省委组织部", "市委组织部", "省委宣传部", "市委宣传部", "省委统战部", "市委统战部", "市委办",
    "省委办", "国务院", "党中央", "中共中央", "全国人大", "全国人大常委会", "全国政协", "国家数据局",
    "国家发改委", "国家发展改革委", "工信部", "工业和信息化部", "商务部", "财政部", "科技部", "教育部",
    "生态环境部", "自然资源部", "国家能源局",
)
# 移动/联通/电信 as an operator, not the words mobile/connect/telecom (移动互联网, 电信诈骗)
_OPERATOR_RE = re.compile(
    r"(?:移动|联通|电信)(?!通信|互联|支付|终端|端|应用|办公|业务|网络|宽带|用户|号码|诈骗|化|性|式|设备)"
)
# the two characters before an operator are a place: not a direction (向东移动) or a noun head
# (人员移动, 车辆移动)
_OPERATOR_PLACE = re.compile(r"[^\W\d_A-Za-z向往朝逐缓][^\W\d_A-Za-z员者人物体车辆量位]")
# a closed-list body inside a longer name (西宁市委) loses to the longer span when overlaps resolve
# (not after 各/每/全: 各省政府, 全省政府系统 are generic)
_CLOSED_ORG_RE = re.compile(r"(?<![各每全本外跨])(?:%s)" % _alt(CLOSED_ORGS))


def _name_before(norm: str, suffix_start: int, boundary: "re.Pattern", extra_cut: Optional["re.Pattern"] = None) -> str:
    """The name part in front of a suffix: the run of name characters, cut at the last boundary
    word, without leading determiners or unbalanced brackets. May be empty."""
    i = suffix_start
    while i > 0 and suffix_start - i < _MAX_NAME and _NAME_CHAR.match(norm[i - 1]):
        i -= 1
    window = norm[i:suffix_start]
    cuts = [m.end() for m in boundary.finditer(window)]
    # a counted quantity ends a noun phrase: 招聘813名|大学生, 两家|公司
    cuts += [m.end() for m in _QUANTITY_IN_NAME.finditer(window)]
    if extra_cut is not None:
        cuts += [m.end() for m in extra_cut.finditer(window)]
    if cuts:
        window = window[max(cuts) :]
    window = _LEADING_GENERIC.sub("", window)
    # a year written before a name belongs to the event, not the body (2024招商银行西宁半程马拉松赛)
    window = re.sub(r"^\d{4}(?:年)?", "", window)
    # an opening bracket never closed belongs to the text around the name: 青海省（西宁开发区
    # and a closing bracket never opened closes the text before the name: （记者 啸宇）西宁…
    for open_b, close_b in (("（", "）"), ("(", ")")):
        last_open = window.rfind(open_b)
        if last_open >= 0 and close_b not in window[last_open:]:
            window = window[last_open + 1 :]
        first_close = window.find(close_b)
        if first_close >= 0 and open_b not in window[:first_close]:
            window = window[first_close + 1 :]
    return window.lstrip("()（）·")


def _is_name(name: str) -> bool:
    return (
        len(name) >= 2
        and not _GENERIC_RE.match(name)
        and not _COUNTED_RE.match(name)
        and not _DESCRIPTIVE_RE.search(name)
    )


def _is_level_body(norm: str, name_start: int, name: str, suffix: str) -> bool:
    """省总工会, 市政府: a bare level before a body that every level has, unless a determiner
    makes it generic (各省政府, 全市工会)."""
    return (
        suffix in _LEVEL_BODIES
        and len(name) == 1
        and name in _LEVEL
        and norm[name_start - 1 : name_start] not in ("各", "每", "全", "本", "该", "外", "跨")
    )


def _suffix_spans(norm: str, suffixes: Sequence[str], label: str) -> List[CharSpan]:
    spans = []
    for m in re.finditer(_alt(suffixes), norm):
        suffix = m.group(0)
        boundary = _PARK_BOUNDARY_RE if label == "PARK" else _ORG_BOUNDARY_RE
        extra = _PARK_CUT if label == "PARK" else None
        if label == "ORG" and suffix.endswith("政府"):
            # 省委省政府: the party committee written before is a body of its own
            extra = re.compile(r"(?:省委|市委|县委|区委|州委)")
        if label == "ORG" and suffix in _COMPANY_SUFFIXES:
            extra = _PARK_IN_COMPANY
        if label == "PARK" and suffix.endswith(("基地", "中心")):
            # a site (base, data centre) inside a park is a second name: 南川工业园区|天合光能青海大基地,
            # 西宁经济技术开发区|三江源国家大数据基地; a company's own base keeps the company
            # (诺德新材料股份有限公司青海基地)
            extra = _SITE_CUT
        if label == "ORG" and suffix in ("大学", "学院") and norm.startswith("生", m.end()):
            continue  # 大学生, 学院生: students, not the school
        if label == "ORG" and suffix in ("局", "厅") and norm.startswith("长", m.end()):
            continue  # 局长, 厅长 is a post; the body is the 局 before it (发展局局长)
        if label == "ORG" and suffix.endswith("部") and norm.startswith("门", m.end()):
            continue  # 科技部门, 有关部门: departments in general
        if label == "ORG" and suffix == "党组" and re.match(r"织|副?书记", norm[m.end() :]):
            continue  # 党组织 is a word; 党组书记 is a post (G6: the body is the one before)
        name = _name_before(norm, m.start(), boundary, extra)
        if label == "PARK":
            name = _BARE_ZONE.sub("", name)
        if label == "ORG" and _PLATFORM_RE.search(name + suffix):
            continue
        if not (_is_name(name) or label == "ORG" and _is_level_body(norm, m.start() - len(name), name, suffix)):
            continue
        if label == "ORG" and suffix in ("政府", "人民政府") and not _GOVERNMENT_OWNER.search(name):
            continue
        if label == "ORG" and suffix == "常委会" and not _COMMITTEE_OWNER.search(name):
            continue
        if label == "PARK" and suffix == "基地" and _NON_INDUSTRIAL_BASE.search(name):
            continue
        if label == "ORG" and suffix in ("局", "分局") and (_NOT_BUREAU.search(name) or norm[m.end() : m.end() + 1] in "面势"):
            continue
        if label == "ORG" and suffix == "厅" and _NOT_HALL.search(name):
            continue
        spans.append((m.start() - len(name), m.end(), label))
    return spans


def _park_spans(norm: str) -> List[CharSpan]:
    return _suffix_spans(norm, PARK_SUFFIXES, "PARK")


def _operator_spans(norm: str) -> List[CharSpan]:
    """Telecom operators' short names: 中国电信, 青海联通, 西宁移动 (a two-character place before
    移动/联通/电信, standing on its own after punctuation or a boundary word)."""
    spans = []
    for m in _OPERATOR_RE.finditer(norm):
        name = _name_before(norm, m.start(), _PARK_BOUNDARY_RE)
        if name == "中国" or len(name) == 2 and _OPERATOR_PLACE.fullmatch(name) and not _GENERIC_RE.match(name):
            spans.append((m.start() - len(name), m.end(), "ORG"))
    return spans


def _org_spans(norm: str) -> List[CharSpan]:
    spans = _suffix_spans(norm, ORG_SUFFIXES, "ORG")
    # 科技部门, 有关部门: 部 followed by 门 is a department in general, not a ministry
    spans += [(m.start(), m.end(), "ORG") for m in _CLOSED_ORG_RE.finditer(norm)
              if not (m.group(0).endswith("部") and norm.startswith("门", m.end()))]
    spans += _operator_spans(norm)
    return spans


# ============================================================================================
# Putting the regex layer together
# ============================================================================================


def _in_title(norm: str, start: int, end: int) -> bool:
    """Inside 《…》: nothing in a title is annotated."""
    left = norm.rfind("《", 0, start)
    return left >= 0 and "》" not in norm[left:start] and "》" in norm[end:]


def resolve_overlaps(spans: Iterable[Tuple[int, int, str]], priority: Optional[Dict[str, int]] = None) -> List[CharSpan]:
    """Longest span first (G1/G3: 西宁经济技术开发区管委会 beats 西宁经济技术开发区), then the
    label priority, then the leftmost; the result has no overlaps and is in text order."""
    priority = priority or {}
    chosen: List[CharSpan] = []
    taken = set()
    for start, end, label in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), -priority.get(s[2], 0), s[0])):
        if end <= start or any(i in taken for i in range(start, end)):
            continue
        chosen.append((start, end, label))
        taken.update(range(start, end))
    return sorted(chosen)


def find_rule_spans(text: str, labels: Optional[Iterable[str]] = None) -> List[CharSpan]:
    """All regex entities in `text` as (start_char, end_char, label), non-overlapping, in order."""
    wanted = set(labels) if labels is not None else set(LABELS)
    norm = normalize_text(text)
    finders = {"MONEY": _money_spans, "METRIC": _metric_spans, "PARK": _park_spans, "ORG": _org_spans}
    # every finder runs, so that e.g. a MONEY amount still blocks a METRIC inside it even when
    # only METRIC is wanted; labels are filtered after the overlaps are resolved
    spans = [s for finder in finders.values() for s in finder(norm)]
    spans = [s for s in spans if not _in_title(norm, s[0], s[1])]
    # MONEY over METRIC for the same stretch; names before numbers
    resolved = resolve_overlaps(spans, {"MONEY": 3, "ORG": 2, "PARK": 1, "METRIC": 0})
    return [s for s in resolved if s[2] in wanted]


@registry.misc("xn.regex_rules.v1")
def make_regex_rules() -> Callable[[str], List[CharSpan]]:
    """The regex layer as a registered function (text -> [(start, end, label)])."""
    return find_rule_spans


# ============================================================================================
# Gazetteer patterns
# ============================================================================================


@registry.misc("xn.entity_patterns.v1")
def read_patterns(path: Optional[str] = None, labels: Optional[List[str]] = None) -> List[dict]:
    """span_ruler patterns from a JSONL file ({"label": ..., "pattern": str | [token dicts]});
    no path gives no patterns. `labels` keeps only those labels."""
    if not path:
        return []
    patterns = list(srsly.read_jsonl(path))
    return [p for p in patterns if labels is None or p.get("label") in labels]


class _Gazetteer:
    """String patterns searched in the normalised text; token patterns through spaCy's Matcher."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.patterns: List[dict] = []
        self._strings: Dict[str, str] = {}
        self._string_re: Optional["re.Pattern"] = None
        self._matcher = Matcher(vocab)

    def add(self, patterns: Iterable[dict]) -> None:
        for p in patterns:
            if not isinstance(p, dict) or "label" not in p or "pattern" not in p:
                raise ValueError(f"xn_entity_rules: a pattern needs 'label' and 'pattern': {p!r}")
            self.patterns.append(dict(p))
            if isinstance(p["pattern"], str):
                key = normalize_text(p["pattern"].strip())
                if key:
                    self._strings.setdefault(key, p["label"])
            else:
                self._matcher.add(p["label"], [p["pattern"]])
        self._string_re = re.compile(_alt(self._strings)) if self._strings else None

    def clear(self) -> None:
        self.__init__(self.vocab)

    def char_spans(self, doc: Doc, norm: str) -> List[CharSpan]:
        spans = []
        if self._string_re is not None:
            spans += [(m.start(), m.end(), self._strings[m.group(0)]) for m in self._string_re.finditer(norm)]
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
        rules: Optional[Callable[[str], List[CharSpan]]] = None,
        scorer: Optional[Callable] = None,
    ):
        self.name = name
        self.labels = list(labels)
        self.overwrite_labels = list(overwrite_labels)
        self.rules = rules if rules is not None else find_rule_spans
        self.scorer = scorer
        self.gazetteer = _Gazetteer(nlp.vocab)

    # -- patterns ---------------------------------------------------------------------------

    @property
    def patterns(self) -> List[dict]:
        return list(self.gazetteer.patterns)

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        self.gazetteer.add(patterns)

    def initialize(self, get_examples=None, *, nlp=None, patterns: Optional[Iterable[dict]] = None) -> None:
        if patterns is not None:
            self.gazetteer.clear()
            self.add_patterns(patterns)

    # -- running ----------------------------------------------------------------------------

    def find(self, doc: Doc) -> List[Span]:
        """The rule entities of `doc` (not yet merged with doc.ents)."""
        norm = normalize_text(doc.text)
        regex = [s for s in self.rules(doc.text) if s[2] in self.labels]
        gazetteer = [s for s in self.gazetteer.char_spans(doc, norm) if s[2] in self.labels]
        gazetteer = [s for s in gazetteer if not _in_title(norm, s[0], s[1])]
        # gazetteer names are checked facts: they win ties against the regex guesses
        chars = resolve_overlaps(
            [(s, e, l) for s, e, l in gazetteer] + regex,
            {label: 10 for label in {l for _, _, l in gazetteer}},
        )
        spans = []
        for start, end, label in chars:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        # expansion to token boundaries can make neighbours overlap
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        existing = list(doc.ents)
        removed: List[Span] = []
        added: List[Span] = []
        for span in self.find(doc):
            clashes = [e for e in existing if e.start < span.end and span.start < e.end]
            if clashes and span.label_ not in self.overwrite_labels:
                continue
            for e in clashes:
                existing.remove(e)
                removed.append(e)
            added.append(span)
        if not added:
            return doc
        # tokens of a replaced entity that the new span does not cover become O
        covered = {i for s in added for i in range(s.start, s.end)}
        outside = [doc[i : i + 1] for e in removed for i in range(e.start, e.end) if i not in covered]
        doc.set_ents(sorted(existing + added), outside=outside, default="unmodified")
        return doc

    def score(self, examples, **kwargs):
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    # -- serialisation: only the gazetteer (the config holds everything else) -----------------

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"patterns": self.patterns})

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> "EntityRules":
        self.gazetteer.clear()
        self.add_patterns(srsly.msgpack_loads(bytes_data).get("patterns", []))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.patterns)

    def from_disk(self, path, *, exclude=tuple()) -> "EntityRules":
        path = Path(ensure_path(path)) / "patterns.jsonl"
        self.gazetteer.clear()
        if path.exists():
            self.add_patterns(srsly.read_jsonl(path))
        return self


@Language.factory(
    "xn_entity_rules",
    default_config={
        "labels": list(LABELS),
        "overwrite_labels": [],
        "rules": {"@misc": "xn.regex_rules.v1"},
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_entity_rules(
    nlp: Language,
    name: str,
    labels: List[str],
    overwrite_labels: List[str],
    rules: Callable[[str], List[CharSpan]],
    scorer: Optional[Callable],
) -> EntityRules:
    return EntityRules(nlp, name, labels=labels, overwrite_labels=overwrite_labels, rules=rules, scorer=scorer)
