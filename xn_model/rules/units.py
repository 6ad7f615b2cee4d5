"""Units written right after their body's name, which belong to it (G1): 国家能源局|电力司,
国家统计局|海西调查队, …研究院|云计算与大数据研究所, 省纪委监委|驻省自然资源厅纪检监察组. `sub_unit_end`
says where such a unit ends; the entity ruler joins it to the body the rules or the gazetteer found
(`xn_model.entity_ruler.with_sub_unit`)."""

import re

from .names import ORG_BOUNDARY_RE, PARK_SUFFIXES, PLATFORM_RE, REGIONS, is_name, opens_another_word, starts_a_place
from .places import PLACES
from .util import alt

# 和, 及 or 与 before China or a place joins two bodies, not two fields of one name
# (…大学|研究团队与|中国科学院…研究所)
_NOT_BEFORE_A_BODY = rf"(?!中国|中共|国家|{alt(PLACES)})"
# in a unit written after its body, 与 joins two fields too (…大学|计算机技术与应用学院, …研究所)
_JOINED_FIELDS_OF_UNIT = re.compile(
    r"(?<=[^委局厅院司团行会部府社已并还将也均都就曾正])[和及与](?=[^省市县区州和与该其这那本各][^和与]{1,6}$)"
    + _NOT_BEFORE_A_BODY
)

# A unit of a body or a company written right after its name belongs to it (国家能源局电力司,
# 国家统计局海西调查队, 某某研究院云计算与大数据研究所): a short stretch up to a unit's kind word.
_SUB_UNIT = re.compile(
    r"[\u3400-\u9fffA-Za-z]{1,11}?(?:司(?![法机令仪])|(?<![判惩办相到之各共深身表])(?<![^调]查)处(?![理级长在于置罚室])|法庭|执行局|稽查局|总队|调查队|支队|中心|研究所|研究院|分院|分部|学院|(?<![场住厕寓])所(?![谓在有以属得需长处])|(?<![温教卧浴])室|(?<!部)分行(?!程)|支行|分公司|分局|分社|"
    # offices of a government (青海省政府新闻办, 省政府金融办; not 办理)
    r"办公室|委员会|(?<=新闻|外事|侨务|法制|金融|扶贫|应急|信访)办(?![理事公]))"
    # a hospital's departments (…医院|急诊医学科, …医院|新生儿科)
    r"|(?<=医院)(?![近今昨本上下每全])[\u3400-\u9fff]{1,6}?科(?![技学研普室长员])"
    # units named by their kind alone (省政府|国资委, 省政府|办公厅)
    r"|国资委|办公厅"
    # a group's regional design institutes (中国电建|西北院), research departments (中信证券|研究部),
    # a railway's depots (…有限公司|西宁车务段)
    rf"|(?:{alt(REGIONS)})院|研究部(?!署)|[\u3400-\u9fff]{{0,4}}?(?:车务|机务|工务|电务|供电|车辆|客运)段"
    # representative offices (联合国开发计划署|驻华代表处, 日本贸易振兴机构|成都代表处)
    r"|[\u3400-\u9fff]{0,4}?代表处"
    # a university's departments and students' unions (…学院|护理系, 青海大学|学生会)
    r"|[\u3400-\u9fff]{1,9}?(?<![体关])系(?![统列数])|学生会"
    # a police force's investigation bureaux (香港警务处|商业罪案调查科)
    r"|[\u3400-\u9fff]{2,8}?调查科"
    # inspection teams named by their kind alone (乐都区委|巡察组), a bank's business department, a
    # police station, fire station or brigade of a unit (…分行|营业部, …分局|某某街派出所,
    # …支队|某某路消防救援站, …交通警察支队|城西大队), a developer's property company (万科|物业)
    r"|[\u3400-\u9fff]{0,6}?(?:营业部|派出所|消防救援站|大队|中队|巡视组|巡察组|巡视办|巡察办)|物业(?![费管服公])"
    # a court's tribunal, a procuratorate's department, a patent office's agency, a committee's
    # secretariat, an institute's branch, a bureau's planning institute (…法院|知识产权审判庭,
    # …检察院|第八检察部, …专利局|西宁代办处, 信标委|秘书处, …测试所|海西分所, …草原局|西北调查规划院)
    r"|[\u3400-\u9fff]{0,6}?(?:审判庭|代办处|秘书处|分所|规划院|设计院|规划总院|设计总院|工作组)|第[一二三四五六七八九十]+检察部"
    # a court's numbered tribunal (北京互联网法院|综合审判一庭)
    r"|[\u3400-\u9fff]{0,4}?审判[一二三四五六七八九十]庭"
    # a university's campus abroad or elsewhere (厦门大学|马来西亚分校, …大学(北京)|克拉玛依校区)
    r"|[\u3400-\u9fff]{2,6}?(?:分校|校区)"
    # a company's departments, a university's graduate school, a broadcaster's channel, a rescue
    # team, a head office (…公司|公司业务部, 中央党校|研究生院, …电视台|体育频道, …公司|应急救援队,
    # 中国国际旅行社|总社); not 部门, 部长, 干部, 总部, 局部, 西部, 省部共建
    r"|[\u3400-\u9fff]{1,6}?(?<![干局全内外总东西南北中省深])部(?![门长署委分队])|研究生院|总社"
    r"|[\u3400-\u9fff]{0,6}?频道|(?:应急|矿山|赈济|专业)?(?:抢修队|救援队|救护队)|[\u3400-\u9fff]{0,4}?搜救队"
    # a court's divisions (西宁中院|民二庭, 省高院|执行庭)
    r"|[民刑行商][一二三四五六七八九十]?庭|执行庭"
    # a university's library (青海民族大学|图书馆), an exchange's listing committee or division
    # (深交所|上市委, 港交所|上市科), a contractor's project department (中铁十一局|西成铁路站前4标项目部)
    r"|图书馆|上市委|上市科|[\u3400-\u9fff0-9]{0,10}?项目(?:经理)?部"
    # a ministry's administration, as Taiwan names them (卫生福利部|食品药物管理署; not 部署, 签署)
    r"|(?<=部)[\u3400-\u9fff]{2,8}?(?<![部签布连联副倡合])署(?![长名])"
    # a government's bureau written after it (香港特区政府|商务及经济发展局, …政府|研究资助局)
    r"|(?<=政府)(?!当局)[\u3400-\u9fff]{2,10}?局(?![长面势部])"
)
# units named by their kind alone; 物业 is also a common word (a developer's 物业 is its property company)
_UNITS_BY_KIND_ALONE = (
    "频道",
    "国资委",
    "办公厅",
    "巡视组",
    "巡察组",
    "物业",
    "图书馆",
    "上市委",
    "上市科",
    "项目部",
    "项目经理部",
)

