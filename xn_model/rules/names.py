"""ORG and PARK by name + suffix over the normalised text: the run of name characters before a
suffix (公司, 管委会, 工业园区 …), cut at boundary words that cannot be part of a name, plus closed
lists of short government bodies and the telecom operators' short names."""

import re
from collections.abc import Set
from typing import Optional

from ..lexicon import DIGIT_MEASURE_WORDS
from .amounts import CJK_UNIT, CN_ALL
from .name_words import (
    CLOSED_ORGS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    LEGAL_ROLES,
    NEWS_VERBS,
    ONE_CHARACTER_KINDS,
    ORG_SUFFIXES,
    PARK_ONLY_VERBS,
    PARK_SUFFIXES,
    PLACE_OWNED_KINDS,
    REGIONS,
    TITLES,
)
from .places import LONGEST_PLACE, PLACES, PROVINCES, places_before, starts_a_place
from .util import CharSpan, alt, next_char

# ============================================================================================
# Names: PARK and ORG
# ============================================================================================

# A name is a run of these characters before a suffix: CJK, Latin letters and digits (TCL, 360),
# brackets (中国移动（西宁）…, 西宁(国家级)…) and the middle dot.
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-zÀ-ÖØ-öø-ÿ0-9()（）·]")
_MAX_NAME = 20

# fmt: off
# the last characters of bodies' names: 联合/会同 after one is the verb "jointly with"
BODY_END = "委局厅院司团行会部心队所社校府处"
# what may stand right before 联合/会同 used as a verb: a body's end (also a hospital's department,
# 科协, 妇联, a 联盟), or the bracket or quote that closes its short name (（以下简称“市发改委”）联合市工信局)
BEFORE_JOINTLY = BODY_END + "科协联盟学报馆站台）)”」’"
# 和 joins two names (A和B) except inside 共和 (共和县) and in the department formula 经济和…,
# 工业和… (工业和信息化部, 园区经济和科技发展局); 由 is a preposition except in 自由.
# 联合/会同/携手 right after a body's last character is the verb "jointly with":
# 共青团青海省委联合省教育厅 (but 中国联合网络通信 keeps its 联合).
_CONJUNCTIONS = (
    # not in places that start with 和 (泽库县和日镇, 和林格尔, 和田)
    rf"(?<!共)(?<!经济)(?<!工业)和(?!日(?!本)|林格尔|田|平区|政|顺|龙|静|硕)|(?<!自)由|(?<=[{BEFORE_JOINTLY}])(?:联合(?![会体社总])|会同)"
    # 并 "and" except in words (并行科技, 并购); 部分 "some" except after a region (西部分院)
    r"|并(?![行购入网列])|(?<![东西南北中])部分"
    # 也 "also" (西藏也|搭上…), not 也门
    r"|也(?!门)"
    # 为 "for, as" (为…医院完成, 成为, 作为) except in 华为; 经 "by" (经…政府研究) except in 经济, 经开 …
    r"|(?<![华有])为|(?<![已曾神财])经(?![济开信贸营委纬典验历理过费销纪])"
    # 受 "by" (受…委托), 获 "obtain" (已获…核准), 称 "say" (…公司称该基地), except in words
    r"|受(?![理到益让伤灾损邀限])|(?<![捕俘斩])获(?:得|批|评|准|奖|悉)?|(?<![名简号俗统职昵声宣堪])称(?!多|号|为|呼)"
    # 就 "then, just" except in 就业 (青海省就业服务局)
    r"|就(?!业)"
    # 向 "to, towards" before the body addressed (向黔东南州政府, 向…法院起诉), except in words
    # (方向, 导向, 走向) and in 向阳
    r"|(?<![方导走去指动意志倾风转])向(?!阳)"
)
# 据 "according to" before a source (据宁夏广播电视台, 据省统计局), except in 数据, 根据, 依据, 证据, 占据
_ACCORDING_TO = r"(?<![数根依证占])据"
# 等 "and so on" ends a list, except in 高等, 中等, 初等, 平等 (青海高等职业技术学院)
_ET_CETERA = r"(?:(?<![高中初平同])|(?<=[一二三四五六七八九十]中))等地?"  # (北京四中|等学校)
# a rank before a name (第一名|中国电建…有限公司, 第二名…)
_RANK = r"第(?:\d+|[一二三四五六七八九十]+)名"
# a date before a name (6月底招商银行, 5月13日中国人民银行, 2024年中国移动), and quarters (今年前三季|…)
_DATE = r"\d+(?:年度|年|月|日|号)(?:底|初|末|中旬)?前?|[首前第][一二三四]季度?|[一二三四]季度"
# 专家 "experts" of a body before a site or a body (…预警中心专家以|…示范区为例), not in 专家委员会
_EXPERTS = r"专家(?!委员会|组|咨询|库)"
# 指导 "to guide" bounds a name, but not inside a guidance centre or station (…就业指导中心)
ORG_BOUNDARY_RE = re.compile(
    rf"{alt(FUNCTION_WORDS + NEWS_VERBS + TITLES + LEGAL_ROLES)}|{_CONJUNCTIONS}|{_ACCORDING_TO}|{_ET_CETERA}|{_DATE}|{_RANK}"
    r"|指导(?!中心|站)"
    # "jointly with" before a level's body or a body named from its place, or after the police
    # (近日联合|省慈善总会, …百货联合|中国银行青海省分行, 民警联合|…街道办事处; not 北京联合大学,
    # 中国联合网络通信), and "inspected" (共检查|学校…; not 纪律检查委员会)
    rf"|联合(?=[省市县区州]|高新区|开发区|经开区|中国(?!网络|航空|重型)|国家|{alt(sorted(PLACES))})"
    r"|(?<=警)联合|检查(?![委院站所组局室])"
    # 以 "taking" before a level's body or a body named from its place (…卫健委以|海东市第一人民医院…为龙头)
    rf"|以(?=[省市县州]|{alt(sorted(PLACES))})"
    # 系 "is" before a national or a place's body (五矿盐湖系|中国五矿集团有限公司下属企业); a listed
    # company before its name (港股上市公司|金川集团…), not 中国上市公司协会
    rf"|系(?=中国|{alt(sorted(PLACES))})|上市公司(?!协会|联合会|分会)"
    # "inspecting" (…法务局稽查|百货公司), not a bureau's inspection unit (税务局第一稽查局)
    r"|稽查(?![局队处所组])"
    # "funding" (…会资助|农村小学), not a grants bureau (…政府研究资助局); "aiding" (对口支援|…县),
    # not an aid and co-operation office (北京市支援合作办公室) nor an aiding province's headquarters
    # (江苏省对口支援青海省海南州前方指挥部)
    r"|资助(?!局)|支援(?!合作|[^，。、；]{2,16}?前方指挥部)"
    # "comment" (不评论|个别公司), not a paper's commentary desk or its writers (评论部, 评论员);
    # "rebuild" (协助重建|当地学校), not in a body for the rebuilding after a disaster (…灾后重建现场指挥部)
    r"|评论(?![部员])|(?<!灾后)重建"
    # "train" (定向培养|小学全科教师), not in a training centre or base
    r"|培养(?!中心|基地)"
    # "form together" (与一家港资企业合组|公司), not inside 联合组建 "set up jointly"; "hand over to"
    # a level's body (…提案委员会交|省生态环境厅)
    r"|合组(?![建成织])|(?<=[会厅局委办])交(?=[省市县州])"
    # peers (同业|瓦城泰统集团), not a trade association (…同业公会); Cantonese 同 "and, with" before a
    # place or a national body (…厅同|澳门特别行政区政府旅游局, 佢哋同|中国联通…; not 大同, 同仁, 同心)
    rf"|同业(?!公会)|(?<!大)同(?=[省市县州]|国网|国家|中国|{alt(sorted(PLACES))})"
    # "investigated" (查处|…公司), not an investigation office (…调查局新北市调查处)
    r"|(?<!调)查处"
    # "supply to" a company (全部供应|中国石化…有限责任公司), not a supply-chain company or a supplier
    r"|供应(?!链|商)"
    # 送 "deliver to" (…其中送|国网河南省电力公司经营区), not in 送变电 or a delivery firm (闪送, 快送)
    r"|(?<![快闪急])送(?!变电)"
    # 指 "pointed to" a determined body (并指|该公司; not 指挥部, 指数), 相关 "relevant" after a body
    # (国家能源局|相关司局: its offices in general)
    r"|指(?=[该其此这那])|(?<=[局委部厅办院])相关"
    # 则 "whereas" between two bodies (…分行则联合…), not in 规则, 原则, 准则, 法则, 细则, 年保玉则
    r"|(?<![规原准法细守总玉])则"
    # 系 "is" after a company (该公司系|广东…有限公司的全资子公司), not a university's department
    r"|(?<=公司)系"
    # "passed" a body's certification (组件通过|中国质量认证中心…认证); not 交通 before 过
    r"|(?<!交)通过"
    # a site "jointly" building (…大数据基地联合建设|…实验室)
    r"|(?<=基地|园区|中心)联合"
    # 厂商 "makers" describe the company named after them (科技厂商|…), but not in 厂商联合会
    r"|厂商(?!联合会|会)"
    # "sent" a group (…厅派出|工作组, …局已派驻|工作组); not 派出所
    r"|派出(?!所)|派驻"
    # "formed" (…卫生健康委组成|联合工作组); not 组成员 of a team
    r"|组成(?!员)"
    # 驻 "sent into" after a discipline commission: the group it sends is a unit of the commission,
    # which units.sub_unit_end joins (省纪委监委|驻省自然资源厅纪检监察组)
    r"|(?<=[纪监]委)驻"
    # 对 "to", not 对外 "external" (对外经济贸易大学); 组织 "organised" after a body (…监管局组织|辖区…,
    # …管理委员会组织|中建五局), not the word in 组织部, 组织委员会, 上海合作组织秘书处
    # 代表 "represent" (代表|省委), not in 人民代表大会 or 代表处 (…驻华代表处)
    rf"|代表(?!大会|处)|对(?!外|口支援[^，。、；]{{2,16}}?前方指挥部)|组织(?!部|委员会|人事|处|科|秘书|驻|[)）])|{_EXPERTS}"
)
# Government departments named by two fields joined by 和 (发展和改革委员会, 人力资源和社会保障局,
# 国家林业和草原局, 文化和旅游厅): the 和 is inside the name when a short field follows it up to a
# department suffix, the field before it is not itself a body (省教育厅和市数据局) and the one
# after it does not start with a level (…和市数据局).
_DEPARTMENT_SUFFIXES = ("委员会", "局", "厅", "部", "委", "办公室", "署")
# 与 joins two fields too (政务服务与数据管理局), but never after a school or an institute or before China
# or a place (…大学与|中铁…局, …交易所与|青海省数据局)
_JOINED_FIELDS = re.compile(
    rf"(?<=[^委局厅院司团行会部府社署处])(?:[和及]|(?<![学所])与(?!中国|中共|国家|{alt(sorted(PLACES))}))"
    r"(?=[^省市县区州和与][^和与]{1,5}$)"
)
# 运营 "to run" bounds a site, but not inside 运营商 (运营商大型数据中心); 指导 as for ORG
_PARK_BOUNDARY_RE = re.compile(
    rf"{alt(FUNCTION_WORDS + NEWS_VERBS + PARK_ONLY_VERBS + TITLES + LEGAL_ROLES)}|{_CONJUNCTIONS}|{_ACCORDING_TO}|{_ET_CETERA}"
    # a date inside a site's stretch is the project's (中国移动2024年至2025年|新型智算中心)
    rf"|{_DATE}"
    r"|运营(?!商)|指导(?!中心|站)|对(?!外)|代表(?!大会|处)|(?<!灾后)重建|(?<!调)查处"
    # 发展 "develop" before a site, but not inside …产业发展园区 (海南州绿色产业发展园区)
    r"|(?<!产业)发展"
    rf"|{_EXPERTS}"
    # 以 "taking … (as an example)" before a site (以|茫崖冷湖光伏治沙示范区为例), not 以色列, 以岭
    r"|以(?!色列|岭)"
    # 驻 "stationed in" before a site (…法院驻|南川工业园区…工作站), not 驻马店
    r"|驻(?!马店)"
)
# national committees and associations whose names begin with 全国 (elsewhere 全国 is a scope)
_NATIONAL_KINDS = ("委员会", "管委会", "联合会", "协会", "学会", "联谊会")
# the leading words that make a plural (多家, 众多, 各, 首批), not a determiner of one name (该, 旗下)
_PLURAL_WORDS = ("多家", "多个", "多间", "多处", "多宗", "多栋", "多座", "多地", "一批", "众多", "诸多", "首批", "各", "每", "部分", "更多", "个别")  # fmt: skip
_PLURAL_LEAD = re.compile(alt(_PLURAL_WORDS))
# what a maker sells under a site's kind word (模块化数据中心方案, 数据中心解决方案, 数据中心产品)
_PRODUCT_WORDS = ("方案", "解决方案", "产品", "整体方案", "架构")
# a stock code in brackets, and a count of bodies right before a name (12个, 两家, 三所)
_STOCK_CODE_INSIDE = re.compile(r"\(\d{4,6}\)")
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[个家所]$")
# Determiners and generic scopes that open a noun phrase but are not part of a name.
_LEADING_GENERIC = re.compile(
    r"^(?:我省|我市|我区|全省|全市|全区|全州(?!县)|全县|[一二]审|原审|终审|全国各地|全国|全台|全港|全澳|全岛|省内|市内|区内|州内|县内|辖区|当地|本地|外地|外省|相关|有关|所属|旗下|下属|"
    # the school or hospital just named (该校附属医院), inside a site just named (…基地内|中国移动…)
    r"[该本我][校院]|内地|内(?!蒙古|政|江|务)|国内|周边|"
    # "the company's" or "the group's" before its site (公司|青海大基地, 集团|射洪基地)
    r"公司|集团|"
    # Taiwan's mainland before a mainland body (中国大陆|中央气象台; not 大陆委员会)
    r"中国大陆|大陆(?!委员会)|"
    r"这家|那家|一起|[这那此该]处|[这那]座|[这那一]片|另一[处座家个]|一处|一间|该|本|此|这|那(?!曲)|其|首个|"
    rf"{alt(_PLURAL_WORDS)}|"
    r"下一批|新一批|"
    # "towards" (推动向|国有资本投资公司转型), not in 向阳, 向日葵
    r"向(?![阳日荣])|"
    # former (原壳牌中国集团, 前中国电子科技集团…): not 原子, 前海, 前进
    r"原(?![子平野料油材煤])|前(?![海进锋沿程景])"
    r")+"
)
GENERIC_RE = re.compile(rf"^(?:{alt(GENERIC_WORDS)})+$")
_GENERIC_SET = frozenset(GENERIC_WORDS)
# a number with a measure word opens a counted noun phrase, not a name (两家公司, 3个产业园,
# 第二批园区), and so does a count with 大 (四大园区, 三大运营商: "the four major ...")
# (a measure word that counts after digits only, after digits: 8间银行, not 五道梁气象站)
_COUNTED_RE = re.compile(
    rf"^第?(?:(?:\d+|[{CN_ALL}]+)(?:[余多]?(?:{CJK_UNIT})|大)|\d+[余多]?(?:{alt(DIGIT_MEASURE_WORDS)}))"
)
# Praise and rank words make a description, not a name (全国首个…生产基地, 全国重要…产业基地)
_DESCRIPTIVE_RE = re.compile(r"首个|首家|首座|重要|领先|最大|最强|一流|知名|世界级|[十百千万]吨级|[十百千万]亿元?级?")
# a count inside the stretch before a suffix makes it a plural description (海西两个…能源基地,
# 省内三家…公司), and so do several and every (北京多家…银行, 宜春市各…公司); 第 makes an
# ordinal, and 一 is left alone (一汽, 三一重工)
# one of them, another one (西北一处…新能源基地, 另一座大型数据中心, 当地这处…基地)
_ONE_OF_THEM = r"另一[处座家个]|[这那此该]处|一处|一座|一家|一个|一所|一套|一支|一间|一片"
_COUNT_INSIDE = re.compile(
    r"(?<!第)[两二三四五六七八九十]+(?:个|家|座|批|所|大|省|市|县|级|年|地|部)|[一二两三四五]室|\d+[余多]?[家个座所]|[多数几][十百千]?(?:家|个|座|所)|各大?"
    rf"|{_ONE_OF_THEM}"
    # a place's local one (青海当地|电力公司)
    r"|当地"
    # an ordinal batch (第三批省级示范合作社)
    r"|第(?:\d+|[一二三四五六七八九十]+)批"
)
_QUANTITY_IN_NAME = re.compile(rf"\d+(?:\.\d+)?[余多]?[万亿]*(?:{CJK_UNIT}|元)")