# a group or an office a body keeps elsewhere is one name with that body, however long
# (省纪委监委|驻省自然资源厅纪检监察组, 国家林业和草原局|驻西宁森林资源监督专员办事处)
_DISPATCHED_UNIT = re.compile(r"驻[\u3400-\u9fffA-Za-z（）()]{2,24}?(?:纪检监察组|办事处)")


# a company's works named from its place are a unit of it (中国石油青海油田分公司|格尔木炼油厂, G1);
# not a factory it builds (超级工厂, 建厂, 新厂) nor a place-less one
_WORKS_OF_COMPANY = re.compile(r"[\u3400-\u9fff]{2,8}?(?<![工建设新])厂(?![区房长商家矿址])")

# a partnership's legal form in brackets is part of its name (…会计师事务所（特殊普通合伙）)
# a university's or an academy's key laboratory, however long its field (青海大学|三江源生态与高原农牧业
# 国家重点实验室, 澳门科技大学|月球与行星科学国家重点实验室)
_HOSTS_OF_KEY_LABS = ("大学", "学院", "研究院", "科学院")
# 与, 和, 及 joining two fields of its name, not two bodies (…与中国科学院…)
_FIELD_JOIN = re.compile(r"[和及与]" + _NOT_BEFORE_A_BODY)
_KEY_LAB = re.compile(r"[\u3400-\u9fff]{2,20}?(?:全国|国家|省部共建|省级)?重点实验室")
# a division of the Xinjiang Production and Construction Corps (新疆生产建设兵团第八师); the one
# unit that opens with 第 and has no name before its kind word
_CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师")
_PARTNERSHIP = re.compile(r"\((?:特殊普通合伙|普通合伙|有限合伙)\)")