# Bases that are not industrial sites (布龙精神教育基地)
_NON_INDUSTRIAL_BASE = re.compile(
    r"(?:教育|实践|实习|培训|培养|研学|爱国主义|志愿服务|廉政|国防|党性|管护|育苗|苗木|军|军事|潜艇|导弹|自卫队|训练|体育|天文|观测|育人|传习)$"
)
# a base named by what is made there and nothing else is a description (锂盐生产基地, 锌冶炼基地);
# with a place in front it is a site (某某青海生产基地)
_ACTIVITY_BASE = re.compile(r"(?:生产|冶炼|加工|制造|研发|种植|养殖|繁育|培育|储备|试验|中试|实训|实证|奶源|饲草料?)$")
# A park named after a zone it lies in starts after the zone (开发区东川园区 -> 东川园区), and a
# park name never runs through the end of a body's name (…管委会负责西宁经济技术开发区).
_PARK_CUT = re.compile(r"(?:管委会|委员会|常委会|政府|法院|检察院|公司|集团|局|厅|(?:新)?[一二三四五六七八九十]期)")
_SITE_CUT = re.compile(
    r"(?:开发区|高新区|经开区|园区|工业区|产业园区?|工业园区?|科技园区?|科学园区?|科学城|科技城|工业邨|基地(?=内)|管委会|委员会|政府|局|厅)"
)
# A bare zone word in front of a park is the back-reference, not part of the name
# (开发区东川园区 -> 东川园区); with a real zone name in front the whole is one park
# (西宁开发区东川园区, G1).
_BARE_ZONE = re.compile(r"^(?:经济技术开发区|开发区|高新区|经开区|园区|工业区)")

# A trade ends a company's name only when no company kind word comes before it (…有限公司|证券上市
# 规则) and no word goes on after it (信托基金, 证券市场, 证券业, 控股股东)
_TRADE_SUFFIXES = (
    "信托", "证券", "控股", "锂业", "矿业", "硅业", "镁业", "铝业", "钾业", "铜业", "锌业", "钛业", "城投", "财险", "寿险", "乳业",
    "产险", "投信", "投顾",
)
_TRADE_GOES_ON = re.compile(
    r"基金|市场|业|公司|集团|交易|投资|股东|子公司|机构|行业|类|化|产品|账户|从业|"
    # 股份制, 矿业权, 锂业分会, 矿业开发, 提锂业者: the trade as a word of the phrase
    r"有限|制|合作|权|开发|经济|分会|协会|资源|企业|产业|领域|巨头|龙头|板块|转让|比例|变动|结构|总数|数|代码|安全|大会|者|务|债|平台|期货"
    # 整顿矿业秩序: the trade's order
    r"|秩序"
)
# Official designations of innovation platforms inside a company or university, not bodies
# (青海省碳纤维工程技术研究中心, 省级重点实验室)
PLATFORM_RE = re.compile(r"(?:工程技术研究中心|工程研究中心|技术中心|重点实验室|工程实验室)$")
# Company-type suffixes: a park name in front of them is the company's address, not its name
# (…东川园区|诺德新材料股份有限公司), unless the company is the park's own developer
# (…园区投资有限公司, …开发区建设集团).
_COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司", "集团")
_PARK_IN_COMPANY = re.compile(
    r"(?:开发区|高新区|经开区|园区|产业园|工业园)(?!投资|建设|开发|管理|运营|发展|服务|实业|控股|置业|城投)"
    # nor is a company ever part of a court's name (…人民法院依法受理|…有限公司)
    r"|法院|检察院|法庭"
)
# a company written by its trade (青海电信党委书记, 西宁特钢党委书记: the company, G6)
_TRADES_OWNING_A_COMMITTEE = ("电信", "移动", "联通", "特钢", "钢铁", "能源", "电网")
# bodies other than companies whose party committee is the body itself (G6: 某某大学党委书记,
# 中国电力企业联合会党委书记)
_PARTY_COMMITTEE_OWNERS = (
    "银行", "分行", "大学", "医院", "附院", "学院", "研究院", "研究所", "联合会", "协会", "学会", "电力",
    # a company written with 股份 (盐湖股份党委)
    "股份",
)  # fmt: skip
_COMMISSION_END = re.compile(r"国资委$")
_PARTY_COMMITTEE_OWNER_END = re.compile(
    rf"(?:{alt(_COMPANY_SUFFIXES + _PARTY_COMMITTEE_OWNERS + _TRADE_SUFFIXES + _TRADES_OWNING_A_COMMITTEE)})原?$"
)
# a court's name never runs through a company's (…有限公司不服|西宁市中级人民法院)
_COMPANY_IN_COURT = re.compile(r"(?:公司|集团)")
_LEVEL = "省市县区州"
# Bodies that a bare administrative level may stand for on its own (省总工会, 市政府, 县法院): every
# body a place owns and these
_LEVEL_BODIES = PLACE_OWNED_KINDS + (
    "总工会", "工会", "妇联", "残联", "科协", "侨联", "政府", "人民政府", "人民法院", "法院", "国资委",
    "人民检察院", "检察院", "发改委", "发展改革委", "卫健委", "政法委", "纪委", "监委", "教委", "网信办",
    "交警支队", "交警大队", "消防救援支队", "消防救援大队", "消防救援总队",
    # commissions old and new (省经委, 省经信委)
    "经委", "经信委", "工信委", "计委", "建委", "民委", "农委", "商务委", "科委", "卫生健康委", "编办",
    "经贸委", "青联", "学联", "民宗委", "气象台", "消协", "防汛办", "歌舞团",
    # a level's cultural centre and museum (联合|县文化馆)
    "文化馆", "博物馆",
)
# a port's customs office takes the port's name, which is no place of ours as often as not (吉隆海关,
# 曹家堡海关); two or three characters, not a kind of port or customs (口岸海关, 出境海关, 当地海关)
_CUSTOMS_OWNER = re.compile(
    r"(?!出口|进口|当地|各地|属地|口岸|出境|入境|边境|地方|沿海|全国|所在|目的|监管|直属|隶属|本地|外地|两地|海外|境外|相关|有关|主管)"
    r"[\u3400-\u9fff]{2,3}"
)
# A government 政府 is always a level's (西宁市政府, 湟中区人民政府): 数字政府, 属地政府 and 翻开政府
# (工作报告) are not bodies. Likewise a standing committee 常委会 is a congress's or a
# committee's (市人大常委会, 市委常委会), not a bare back-reference (协助常委会).
_GOVERNMENT_OWNER = re.compile(rf"[{_LEVEL}镇乡旗盟村]$")
_COMMITTEE_OWNER = re.compile(rf"(?:人大|政协|委|[{_LEVEL}])$")
# common words that end in a suffix character but are not bodies (布局, 格局, 大厅, 餐厅)
# (政局 is the political situation, but 民政局, 财政局, 邮政局 are bureaus)
_NOT_BUREAU = re.compile(r"(?:布|格|大|开好?|结|当|(?<!十)一|骗|(?<!安)全|时|变|破|新|定|胜|残|僵|赌|饭|棋|出|终|危|困|(?<![民财邮])政)$")
# bases for teaching, training and practice (实训基地, 研学基地, 教育基地, a club's 青训基地)
_TEACHING_BASES = ("实训", "培训", "实践", "研学", "教育", "教学", "科普", "见习", "青训")
_NOT_HALL = re.compile(r"(?:大|餐|客|(?<!发)展|舞|门|歌|宴|播)$")  # not 旅游发展厅
# banking services, not banks (中国银行|手机银行, 网上银行)
_BANKING_SERVICE = re.compile(r"(?:手机|网上|电子|直销|数字)$")
# ORG kind words followed by these open another word, and name no body
_GOES_ON_INTO_A_WORD = {
    "大学": ("生",),  # 大学生, 学院生: students, not the school
    "学院": ("生",),
    # 局长 is a post (发展局局长); 局部地区 "local areas" and 局地积雪 "in places" are no bureau
    "局": ("长", "部地", "部分", "地积", "地降", "地强", "地有", "地出现", "地暴"),
    # a customs area or site (…开发区海关监管场所, 海关特殊监管区域) is no customs office (but 西宁海关|监管…)
    "海关": ("监管场所", "监管区", "监管作业场所", "监管仓", "特殊监管"),
    "厅": ("长",),
    # a card, an account, the interbank market, the trade (a named bank's loan is its own)
    "银行": ("卡", "账户", "间", "业"),
    "公司": ("债",),  # 公司债 is a kind of bond
    "网": ("络",),  # 建设网络: a network, not a site
    "中学": ("生",),  # 高中学生, 中学生: students, not a school
    "小学": ("生",),
    # 设计委托, 人民委托: the commission words of a level open 委托 "to entrust"
    **{kind: ("托",) for kind in ("经委", "计委", "建委", "民委", "农委", "商务委")},
    "分会": ("场",),  # 分会场 is a venue
    "联合会": ("商",),  # 联合会商: "consult jointly" (…气象局|联合会商研判)
    "总会": tuple("计议场有是在能把会要长"),  # 总会计师, 总会长 are posts, 总会有 "will always"
    # an airline's company, port, trade or works (…航空公司 is found by 公司; 航空港, 航空业, 航空工业)
    "航空": ("公司", "港", "业", "器", "运", "物流", "工业", "集团", "产业", "航天", "城", "母舰", "学院", "大学", "口岸", "兵", "自卫"),
    "实验室": ("认可",),  # CNAS实验室认可 is an accreditation
    "监测站": ("点",),  # 监测站点: monitoring sites
    "商会": ("议",),  # 部省会商会议 is a meeting
    "学联": ("合",),  # 医学联合: not a students' federation
    "青联": ("合", "络"),  # 驻青联络机制: liaison, not a youth federation
    # 工商联合会, 归国华侨联合会: the federation's full name, found by 联合会
    **{kind: ("合",) for kind in ("工商联", "侨联", "台联")},
    # 外办理, 金融办公室: the office's kind word opens another word
    **{kind: ("理", "公", "事") for kind in ("外办", "金融办", "侨办")},
    # 报 opening a verb (同时报道, 电商报告, 报名, 报送), not a paper's name
    **{kind: tuple("道告名送到销价表批备案刊出") for kind in ORG_SUFFIXES if kind.endswith("报")},
    # and a known paper's name (李明报道 is no 明报; but 中国纪检监察报刊文 is the paper)
    "报": tuple("道告名送到销价表批备案出"),
    "政府": ("债",),  # 青海省政府债券: the government's bonds
    # a day named after a kind (国际博物馆日; not 宁夏博物馆日前); a known name that opens a site's
    # kind (西部数据|中心)
    "国际博物馆": ("日",),
    "部": ("署",),  # …高地建设部署: "to deploy", not 建设部
    "数据": ("中心",),
}
# 移动/联通/电信 as an operator, not the words mobile/connect/telecom (移动互联网, 电信诈骗)
_OPERATOR_RE = re.compile(
    r"(?:移动|联通|电信)(?!通信|互联|支付|终端|端|应用|办公|业务|网络|用户|号码|诈骗|化|性|式|设备)"
    # the post and the traffic police of a place, written the same way (西宁邮政, 西宁交警)
    r"|邮政(?!编码|储蓄|快递|业务|网点|局)|交警(?!支队|大队|部门)"
    # the tower company of a province (青海铁塔), like its operators; not a pylon's parts
    r"|铁塔(?![基站架塔])"
)
# the two characters before an operator are a place: not a direction (向东移动) or a noun head
# (人员移动, 车辆移动)
_OPERATOR_PLACE = re.compile(r"[^\W\d_A-Za-z向往朝逐缓][^\W\d_A-Za-z员者人物体车辆量位]")
# a closed-list body inside a longer name (西宁市委) loses to the longer span when overlaps resolve
# (not after 各/每/全, nor levels together: 各省政府, 全省政府系统, 各市州政府 are generic)
# 省委会, 市委会: a democratic party's committee of that level (各民主党派省委会), not the CPC's 省委
# (省委会同省政府 is 省委 + 会同 "jointly with", 省委会议 its meeting)
_PARTY_COMMITTEE_OF_A_PARTY = "会(?![同议见商])"
_PARTY_COMMITTEE_OF_A_PARTY_RE = re.compile(_PARTY_COMMITTEE_OF_A_PARTY)
# 省委会, 市委会 are a democratic party's committees, 上市委 a listing committee (各民主党派省委会, 深交所上市委);
# an office (市政府办) does not open 办理 "handle", 办公 "work"
_CLOSED_ORG_RE = re.compile(
    # China's own ministries written with the country, like other countries' (中国商务部, 美国商务部)
    rf"(?<![各每全本外跨上])(?:中国)?(?!(?<=市)州|(?<=[县区])[区县]|(?<=[州市])县)(?:{alt(CLOSED_ORGS)})"
    # not 委员会, a democratic party's committee, 办理, nor a government's bonds (省政府债券)
    rf"(?!员会|{_PARTY_COMMITTEE_OF_A_PARTY}|(?<=办)[理公事法学]|(?<=政府)债)"
)
# fmt: on