# a place in brackets after a name: a university's campus, a company's place, a site's city
PLACE_IN_BRACKETS = re.compile(r"\(([\u3400-\u9fff]{2,5})\)")
# a bracketed place that goes on into a site or a project's name belongs to it, not to the company
# before it (中国移动|(西宁)绿色算力集群)
# (not across a verb: 渣打银行（香港）|已为相关项目安排…)
_SITE_AFTER = re.compile(r"(?![已将正在为与和及的])[\u3400-\u9fff]{0,8}?(?:算力|数据中心|基地|集群|中心|园|项目|工程)")


def sub_unit_end(norm: str, end: int, longest: int = 12) -> int:
    """Where a unit written right after the name that ends at `end` ends; `end` when none does. A
    site (…数据中心), a count (三所), a unit longer than `longest` characters and a stretch that a
    boundary word breaks (局长, 与, 联合) are no unit. A university's campus in brackets is part of
    its name (中国地质大学|(北京)), and so is a company's place (中国电信|(澳门)) unless a site's name
    goes on after it."""
    campus = PLACE_IN_BRACKETS.match(norm, end)
    if (
        campus
        and (campus.group(1) in PLACES or campus.group(1) in REGIONS)
        and (norm.endswith("大学", 0, end) or not _SITE_AFTER.match(norm, campus.end()))
    ):
        return campus.end()
    if dispatched := _DISPATCHED_UNIT.match(norm, end):
        return dispatched.end()
    if partnership := _PARTNERSHIP.match(norm, end):
        return partnership.end()
    if norm.endswith("兵团", 0, end) and (division := _CORPS_DIVISION.match(norm, end)):
        return division.end()
    if norm.endswith(_HOSTS_OF_KEY_LABS, 0, end) and (lab := _KEY_LAB.match(norm, end)):
        # 共建 in 省部共建 "built by a province and a ministry" is part of the lab's name, no verb
        opening = end + 4 if norm.startswith("省部共建", end) else end
        boundaries = ORG_BOUNDARY_RE.finditer(norm, opening, lab.end())
        if all(_FIELD_JOIN.match(norm, b.start()) for b in boundaries):
            return lab.end()
    works = _WORKS_OF_COMPANY.match(norm, end) if norm.endswith("公司", 0, end) else None
    if works and starts_a_place(works.group(0), 0) and not ORG_BOUNDARY_RE.search(works.group(0)):
        return works.end()
    return _unit_end(norm, end, longest, len(norm))


def _unit_end(norm: str, end: int, longest: int, endpos: int) -> int:
    """`sub_unit_end` for a unit of the kinds in `_SUB_UNIT` that ends by `endpos`: when a boundary
    breaks the longest stretch, the unit may still end before it (…大学|地球科学系|与中国科学院)."""
    m = _SUB_UNIT.match(norm, end, endpos)
    if m is None:
        return end
    # searched in place, so that a boundary that looks back (局|联合) sees the name before it; a
    # 和 joining two fields of the unit's name is none
    joined = _joined(norm, end, m)
    if breaks := [b.start() for b in ORG_BOUNDARY_RE.finditer(norm, end, m.end()) if b.start() not in joined]:
        return _unit_end(norm, end, longest, breaks[0]) if breaks[0] > end else end
    if len(m.group(0)) > longest or m.group(0).endswith(PARK_SUFFIXES) or m.group(0).startswith("副"):
        return end  # 副 opens a post (…价格司|副司长), not a unit
    if m.group(0).startswith(("相关", "有关", "各")):
        return end  # …委员会|相关处室: its offices in general, not a unit
    if not is_name(m.group(0)) and m.group(0) not in _UNITS_BY_KIND_ALONE or opens_another_word(norm, m.end()):
        return end  # …|实验室认可: an accreditation, not a unit
    if PLATFORM_RE.search(m.group(0)) and not PLATFORM_RE.fullmatch(m.group(0)):
        return end  # a platform being built, not a unit (…研究所|建设国家重点实验室)
    return m.end()


def _joined(norm: str, end: int, unit: re.Match) -> set[int]:
    """Where 和, 及 or 与 join two fields of the unit's name (…局|新能源和可再生能源司)."""
    return {end + j.start() for j in _JOINED_FIELDS_OF_UNIT.finditer(unit.group(0))}