def is_departments_word(norm: str, end: int) -> bool:
    """The 部 ending at `end` opens the common word 部门 (科技部门, 有关部门: departments in
    general, not a ministry) or 部分 (组织部分委员: some of)."""
    return norm[end - 1 : end + 1] in ("部门", "部分") and not norm.startswith("分别", end)  # …俱乐部|分别


def _in_place(window: str, start: int, end: int) -> bool:
    """window[start:end] is part of a longer place name written around it."""
    for place_start in range(max(0, end - LONGEST_PLACE), start + 1):
        for place_end in range(end, min(len(window), place_start + LONGEST_PLACE) + 1):
            if place_end - place_start > end - start and window[place_start:place_end] in PLACES:
                return True
    return False


# how far past a stretch the boundary words' lookaheads read (the kind word after it)
_BOUNDARY_LOOKAHEAD = 8


# a township named right after its county may open with a boundary word (称多县|称文镇人民政府)
_TOWNSHIP_OF_COUNTY = re.compile(
    r"(?<=[县区市旗])(?!的|和|与|及|乡镇)[\u4e00-\u9fff]{1,3}?[镇乡](?=人民政府|政府|党委|人大|卫生院|派出所)"
)


def name_before(
    norm: str,
    suffix_start: int,
    boundary: "re.Pattern",
    extra_cut: Optional["re.Pattern"] = None,
    department: bool = False,
) -> str:
    """The name part in front of a suffix: the run of name characters, cut at the last boundary
    word, without leading determiners or unbalanced brackets. May be empty."""
    i = suffix_start
    while i > 0 and suffix_start - i < _MAX_NAME and _NAME_CHAR.match(norm[i - 1]):
        i -= 1
    window = norm[i:suffix_start]
    # the boundary words are matched in the text itself, so that their lookaheads see the kind word
    # after the stretch (专家|委员会 is no boundary); a word that ends past the stretch is none.
    # A boundary word that is part of a place name is none (呼和浩特, 将军澳, 民和), unless a place
    # starts right after it (从|化隆县, not 从化)
    cuts = [
        m.end() - i
        for m in boundary.finditer(norm, i, suffix_start + _BOUNDARY_LOOKAHEAD)
        if m.end() <= suffix_start
        and (not _in_place(window, m.start() - i, m.end() - i) or starts_a_place(window, m.end() - i))
        and not _TOWNSHIP_OF_COUNTY.match(norm, m.start())
    ]
    if department:
        joined = {m.end() for m in _JOINED_FIELDS.finditer(window)}
        cuts = [c for c in cuts if c not in joined]
    # a counted quantity ends a noun phrase: 招聘813名|大学生, 两家|公司
    cuts += [m.end() for m in _QUANTITY_IN_NAME.finditer(window)]
    if extra_cut is not None:
        cuts += [m.end() for m in extra_cut.finditer(window)]
    if cuts:
        window = window[max(cuts) :]
    # a year written before a name belongs to the event, not the body (2024招商银行西宁半程马拉松赛),
    # and so does a scope after it (2029年全台资料中心)
    window = re.sub(r"^\d{4}(?:年)?", "", window)
    # a bracketed aside that opens the stretch is a byline or a note, not the start of a name:
    # （信报财经新闻）宁德时代…有限公司; so is a reporter's byline anywhere in it (…电（记者某某）)
    if window and window[0] in "（(":
        close = window.find("）" if window[0] == "（" else ")")
        if close > 0:
            window = window[close + 1 :]
    byline = _BYLINE_ASIDE.search(window)
    if byline:
        window = window[byline.end() :]
    # an opening bracket never closed belongs to the text around the name: 青海省（西宁开发区
    # and a closing bracket never opened closes the text before the name: （记者 啸宇）西宁…
    for open_b, close_b in (("（", "）"), ("(", ")")):
        last_open = window.rfind(open_b)
        if last_open >= 0 and close_b not in window[last_open:]:
            window = window[last_open + 1 :]
        first_close = window.find(close_b)
        if first_close >= 0 and open_b not in window[:first_close]:
            window = window[first_close + 1 :]
    window = window.lstrip("()（）·")
    # determiners are stripped after the brackets, so that one after an aside goes too (（同期声）该|…)
    stripped = _LEADING_GENERIC.sub("", window)
    if _DESCRIPTIVE_RE.search(window[: len(window) - len(stripped)]):
        return ""  # 全国首个…基地: praise makes the whole a description
    if _PLURAL_LEAD.search(window[: len(window) - len(stripped)]):
        return ""  # 多家|A股公司, 各|金融机构: several of a kind, no name
    return stripped


# a reporter's byline in brackets (（记者 某某）, (通讯员某某)): what follows it starts afresh
# and so is the writer's name in brackets after a dateline (中新网西宁10月9日电（孙睿）)
_BYLINE_ASIDE = re.compile(
    r"[（(][^（）()]*(?:记者|通讯员|实习生|摄影)[^（）()]*[）)]|(?<=电)[（(][^（）()]{2,12}[）)]"
)


# a compass region with a word of scope is no name (西北区域|服务中心; 西北大学, 西部云基地 are names)
_REGION_DESCRIBED = re.compile(rf"^(?:{alt(REGIONS)})(?:区域|地区|片区)$")

# a single 某 stands for a name the news withholds (青海某化工园区, 庆阳某智算中心): no name
_ANONYMISED = re.compile(r"(?<!某)某(?!某)")

# levels alone are a scope, not an owner (各县区人民政府, 省市县三级)
_LEVELS_ONLY = re.compile(r"[省市县区州镇乡村旗]{2,}")
# two levels opening a name make it a scope (各市州党委组织部); 省市场… is the market's
_LEVELS_SCOPE = re.compile(r"[省市县区州]{2}(?!场)")


def counts_things(text: str) -> bool:
    """A count opens or is inside `text` (两家, 三大, 海西两个…, 四部): a plural description, no name."""
    return bool(_COUNTED_RE.match(text) or _COUNT_INSIDE.search(text))


def is_name(name: str) -> bool:
    return (
        len(name) >= 2
        and not _LEVELS_ONLY.fullmatch(name)
        and not _LEVELS_SCOPE.match(name)
        and not GENERIC_RE.match(name)
        and not counts_things(name)
        and not _DESCRIPTIVE_RE.search(name)
        and not _ANONYMISED.search(name)
        and not _REGION_DESCRIBED.match(name)
    )


def _is_regional(name: str) -> bool:
    """A compass region alone, or after a country, describes centres (西北|数据中心, 中国西部|…)."""
    region = next((r for r in REGIONS if name.endswith(r)), None)
    return region is not None and (name == region or name[: -len(region)] in PLACES)


def government_owner(name: str) -> str | None:
    """What owns a 政府 written after `name`: the whole name when it ends in a level (西宁市, 湟中区),
    else the run of places it ends in (海东, 内蒙古, 马达加斯加: words before it are not the
    government's), else None (数字政府, 属地政府)."""
    if _GOVERNMENT_OWNER.search(name) and not name.endswith("乡镇"):
        return name  # not 乡镇, townships in general (沿河乡镇政府)
    start = places_before(name, len(name))
    if start == 2 and name.startswith("武警"):
        return name  # the armed police's corps of a place (武警青海总队)
    return name[start:] if start < len(name) else None


def _is_level_body(norm: str, name_start: int, name: str, suffix: str) -> bool:
    """省总工会, 市政府: a bare level before a body that every level has, unless a determiner
    makes it generic (各省政府, 全市工会)."""
    return (
        suffix in _LEVEL_BODIES
        and len(name) == 1
        and name in _LEVEL
        and norm[name_start - 1 : name_start] not in ("各", "每", "全", "本", "该", "外", "跨", "某", *_LEVEL)
        and not _LISTED_LEVELS.search(norm, 0, name_start)
    )


# levels listed after 各 (各市、|州人民政府, 各区、县人民政府): every one of them is generic
_LISTED_LEVELS = re.compile(rf"[各每](?:[{_LEVEL}]、)+$")


# a post in a party committee or group (党委副书记, 党委常委, 党组委员)
PARTY_POST = re.compile(r"副?书记|常委|委员")
# 党组织, a party organisation, is no body's group either
_PARTY_GROUP_POST = re.compile(r"织|" + PARTY_POST.pattern)


def _is_post_in_party_group(norm: str, start: int, end: int, body_start: int) -> bool:
    """党组 opens 党组织 or a post: 党组书记, and 党组成员 after 原, right before 党组 or before the body's
    name that starts at `body_start` (a person's former post: 原青海省卫生厅党组成员; 省政府党组成员一起
    are the group's members, the body), or with another post after it (工业和信息化部党组成员、副部长)."""
    if _PARTY_GROUP_POST.match(norm, end):
        return True
    if not norm.startswith("成员", end):
        return False
    if _ANOTHER_POST.match(norm, end + 2):
        return True
    return norm[start - 1 : start] == "原" or norm[body_start - 1 : body_start] == "原"


# a post after 党组成员 (…部党组成员、副部长)
_ANOTHER_POST = re.compile(r"[、，,]?(?:副?[部局厅司处省市县区州署]长|副?主任|副?书记|副?秘书长|总经济师|总工程师)")


# 部分 "some" before a word that opens with 行 (部分行政案件, 部分行程): there is no branch (分行)
_SOME_OF = re.compile(r"部分行[政程动为业使驶走人列]")


def _kind_words(pattern: "re.Pattern", norm: str, label: str):
    """The kind words `pattern` finds, left to right. An ORG kind word that opens another word
    (大学生, 局长, 银行卡, 公司债, 分会场, 同时报道) is none, and the search goes on inside it
    (尼泊尔工商|联合会: 工商联 opens 联合, 联合会 is the kind)."""
    pos = 0
    while m := pattern.search(norm, pos):
        if label == "ORG" and (opens_another_word(norm, m.end()) or _SOME_OF.match(norm, m.start() - 1)):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


def _is_party_committee(norm: str, suffix: str, start: int) -> bool:
    """A 党委, or a company's 党组 (a government body's 党组 is one of its own)."""
    return suffix == "党委" or suffix == "党组" and norm.endswith(_COMPANY_SUFFIXES, 0, start)


def _party_committee_owner(norm: str, start: int, end: int) -> re.Match | None:
    """The body whose party committee this is, when the committee stands for it: a company's
    (its kind word just before), or a commission's committee in a post (省国资委党委书记 ->
    省国资委; acting, 省国资委党委召开会议, the committee is one of its own)."""
    if owner := _PARTY_COMMITTEE_OWNER_END.search(norm, max(0, start - 8), start):
        return owner
    if _PARTY_GROUP_POST.match(norm, end):
        return _COMMISSION_END.search(norm, 0, start)
    return None


# the kind words of each label, compiled once (the alternation of some 400 words is costly to build);
# a 委 followed by 员会 is the start of 委员会 (政协青海省委员会), not a party committee's end
_KIND_WORDS_RE = {
    "ORG": re.compile(rf"(?:{alt(ORG_SUFFIXES)})(?!员会)"),
    "PARK": re.compile(rf"(?:{alt(PARK_SUFFIXES)})(?!员会)"),
}


def _suffix_spans(norm: str, label: str) -> list[CharSpan]:
    spans = []
    for m in _kind_words(_KIND_WORDS_RE[label], norm, label):
        suffix = m.group(0)
        boundary = _PARK_BOUNDARY_RE if label == "PARK" else ORG_BOUNDARY_RE
        extra = _PARK_CUT if label == "PARK" else None
        if label == "ORG" and suffix.endswith("政府"):
            # 省委省政府: the party committee written before is a body of its own
            extra = re.compile(r"(?:省委|市委|县委|区委|州委)")
        if label == "ORG" and suffix in _COMPANY_SUFFIXES:
            extra = _PARK_IN_COMPANY
        if label == "ORG" and suffix.endswith(("法院", "检察院")):
            extra = _COMPANY_IN_COURT
        if label == "PARK" and suffix.endswith(("基地", "中心")):
            # a site (base, data centre) inside a park is a second name: 南川工业园区|天合光能青海大基地,
            # 西宁经济技术开发区|三江源国家大数据基地; a company's own base keeps the company
            # (诺德新材料股份有限公司青海基地)
            extra = _SITE_CUT
        if (
            label == "ORG"
            and suffix == "公司"
            and norm.endswith(("子", "母", "附属", "合营", "联营", "参股", "上市"), 0, m.start())
        ):
            continue  # 全资子公司, 母公司, 上市公司: a company's relation or kind, not its name
        if label == "ORG" and suffix == "银行" and norm.startswith(("同业拆", "同业存"), m.end()):
            continue  # 香港银行同业拆息: the interbank rate, no bank
        if label == "ORG" and is_departments_word(norm, m.end()):
            continue  # 科技部门, 有关部门: departments in general
        is_committee = label == "ORG" and _is_party_committee(norm, suffix, m.start())
        if is_committee and (owner := _party_committee_owner(norm, m.start(), m.end())):
            # 某某公司(原)党委书记: the company is the body (G6), as with 党组; one whose kind word is
            # no suffix of ours (国网甘肃电力|党委) is found here; so is a company's 党组 acting
            # (向中国石油天然气集团有限公司党组反馈; a government body's 党组 is one of its own)
            body_end = owner.end() - (1 if owner.group(0).endswith("原") else 0)
            body = name_before(norm, body_end, ORG_BOUNDARY_RE)
            if is_name(body) and body not in ORG_SUFFIXES:  # not a kind alone (医院|党委书记)
                spans.append((body_end - len(body), body_end, "ORG"))
            continue
        if label == "ORG" and suffix == "商会" and norm[m.start() - 1 : m.start()] in ("协", "招"):
            continue  # 协商会, 招商会 are meetings
        if label == "ORG" and suffix == "公会" and norm[m.start() - 1 : m.start()] == "办":
            continue  # 会长办公会 is a meeting
        if label == "ORG" and suffix == "产险" and norm[m.start() - 1 : m.start()] == "财":
            continue  # 财产险 is property insurance, not an insurer (平安产险)
        if (
            label == "ORG"
            and suffix == "署"
            and (norm[m.start() - 1 : m.start()] in "部签布连联副倡合" or norm.startswith(("名", "长"), m.end()))
        ):
            continue  # 部署, 签署, 联署, 合署, 署名, 提倡署…姓名: verbs, not an agency; 署长 is a post (…总署|署长)
        department = label == "ORG" and suffix in _DEPARTMENT_SUFFIXES
        name = name_before(norm, m.start(), boundary, extra, department)
        if _STOCK_CODE_INSIDE.search(name):
            continue  # 台塑（1301）|集团: a listing's code inside; its short name is found before the code
        if label == "ORG" and _COUNT_BEFORE.search(norm, 0, m.start() - len(name)):
            continue  # 城东区12个|社区卫生服务中心: bodies of a kind counted, no name
        if (
            label == "ORG"
            and suffix == "党组"
            and _is_post_in_party_group(norm, m.start(), m.end(), m.start() - len(name))
        ):
            continue  # 党组织 is a word; 党组书记, 原党组成员 are posts (G6: the body is the one before)
        if label == "ORG" and suffix in _NATIONAL_KINDS and name and not GENERIC_RE.match(name):
            if norm.endswith("全国", 0, m.start() - len(name)):
                name = "全国" + name  # 全国钢标准化技术委员会, 全国博士后管委会: 全国 is in the name
        if label == "PARK":
            name = _BARE_ZONE.sub("", name)
            if name and places_before(name + suffix, len(name + suffix)) == 0:
                continue  # a district or a city's new quarter, written as places alone (西宁|城南新区)
        if label == "ORG" and PLATFORM_RE.search(name + suffix):
            continue
        if suffix in _TRADE_SUFFIXES and (name.endswith(_COMPANY_SUFFIXES) or _TRADE_GOES_ON.match(norm, m.end())):
            continue
        if suffix == "控股" and norm.startswith("的", m.end()):
            continue  # 紫金矿业控股的…公司: "held by", not a holding company's name
        if label == "ORG" and suffix == "小学" and norm[m.start() - 1 : m.start()] == "中":
            continue  # 中小学: schools in general
        if not (is_name(name) or label == "ORG" and _is_level_body(norm, m.start() - len(name), name, suffix)):
            continue
        if _DESCRIPTIVE_RE.search(name + suffix):
            continue  # praise across the seam: 规模最|大数据中心 is 最大
        if label == "PARK" and suffix == "基地" and name.endswith(_TEACHING_BASES):
            continue  # a school's training base is no site of industry (…学院新能源汽车实训基地)
        if label == "ORG" and suffix == "航空" and _PARK_BOUNDARY_RE.search(name):
            continue  # 发展民用航空: a verb before the trade, no airline (四川航空, 幸福航空)
        if label == "ORG" and suffix in ("政府", "人民政府", *PLACE_OWNED_KINDS):
            owner = government_owner(name)
            if owner is None and suffix == "海关" and _CUSTOMS_OWNER.fullmatch(name):
                owner = name  # a customs office at a port is named by it (吉隆海关, 曹家堡海关)
            if owner is None:
                continue
            name = owner
        if label == "ORG" and suffix == "常委会" and not _COMMITTEE_OWNER.search(name):
            continue
        if label == "ORG" and suffix in ("村委会", "村民委员会", "居委会") and not name.endswith(("村", "社区", "居")):
            continue  # a village's or a community's committee (某某村村委会), not 地方部门如居委会
        if (
            label == "PARK"
            and suffix == "基地"
            and (_NON_INDUSTRIAL_BASE.search(name) or norm.startswith(("产", "台"), m.end()))
        ):
            # a base for teaching or war; 基地产 is the end of a developer's name (国基地产), 基地台
            # Taiwan's word for a base station (偏乡基地台)
            continue
        if (
            label == "PARK"
            and suffix == "基地"
            and _ACTIVITY_BASE.search(name)
            and not any(starts_a_place(name, i) for i in range(len(name)))
        ):
            continue
        if label == "PARK" and suffix.endswith("中心") and _is_regional(name):
            continue
        if label == "PARK" and norm.startswith(_PRODUCT_WORDS, m.end()):
            continue  # 华为模块化数据中心|方案: a product or a design, no site
        if label == "PARK" and ("国家公园" in name or suffix == "园区" and name.endswith("源")):
            continue  # a national park's zone is nature, not industry (三江源国家公园长江源园区, 黄河源园区)
        if (
            label == "ORG"
            and suffix in ("局", "分局")
            and (_NOT_BUREAU.search(name) or next_char(norm, m.end()) in "面势")
        ):
            continue
        if label == "ORG" and suffix == "厅" and _NOT_HALL.search(name):
            continue
        if label == "ORG" and suffix == "银行" and _BANKING_SERVICE.search(name):
            continue
        spans.append((m.start() - len(name), m.end(), label))
    return spans


_LONGEST_WORD = 8  # longest common word tried when splitting a site's name part


def site_name_part(site: str) -> str:
    """What stands before the site word (三江源国家 in 三江源国家大数据基地)."""
    suffix = max((s for s in PARK_SUFFIXES if site.endswith(s)), key=len, default="")
    return site[: len(site) - len(suffix)]


def splits_into_common_words(text: str, common_words: Set[str]) -> bool:
    """`text` is a run of common words (a lexicon's, plus GENERIC_WORDS)."""
    splits = {0}  # offsets up to which `text` splits into common words
    for end in range(1, len(text) + 1):
        if any(
            start in splits and (text[start:end] in common_words or text[start:end] in _GENERIC_SET)
            for start in range(max(0, end - _LONGEST_WORD), end)
        ):
            splits.add(end)
    return bool(text) and len(text) in splits


def is_described_site(site: str, common_words: Set[str], before: str = "") -> bool:
    """True when the words before the site word describe a site instead of naming it: they split
    into common words (商品生产|基地, 优质|烤烟|生产|基地, 军事|基地) and hold no place. The
    common words are a lexicon's (xn_model.entity_ruler, label GENERIC) plus GENERIC_WORDS; a
    name part with a place (焦作市…示范园), a proper word (格拉斯小镇) or a word no lexicon knows
    (甘河园区) names a site. A province with a data centre alone is its centres in general
    (青海数据中心平均上架率), and so are China's and a zone's just named (中国资料中心耗电量,
    新区数据中心用电). A site counted as one, with the
    text `before` it, is described unless a place names it (援建了一处|藏毯加工园区)."""
    name = site_name_part(site)
    return (
        bool(_PROVINCE_CENTRES.fullmatch(site))
        or _describes(name, common_words)
        or bool(_ONE_OF_THEM_BEFORE.search(before))
        and not any(starts_a_place(name, i) for i in range(len(name)))
    )


_PROVINCE_CENTRES = re.compile(
    rf"(?:{alt(sorted(PROVINCES))}|中国|我国|全国|国内|大陆|新区|园区|全省|全市|全区)(?:数据中心|算力中心|资料中心)"
)
_ONE_OF_THEM_BEFORE = re.compile(rf"(?:{_ONE_OF_THEM})$")


# kinds whose "names" are often descriptions (城区幼儿园, 电子竞技俱乐部, 服务器检测实验室, 空气质量监测站,
# 种植合作社)
DESCRIBED_ORG_KINDS = ("幼儿园", "福利院", "俱乐部", "实验室", "监测站", "农场", "合作社")


def is_described_org(org: str, common_words: Set[str]) -> bool:
    """As is_described_site, for an ORG of a kind in DESCRIBED_ORG_KINDS (电子竞技|俱乐部 is none,
    城北区第一|幼儿园 is one)."""
    kind = next((k for k in DESCRIBED_ORG_KINDS if org.endswith(k)), None)
    return kind is not None and _describes(org[: -len(kind)], common_words)


def _describes(name: str, common_words: Set[str]) -> bool:
    if not name or not common_words:
        return False
    if any(starts_a_place(name, i) for i in range(len(name))):
        return False
    return splits_into_common_words(name, common_words)


# what ends a name's own words: its kind words, so that a place after them opens a unit of the
# same body (农业银行|青海分行), not a new name; 厂 and 行 end factories and banks; so does the word
# that ties a unit to its parent after them (首都医科大学附属|北京同仁医院: one name, G1)
_KIND_END = re.compile(
    rf"(?:{alt(ORG_SUFFIXES + PARK_SUFFIXES + ONE_CHARACTER_KINDS + ('厂', '行'))})(?:附属|附设|直属)?$"
)


_FOUNDED_BY = re.compile(r"[国省市县私公]立")


def place_start(name: str, common_words: Set[str], known: Set[str]) -> int:
    """Where a name really starts when common words run before a place in it (全额收购|俄罗斯欧洲银行,
    今天|乌审旗人民政府, 转战|河北省政府): the first place whose words before are all common
    words, end in no kind word and are no known name; 0 when there is none."""
    if not common_words:
        return 0
    for start in range(2, len(name) - 1):
        if not starts_a_place(name, start):
            continue
        before = name[:start]
        if before in known or _KIND_END.search(before) or not splits_into_common_words(before, common_words):
            return 0
        if _FOUNDED_BY.fullmatch(before) or before == "全国":
            # 国立|台湾大学: who founded it is part of the name (guidelines section 10); so is 全国
            # before a national association, the only place the regex keeps it (全国|台湾同胞…联谊会)
            return 0
        return start
    return 0


def park_spans(norm: str) -> list[CharSpan]:
    return [_with_partner_place(norm, span) for span in _suffix_spans(norm, "PARK")]


def _with_partner_place(norm: str, span: CharSpan) -> CharSpan:
    """A park two places built together is named with both, joined by a dash (成都—|阿坝工业园区)."""
    start, end, label = span
    if start > 2 and norm[start - 1] in "—–-" and starts_a_place(norm, start):
        partner = places_before(norm, start - 1)
        if partner < start - 1:
            return (partner, end, label)
    return span


def _operator_spans(norm: str) -> list[CharSpan]:
    """Telecom operators' short names: 中国电信, 青海联通, 西宁移动 (a two-character place before
    移动/联通/电信, standing on its own after punctuation or a boundary word)."""
    spans = []
    for m in _OPERATOR_RE.finditer(norm):
        name = name_before(norm, m.start(), _PARK_BOUNDARY_RE)
        place = name[places_before(name, len(name)) :]
        if len(place) >= 2 and place != name:
            name = place  # a place right before it, whatever stands before the place (借助|西宁电信)
        if m.group(0) == "铁塔" and (len(place) < 2 or name != place):
            continue  # a tower company only after a place (青海铁塔; not 通信铁塔, 组立铁塔)
        if _COUNTED_RE.match(name):
            continue  # the three major operators (三大电信), no one company
        if (
            name == "中国"
            or len(name) == 2
            and _OPERATOR_PLACE.fullmatch(name)
            and not GENERIC_RE.match(name)
            or len(name) > 2
            and name == place
        ):
            spans.append((m.start() - len(name), m.end(), "ORG"))
    return spans


def _with_long_parents(norm: str, spans: list[CharSpan]) -> list[CharSpan]:
    """A unit's name whose stretch stopped inside an earlier name (at the longest stretch a name
    may have) starts where that one starts: the parent and its unit are one name
    (青海黄河上游水电开发有限责任公司|光伏产业技术分公司); two companies are not."""
    grown = []
    for start, end, label in spans:
        if norm[start:end].endswith(_COMPANY_SUFFIXES) and not norm[start:end].endswith("分公司"):
            grown.append((start, end, label))
            continue
        for other_start, other_end, _ in spans:
            if other_start < start < other_end <= end and end - start >= _MAX_NAME:
                start = other_start
        grown.append((start, end, label))
    return grown


def org_spans(norm: str) -> list[CharSpan]:
    spans = _with_long_parents(norm, _suffix_spans(norm, "ORG"))
    # 科技部门, 有关部门: 部 followed by 门 is a department in general, not a ministry
    spans += [
        (m.start(), m.end(), "ORG") for m in _CLOSED_ORG_RE.finditer(norm) if not is_departments_word(norm, m.end())
    ]
    spans += _operator_spans(norm)
    return spans


# a park's committee written with the kind word alone is a name (园区管委会), but not after a
# determiner (该园区管委会, 当地开发区管委会: guidelines section 10)
_BARE_ZONE_COMMITTEE = re.compile(r"(?:经济技术开发区|开发区|高新区|经开区|园区|工业区|工业集中区|集中区|基地)管委会")
_DETERMINER_BEFORE = re.compile(rf"(?:该|本|此|其|这个|这家|当地|{alt(_PLURAL_WORDS)})$")


def is_determined_zone_committee(norm: str, start: int, end: int) -> bool:
    """norm[start:end] is a bare zone's committee after a determiner (该|开发区管委会)."""
    return bool(_BARE_ZONE_COMMITTEE.fullmatch(norm, start, end) and _DETERMINER_BEFORE.search(norm, 0, start))


# places that open with 长, so that 局长, 厅长 after a bureau are no post (…水文局|长江上游…勘测局)
_PLACES_OPENING_WITH_CHANG = ("长江", "长沙", "长春", "长治", "长安", "长白山")


def opens_another_word(norm: str, end: int) -> bool:
    """The ORG kind word ending at `end` opens another word (大学生, 局长, 银行业): no body ends there."""
    kinds = [kind for kind in _GOES_ON_INTO_A_WORD if norm.endswith(kind, 0, end)]
    if norm.startswith(_PLACES_OPENING_WITH_CHANG, end):
        kinds = [kind for kind in kinds if not kind.endswith(("局", "厅"))]  # …水文局|长江上游…: no 局长
    if (
        norm.endswith("委", 0, end)
        and norm.endswith(CLOSED_ORGS, 0, end)
        and _PARTY_COMMITTEE_OF_A_PARTY_RE.match(norm, end)
    ):
        return True  # 各民主党派省委会: not 省委 (but 市政府会提供 "will": the government)
    return any(norm.startswith(_GOES_ON_INTO_A_WORD[kind], end) for kind in kinds)
