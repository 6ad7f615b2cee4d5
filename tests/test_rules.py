"""The rule-based entities (xn_model.rules and xn_model.entity_ruler) on hand-written sentences, one group per spec rule,
and the xn_entity_rules component alone, after existing entities, and through to_disk/spacy.load."""

import pytest
import spacy
import srsly
from spacy.tokens import Doc

from xn_model.entity_ruler import read_patterns
from xn_model.rules import find_rule_spans


def ents(text, labels=None):
    return [(text[s:e], label) for s, e, label in find_rule_spans(text, labels)]


def texts(text, label):
    return [t for t, lab in ents(text) if lab == label]


# ---------------------------------------------------------------------------------------------
# MONEY
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("这个数据中心总投资约17.7亿元，明年投用。", ["17.7亿元"]),
        ("两家公司累计投资超234亿元。", ["234亿元"]),
        ("去年发放奖励2.5万余元。", ["2.5万余元"]),
        ("县里拨付三千万元用于修路。", ["三千万元"]),
        # 点 as the decimal point of a Chinese number
        ("项目总投资七十点九亿元，建成后投产。", ["七十点九亿元"]),
        ("签约金额达75亿元人民币。", ["75亿元人民币"]),
        ("收到捐款1.2万美元和61.8万元。", ["1.2万美元", "61.8万元"]),
        ("补贴3000万元以上。", ["3000万元"]),
        ("项目共计投入3000多万元左右。", ["3000多万元"]),
        ("融资12亿港元。", ["12亿港元"]),
        # traditional script and full-width digits
        ("該項目投資１７.７億元。", ["１７.７億元"]),
        ("撥付2.5萬餘元。", ["2.5萬餘元"]),
        # a currency named before the number is part of the amount
        ("營收上看新台幣４５０億元，另募港币5000万元。", ["新台幣４５０億元", "港币5000万元"]),
    ],
)
def test_money(text, expected):
    assert texts(text, "MONEY") == expected


@pytest.mark.parametrize(
    "text", ["这里有数十亿元的市场。", "三元锂电池产量增加。", "坚持多元化发展。", "几十万元的设备。"]
)
def test_not_money(text):
    assert texts(text, "MONEY") == []


# ---------------------------------------------------------------------------------------------
# METRIC
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("基地建成8300余架标准机架。", ["8300余架"]),
        ("园区已投运6000架机柜，另有1.3万架在建。", ["6000架", "1.3万架"]),
        ("全市算力达到2600PFlops，出口带宽3600G，总带宽11.6Tbps。", ["2600PFlops", "3600G", "11.6Tbps"]),
        ("配建100MW/200MWh储能电站。", ["100MW/200MWh"]),
        ("全省电力装机5497万千瓦。", ["5497万千瓦"]),
        ("招聘813名大学生，带动12000人就业，其中1.59万人在园区。", ["813名", "12000人", "1.59万人"]),
        ("接待游客31.7万人次。", ["31.7万人次"]),
        ("新增44个项目，治理537万亩草原，年产2.5万吨。", ["44个", "537万亩", "2.5万吨"]),
        ("集群规模1.6万卡，芯片制程8微米。", ["1.6万卡", "8微米"]),
        ("绿电占比超过80%，同比增长159%。", ["80%", "159%"]),
        ("可节约能耗约30%左右。", ["30%"]),
        ("新引进两家企业，三次获评先进，七家单位参加。", ["两家", "三次", "七家"]),
        # after 成 (完成, 建成) a Chinese number is a count
        ("今年完成三次升级，建成两座电站。", ["三次", "两座"]),
        ("新能源装机占三分之一，约占全省的1/3。", ["三分之一", "1/3"]),
        ("吸引50余家企业，开展40余次培训。", ["50余家", "40余次"]),
        ("提高1.5个百分点。", ["1.5个百分点"]),
        ("1.5万吨锂电池正极材料项目开工。", ["1.5万吨"]),
        ("１２０００人參加，新增44個項目。", ["１２０００人", "44個"]),
        # Chinese decimals in percentages, shares in tenths after a change or a hedge
        ("产值增长百分之二十一点六。", ["百分之二十一点六"]),
        ("成本下降了大约两成，占比接近三成，价格下跌逾８成。", ["两成", "三成", "８成"]),
        ("这一成果一成不变。", []),
        # 瓩 (kilowatt in Taiwan), a rate per year, a storage pair in Chinese units
        ("用電需求將達224萬瓩。", ["224萬瓩"]),
        ("建设4万吨/年碳酸锂项目。", ["4万吨/年"]),
        ("配套储能600兆瓦/2400兆瓦时。", ["600兆瓦/2400兆瓦时"]),
        # durations are not METRIC
        ("工期约18个月，公示期为10个工作日。", []),
    ],
)
def test_metric(text, expected):
    assert texts(text, "METRIC") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("绿电消纳比例为50%—70%。", ["50%—70%"]),
        ("年太阳辐射量5800至7400兆焦/平方米。", ["5800至7400兆焦/平方米"]),
        ("年均辐照量1600千瓦时/平方米。", ["1600千瓦时/平方米"]),
        # 度 is kWh after 万 or 亿 or as 度电, never alone (一度, 30度)
        ("年耗电80亿度，节约300万度电，一度成为焦点，气温30度。", ["80亿度", "300万度电"]),
        ("每个园区配备3-5个服务站。", ["3-5个"]),
        ("绿电比例50—70%。", ["50—70%"]),
    ],
)
def test_metric_ranges_are_one_span(text, expected):
    assert texts(text, "METRIC") == expected


def test_indicator_value():
    assert texts("数据中心PUE降至1.2以下。", "METRIC") == ["1.2"]
    assert texts("PUE值控制在1.15以内。", "METRIC") == ["1.15"]


def test_money_percentage_is_metric():
    assert ents("企业可按投资金额10%获得补助。") == [("10%", "METRIC")]


def test_phases_counted_not_sequence_numbers():
    assert texts("项目计划分三期建设。", "METRIC") == ["三期"]
    assert texts("一期项目已投产，二期工程正在建设，三期将于明年开工。", "METRIC") == []


@pytest.mark.parametrize(
    "text",
    [
        "2024年8月21日7时30分，会议开始。",
        "比赛用时2分25秒。",
        "他在这里工作了30多年，连续8天值守，10年内完成。",
        "第25届博览会开幕，第一次参加。",
        "5G基站覆盖全市，T700碳纤维下线，700W+组件发布。",
        "打造全省“1+2+N”格局。",
        "安装数千台服务器，打造万卡集群和千亿级产业集群。",
        "三大运营商均已入驻。",
        "一个小小的芯片，每一次计算。",
        "构建“一个平台、三个中心”体系。",
        "坚持两个确立，做到两个维护。",
    ],
)
def test_not_metric(text):
    assert texts(text, "METRIC") == []


# ---------------------------------------------------------------------------------------------
# PARK and ORG
# ---------------------------------------------------------------------------------------------


def test_back_reference_is_not_park():
    text = "西宁经济技术开发区（以下简称“开发区”）成立多年，开发区现有企业。"
    assert texts(text, "PARK") == ["西宁经济技术开发区"]


def test_park_vs_org():
    text = "西宁经济技术开发区管委会负责西宁经济技术开发区的招商。"
    assert ents(text) == [("西宁经济技术开发区管委会", "ORG"), ("西宁经济技术开发区", "PARK")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新项目落户南川工业园区。", ["南川工业园区"]),
        ("企业位于甘河园区和东川园区。", ["甘河园区", "东川园区"]),
        ("开发区东川园区新增三家企业。", ["东川园区"]),
        ("西宁开发区今年签约项目增多。", ["西宁开发区"]),
        ("他们参观了海东零碳算力产业园、青海图灵小镇。", ["海东零碳算力产业园", "青海图灵小镇"]),
        ("在三江源国家大数据基地，机柜整齐排列。", ["三江源国家大数据基地"]),
        ("中国移动（西宁）绿色算力中心基地投运。", ["中国移动（西宁）绿色算力中心基地"]),
        ("国家超算中心青海大学分中心揭牌。", ["国家超算中心青海大学分中心"]),
        ("柴达木绿色微电网算力中心开始建设。", ["柴达木绿色微电网算力中心"]),
        ("落户西寧(國家級)經濟技術開發區的企業。", ["西寧(國家級)經濟技術開發區"]),
    ],
)
def test_park(text, expected):
    assert texts(text, "PARK") == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进园区实现绿色转型。",
        "打造绿色算力产业园。",
        "全省“1+2+N”绿色算力基地正在布局。",
        "学生们来到一处红色教育基地参观。",
        "比赛在青海体育中心举行，省青少年活动中心承办。",
        "《关于支持南川工业园区发展的意见》印发。",
    ],
)
def test_not_park(text):
    assert texts(text, "PARK") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("青海大学与华为技术有限公司签约。", ["青海大学", "华为技术有限公司"]),
        ("中国联通西宁市分公司、青海晶科能源有限公司参加。", ["中国联通西宁市分公司", "青海晶科能源有限公司"]),
        ("招商银行西宁分行为企业授信。", ["招商银行西宁分行"]),
        ("市数据局、省教育厅和市中级人民法院派员出席。", ["市数据局", "省教育厅", "市中级人民法院"]),
        ("共青团青海省委和团省委的志愿者出发。", ["共青团青海省委", "团省委"]),
        ("省委常委、西宁市委书记出席。", ["省委", "西宁市委"]),
        ("市人大常委会副主任到场。", ["市人大常委会"]),
        ("省委省政府高度重视。", ["省委", "省政府"]),
        ("佳兆业文商旅集团来宁考察。", ["佳兆业文商旅集团"]),
        ("與青海大學簽約。", ["青海大學"]),
        ("会议由市委副书记主持。", ["市委"]),
        ("2024招商银行西宁半程马拉松赛开跑。", ["招商银行"]),
        ("中国建设银行青海省分行参加。", ["中国建设银行青海省分行"]),
    ],
)
def test_org(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "进一步优化产业布局。",
        "在政务大厅办理。",
        "两家公司签约。",
        "相关部门和该公司负责人到场。",
        "科技公司越来越多。",
        # a count with 大 opens a generic phrase, as 三大运营商 does in the spec
        "三大集团在西宁投资。",
    ],
)
def test_not_org(text):
    assert texts(text, "ORG") == []


@pytest.mark.parametrize("text", ["全市四大园区投资增长。", "两个产业园区投产。"])
def test_counted_sites_are_not_park(text):
    assert texts(text, "PARK") == []


def test_no_span_has_edge_punctuation():
    for start, end, _ in find_rule_spans("“青海图灵小镇”和（南川工业园区）的8300余架机架。"):
        text = "“青海图灵小镇”和（南川工业园区）的8300余架机架。"[start:end]
        assert text == text.strip("“”（）()，。 ")


def test_labels_filter():
    text = "南川工业园区投资17.7亿元建设6000架机柜。"
    assert ents(text, ["MONEY"]) == [("17.7亿元", "MONEY")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb in front of a body is not part of its name
        ("各部门要按照市委部署抓好落实。", ["市委"]),
        ("全县上下认真贯彻落实省委决策。", ["省委"]),
        ("他代表县委向大家致以问候。", ["县委"]),
        ("工作组详细了解省政府办公厅的做法。", ["省政府办公厅"]),
        ("园区主动对接市交通局。", ["市交通局"]),
        ("充分发挥西部公司的平台作用。", ["西部公司"]),
        # 联合 right after a body is the verb "jointly with"
        ("团市委联合市民政局开展活动。", ["团市委", "市民政局"]),
        # a bare level before a body every level has
        ("省总工会和县妇联派员参加。", ["省总工会", "县妇联"]),
        # 经济和…, 工业和… stay inside a department's name
        ("高新园区经济和发展局局长介绍情况。", ["高新园区经济和发展局"]),
        ("省经济和信息化委员会印发通知。", ["省经济和信息化委员会"]),
        # a party group named with its government; not in a post
        ("县政府党组成员参加学习。", ["县政府党组"]),
        ("县政府党组书记主持会议。", ["县政府"]),
        # a government always belongs to a level; a standing committee to a congress or committee
        ("湟源县人民政府与企业签约，州政府也派人参加。", ["湟源县人民政府", "州政府"]),
        ("县委常委会召开会议。", ["县委常委会"]),
        # bookstores and reading venues with a name
        ("城南新华书店和晨光书院开展读书活动。", ["城南新华书店", "晨光书院"]),
        # telecom operators' short names
        ("甘肃移动、海南电信和中国联通共同发布。", ["甘肃移动", "海南电信", "中国联通"]),
        ("“海西联通已完成改造。”", ["海西联通"]),
        # a job title ends the name in front of it
        ("某某集团董事长出席。", ["某某集团"]),
        # two fields joined by 和 make one department; two bodies joined by 和 stay two
        ("玉树州发展和改革委员会批复项目。", ["玉树州发展和改革委员会"]),
        ("市住房和城乡建设局开展检查。", ["市住房和城乡建设局"]),
        ("省商务厅和市数据局联合发文。", ["省商务厅", "市数据局"]),
        ("国家数据局和省发展改革委调研。", ["国家数据局", "省发展改革委"]),
        # 据 "according to" opens a source, but 数据 stays inside a bureau's name
        ("据海北州统计局消息，市数据局已完成。", ["海北州统计局", "市数据局"]),
        # a company's relation to the one named after it
        ("甲乙控股集团有限公司旗下丙丁新材料有限公司投产。", ["甲乙控股集团有限公司", "丙丁新材料有限公司"]),
        ("其全资子公司丙丁锂电有限公司签约。", ["丙丁锂电有限公司"]),
        # pronouns and sentence adverbs open the clause, not the name; 即使 and 而且 are words
        ("我们甲乙集团所属的项目，不过丙丁公司也参加。", ["甲乙集团", "丙丁公司"]),
        ("而某某欧洲银行发布公告，即使某某市房管局也同意。", ["某某欧洲银行", "某某市房管局"]),
        # 即 inside a place is no boundary
        ("即墨区人民政府发布通知。", ["即墨区人民政府"]),
        # 向 "to" before the body addressed (面向 too), but not in 向阳
        ("某某公司向某某市中级人民法院提起上诉。", ["某某公司", "某某市中级人民法院"]),
        ("向阳化工有限公司面向某某大学招聘。", ["向阳化工有限公司", "某某大学"]),
        # firms, markets, co-operatives, institutes and media with their own kind word
        ("某某律师事务所代理，某某证券交易所发布。", ["某某律师事务所", "某某证券交易所"]),
        ("某某村种植专业合作社与某某勘测设计院签约。", ["某某村种植专业合作社", "某某勘测设计院"]),
        # a place owns a government, and nothing before it does; 经纪 and 安全局 are words
        ("今年海东人民政府与某某公司签约，马达加斯加政府发布禁令。", ["海东人民政府", "某某公司", "马达加斯加政府"]),
        ("某某房地产经纪公司与某某国土安全局合作。", ["某某房地产经纪公司", "某某国土安全局"]),
        # 但, 有关 and verbs of calling or causing open the clause, not the name
        ("但某某发展银行称，记者致电某某公司。", ["某某发展银行", "某某公司"]),
        # a trade ends a company's short name, unless a company kind word comes before it or a
        # word goes on after it; buying is a verb before a name
        ("某某银行洽购某某信托，某某证券分析师认为。", ["某某银行", "某某信托", "某某证券"]),
        ("根据某某交易所有限公司证券上市规则，某某信托基金拨款。", ["某某交易所有限公司"]),
        # public service bodies
        ("某某市住房公积金管理中心发布通知。", ["某某市住房公积金管理中心"]),
        # agencies; 部署, 签署 and 署长 are no agency
        ("某某部能源署表示，海关总署署长出席，双方签署协议，落实决策部署。", ["某某部能源署", "海关总署"]),
        # survey institutes and broadcasters
        ("某某省地质调查院与某某卫视合作，某某新闻网报道。", ["某某省地质调查院", "某某卫视", "某某新闻网"]),
        # a parent company and its unit are one name, however long
        (
            "青海黄河上游水电开发有限责任公司光伏产业技术分公司成立。",
            ["青海黄河上游水电开发有限责任公司光伏产业技术分公司"],
        ),
        # an official of a body, and the verb 鼓励, end the name
        ("海东市政府官员曾鼓励某某银行扩大贷款。", ["海东市政府", "某某银行"]),
        # 委 followed by 员会 opens 委员会: the political consultative conference's committee
        ("政协某某市委员会召开会议，中共某某省委政法委员会听取汇报。", ["政协某某市委员会", "中共某某省委政法委员会"]),
        # bodies every place has take the place's name, and are no body without one
        ("海北州政协和某某省人大常委会调研，提交人大审议。", ["海北州政协", "某某省人大常委会"]),
        ("西宁海关与某某省图书馆合作，大力推进图书馆建设。", ["西宁海关", "某某省图书馆"]),
        ("某某市农商行开业，储户集体远离农商行。", ["某某市农商行"]),
        # co-operative unions, radio stations and newspapers; 报 opening a verb is no paper
        ("某某省农村信用社联合社与某某人民广播电台签约。", ["某某省农村信用社联合社", "某某人民广播电台"]),
        ("某某日报社和某某都市报同时报道，电商报告发布。", ["某某日报社", "某某都市报"]),
        # 高等 and 财经 are words of a school's name, not 等 "and so on" or 经 "by"
        (
            "某某大学财经学院和某某高等职业技术学院招生，普通高等学校参加。",
            ["某某大学财经学院", "某某高等职业技术学院"],
        ),
        # 从 "from" before a county is no part of the place 从化
        ("记者从化隆县人民政府获悉，从化区人民政府发布通知。", ["化隆县人民政府", "从化区人民政府"]),
        # 部分 "some of" is no 部; 联合 after a centre is "jointly with"; 协商会 is a meeting
        ("政协某某州委员会组织部分委员赴县调研。", ["政协某某州委员会"]),
        ("某某市疾病预防控制中心联合某某区卫生健康局开展宣传。", ["某某市疾病预防控制中心", "某某区卫生健康局"]),
        ("某某省政协召开专题协商会。", ["某某省政协"]),
        # founding, submitting and a reporter's verbs bound a name; joint, holding and counted
        # provinces make generic bodies
        ("双方共建联合实验室，某某集团向某某银行提交金融控股公司设立申请。", ["某某集团", "某某银行"]),
        ("青海、甘肃两省水利厅开展整治，记者获悉该公司正在扩产。", []),
        # a reporter's byline in brackets ends what comes before the name
        ("新华社西宁4月18日电（记者某某）青海某某材料有限公司投产。", ["青海某某材料有限公司"]),
        # companies written with their trade; the trade as a word of a phrase is none
        ("某某锂业和某某矿业签约，矿业权转让，提锂业者扩产。", ["某某锂业", "某某矿业"]),
        # Haixi's administrative committees are a place's; 银行委托 is no committee
        ("大柴旦行委召开会议，某某银行委托律师。", ["大柴旦行委", "某某银行"]),
        # announcing and guiding bound a name (not in a guidance centre); one of several and an
        # ordinal batch make a generic mention
        (
            "省农业农村厅公布第三批省级示范合作社名单，指导合作社防治，某县一家牧民合作社试行。",
            ["省农业农村厅"],
        ),
        ("某某市农业局指导某某合作社开展防治。", ["某某市农业局", "某某合作社"]),
        # supporting, driving and injecting bound a name; a listed company is a kind of company
        (
            "某某银行支持某某集团建设，消息带动公司股价，某某集团拟将股权注入上市公司。",
            ["某某银行", "某某集团", "某某集团"],
        ),
        # bid notices: 受…委托, a rank, 中标, 已获…核准
        (
            "受某某集团委托招标，第一名某某监理有限公司中标，项目已获某某省发展和改革委员会核准。",
            ["某某集团", "某某监理有限公司", "某某省发展和改革委员会"],
        ),
        # 称 "say" ends a name; utilities by what they supply are generic; 银行卡 is a card, 一局 a round
        ("某某有限公司称该基地投产，各供电公司报送方案。", ["某某有限公司"]),
        ("公安机关破获一起银行卡诈骗案，我们一起来一局。", []),
        # a place written with 和 (和林格尔) keeps it
        ("和林格尔新区管委会表示。", ["和林格尔新区管委会"]),
        # two companies one after the other are two names, however long
        (
            "某某资信评估股份有限公司维持某某省交通控股集团有限公司评级。",
            ["某某资信评估股份有限公司", "某某省交通控股集团有限公司"],
        ),
        # filings: holding, buying; bank loans, wealth products and corporate bonds are no banks or companies
        ("某某有限公司所持公司股份解冻，拟购买银行理财产品，申请银行贷款，发行10亿元公司债。", ["某某有限公司"]),
        # neighbourhood and village bodies, fire and traffic police units; 联合 after 政府 and 办事处
        # is "jointly with", and so is 协调
        (
            "某某区某某街街道办事处联合区民政局服务，某某镇人民政府协调县住建局。",
            ["某某区某某街街道办事处", "区民政局", "某某镇人民政府", "县住建局"],
        ),
        ("某某镇某某村村委会组织议事，地方部门如居委会参与。", ["某某镇某某村村委会"]),
        ("城西区消防救援大队演练，市交警支队整治。", ["城西区消防救援大队", "市交警支队"]),
        # going to and setting up with; levels and kinds of public service are generic
        (
            "某某医院专家团队赴某某州人民医院坐诊，与某某中医院建立远程会诊中心。",
            ["某某医院", "某某州人民医院", "某某中医院"],
        ),
        ("乡镇卫生院、公办小学和县级医院参加。", []),
        # a level's or a place's state-assets commission; an operating company is a kind
        ("市国资委推动改革，某某省国资委发文，成立算力运营公司。", ["市国资委", "某某省国资委"]),
    ],
)
def test_org_boundaries(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "要加快建设数字政府，提升服务水平。",
        "他仔细翻开政府工作报告，认真研读。",
        "聆听政府工作报告后，代表们深受鼓舞。",
        "要求属地政府和当地政府全力做好保障。",
        "协助常委会开展执法检查。",
        "督促法院依法办案。",
        "各省政府相继出台政策。",
        "大赛成立了组织委员会。",
        "各地科技部门要深化改革。",
        "加强基层党组织建设。",
        "公安局长到场。",
        "推进图书馆、实体书店建设。",
        "人员移动频繁，车辆移动缓慢。",
        "推动移动互联网和移动支付发展。",
        "获评省级工程技术研究中心和省重点实验室。",
    ],
)
def test_not_org_boundaries(text):
    assert texts(text, "ORG") == []


def test_bureau_before_its_head():
    assert texts("市生态环境局局长出席。", "ORG") == ["市生态环境局"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare zone word in front is the back-reference; a named zone in front makes one park
        ("海东开发区乐都园区新增企业。", ["海东开发区乐都园区"]),
        ("高新区北区园区建设加快。", ["北区园区"]),
        # a site inside a park is a second name
        ("海东工业园区平安大数据中心投运。", ["海东工业园区", "平安大数据中心"]),
        ("走进甘河工业园区华源铝业有限公司青海基地。", ["甘河工业园区", "华源铝业有限公司青海基地"]),
        # a closing bracket never opened ends the text before the name
        ("本报讯（记者 张明）海东工业园区今年新增项目。", ["海东工业园区"]),
        # a job title ends the name before a base
        ("某某光伏副总经理青海基地负责人介绍。", ["青海基地"]),
        # 科技园区 is one suffix, not 科技园 + 区
        ("鴻海在高雄軟體科技園區的算力中心。", ["高雄軟體科技園區"]),
        # a building verb ends the text before a site
        ("某某建设集团承建柳湾工业园区。", ["柳湾工业园区"]),
        ("今年建成格木大数据基地。", ["格木大数据基地"]),
        # Hong Kong and Taiwan parks
        ("香港科學園與將軍澳工業邨合作，桃園航空城招商。", ["香港科學園", "將軍澳工業邨", "桃園航空城"]),
        ("將於彰濱工業區興建儲能系統。", ["彰濱工業區"]),
        # verbs of going somewhere, and 据, end the text before a site
        ("罗先生家住南岸经开区，记者跑遍某某园区，据某某工业园区介绍。", ["南岸经开区", "某某园区", "某某工业园区"]),
        # periods of time, securing power and a reporter's visit end the text before a site;
        # 地区 ends a region before a described site; 前三季度 is a period, not a name
        ("今年以来南川工业园区新签约项目，前三季度园区产值增长。", ["南川工业园区"]),
        ("为保障某某零碳产业园用电，央视记者探访某某人工智能算力中心。", ["某某零碳产业园", "某某人工智能算力中心"]),
        ("加快沙漠戈壁荒漠地区大型风电光伏基地建设，海南州多个新能源基地开工。", []),
        # 科学园区 is one suffix; a base for training people is no industrial site
        ("新竹科學園區擴建，學校建成人才培养基地。", ["新竹科學園區"]),
        # a base named only by what is made there is a description; a place names it
        (
            "其锂盐生产基地投产，某某集团在甘河工业园区的锌冶炼基地改造，某某青海生产基地开工。",
            ["甘河工业园区", "某某青海生产基地"],
        ),
        # one of several, another one, and a site of the operators are descriptions; a new phase
        # of a base is no park of its own
        ("西北一处新能源基地并网，另一座大型数据中心和当地这处化工基地投运。", []),
        ("省内一处运营商大型数据中心上架率高，某某产业基地新一期园区交付。", ["某某产业基地"]),
        # deploying bounds a site; world-class is praise
        ("研究部署东川工业园区工作，加快建设世界级盐湖产业基地。", ["东川工业园区"]),
        ("支持青海建设新能源外送基地。", []),
        # studying, approving and promoting bound a site
        ("常务会议研究某某工业园区发展规划。", ["某某工业园区"]),
        (
            "批复同意某某经济技术开发区项目，推介某某高新技术产业开发区。",
            ["某某经济技术开发区", "某某高新技术产业开发区"],
        ),
    ],
)
def test_park_boundaries(text, expected):
    assert texts(text, "PARK") == expected


@pytest.mark.parametrize(
    "text",
    [
        "政策出台开发区发展迎来新机遇。",
        "助推开发区高质量发展，贡献开发区力量。",
        "企业既有厂房，也有研发基地。",
        "建成全国首个光伏玻璃生产基地。",
        "打造全国重要的锂电产业基地和国内最大的储能制造基地。",
        "参观林场管护基地。",
        # bases of armed forces are no industrial sites; 基地产 ends a developer's name
        "战机从某某空军基地起飞，潜入某某潜艇基地，某某国基地产公司开盘。",
        # several, every: a plural, not one site
        "某某市各工业园区加快建设，某某省多家产业园开工。",
        # a count inside, an ordinal batch, a scope or a compass region: descriptions, not sites
        "海北、海西两个千万千瓦级清洁能源基地加快建设。",
        "第二批园区名单公布。",
        "2029年全台资料中心新增用电需求。",
        "工程带动西北资料中心建设。",
        "建成首个光伏玻璃生产基地。",
        # praise across the seam of name and suffix (最 + 大数据中心)
        "建成高原规模最大数据中心。",
    ],
)
def test_not_park_descriptions(text):
    assert texts(text, "PARK") == []


def test_park_name_not_swallowed_by_company():
    text = "海东开发区乐都园区青海某某新材料有限公司投产。"
    assert ents(text) == [("海东开发区乐都园区", "PARK"), ("青海某某新材料有限公司", "ORG")]
    # a park's own developer keeps the park in its name
    assert texts("乐都园区投资建设有限公司成立。", "ORG") == ["乐都园区投资建设有限公司"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("河北、山西、内蒙古3省区和宁夏、甘肃两省参加。", ["3省区", "两省"]),
        ("城东、城北两地同步推进，民政等8部门联合举办。", ["两地", "8部门"]),
        ("年产500万只轮毂。", ["500万只"]),
    ],
)
def test_metric_new_units(text, expected):
    assert texts(text, "METRIC") == expected


@pytest.mark.parametrize(
    "text",
    [
        "贯彻党的二十届三次全会精神。",
        "严格落实中央八项规定。",
        "打造产业‘四地’建设。",
        "立足五个中心城市定位，扛牢五个首位责任。",
        "新建3地块。",
    ],
)
def test_not_metric_new(text):
    assert texts(text, "METRIC") == []


# ---------------------------------------------------------------------------------------------
# The component
# ---------------------------------------------------------------------------------------------


SENTENCE = "青海大学在南川工业园区投资约17.7亿元，建成8300余架机架。"


def doc_ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def names_of(doc):
    """The ORG and PARK entities of `doc` as (text, label)."""
    return [(text, label) for text, label in doc_ents(doc) if label in ("ORG", "PARK")]


def rules_with(known=(), common=()):
    """A blank pipeline with the entity rules, `known` as knowledge ORG names and `common` as
    everyday words (the gazetteer's GENERIC patterns)."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": name, "id": "knowledge"} for name in known]
        + [{"label": "GENERIC", "pattern": word} for word in common]
    )
    return nlp


def test_component_alone():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    assert doc_ents(nlp(SENTENCE)) == [
        ("青海大学", "ORG"),
        ("南川工业园区", "PARK"),
        ("17.7亿元", "MONEY"),
        ("8300余架", "METRIC"),
    ]


def test_component_labels_config():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules", config={"labels": ["MONEY", "METRIC"]})
    assert doc_ents(nlp(SENTENCE)) == [("17.7亿元", "MONEY"), ("8300余架", "METRIC")]


def _with_existing(nlp, text, start, end, label):
    """A doc as a trained ner would leave it: one entity already set."""
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, label=label)]
    return doc


def test_component_keeps_existing_entities():
    nlp = spacy.blank("zh")
    rules = nlp.add_pipe("xn_entity_rules")
    # the "model" found 约17.7亿 as METRIC: the rule MONEY overlaps it and is dropped
    doc = rules(_with_existing(nlp, SENTENCE, 13, 19, "METRIC"))
    assert ("约17.7亿", "METRIC") in doc_ents(doc)
    assert ("17.7亿元", "MONEY") not in doc_ents(doc)
    assert ("南川工业园区", "PARK") in doc_ents(doc)


def test_component_overwrite_labels():
    nlp = spacy.blank("zh")
    rules = nlp.add_pipe("xn_entity_rules", config={"overwrite_labels": ["MONEY"]})
    doc = rules(_with_existing(nlp, SENTENCE, 13, 19, "METRIC"))
    assert ("17.7亿元", "MONEY") in doc_ents(doc)
    assert not any(label == "METRIC" and "亿" in text for text, label in doc_ents(doc))
    # the 约 the old entity covered is outside now, not left as a stray entity token
    assert doc[13].ent_iob_ == "O"


def test_component_replace_labels_drops_the_models_guesses():
    nlp = spacy.blank("zh")
    rules = nlp.add_pipe("xn_entity_rules", config={"labels": ["PARK"], "replace_labels": ["PARK"]})
    # the "model" found 青海 as PARK, which no rule finds: with replace_labels it is dropped
    doc = rules(_with_existing(nlp, SENTENCE, 0, 2, "PARK"))
    assert [label for _, label in doc_ents(doc)].count("PARK") == 1 and ("南川工业园区", "PARK") in doc_ents(doc)
    assert doc[0].ent_iob_ == "O" and doc[1].ent_iob_ == "O"
    # an entity of another label stays
    kept = nlp.get_pipe("xn_entity_rules")(_with_existing(nlp, SENTENCE, 0, 2, "ORG"))
    assert ("青海", "ORG") in doc_ents(kept)


def test_component_after_a_pipe_setting_ents():
    # hybrid layout: an entity-setting component first, rules after it
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": [{"TEXT": "青"}, {"TEXT": "海"}]}])
    nlp.add_pipe("xn_entity_rules")
    result = doc_ents(nlp(SENTENCE))
    assert result[0] == ("青海", "ORG")  # the earlier entity is kept, the rule 青海大学 is not added
    assert ("17.7亿元", "MONEY") in result


def test_component_cuts_words_at_the_edges_of_what_it_finds():
    # a segmenter that glues a verb and a place onto names: the rules' spans keep their edges
    nlp = spacy.blank("zh")
    nlp.tokenizer = lambda text: Doc(
        nlp.vocab, words=["会同市", "自然资源和规划局要", "投资约17.7", "亿元"], spaces=[False] * 4
    )
    nlp.add_pipe("xn_entity_rules")
    doc = nlp("会同市自然资源和规划局要投资约17.7亿元")
    assert doc_ents(doc) == [("市自然资源和规划局", "ORG"), ("17.7亿元", "MONEY")]
    assert [t.text for t in doc][:2] == ["会同", "市"]


def test_gazetteer_patterns_and_serialisation(tmp_path):
    patterns_file = tmp_path / "patterns.jsonl"
    srsly.write_jsonl(
        patterns_file,
        [
            {"label": "ORG", "pattern": "阿里云"},
            {"label": "ORG", "pattern": "中国联通"},
            {"label": "PARK", "pattern": "图灵小镇"},
        ],
    )
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    nlp.initialize()
    nlp.get_pipe("xn_entity_rules").initialize(patterns=read_patterns(str(patterns_file)))
    text = "中国联通·阿里云万卡绿色算力项目落地，阿里雲也来了。"
    expected = [("中国联通", "ORG"), ("阿里云", "ORG"), ("阿里雲", "ORG")]
    assert doc_ents(nlp(text)) == expected

    nlp.to_disk(tmp_path / "rules_model")
    assert (tmp_path / "rules_model" / "xn_entity_rules" / "patterns.jsonl").exists()
    loaded = spacy.load(tmp_path / "rules_model")
    assert len(loaded.get_pipe("xn_entity_rules").patterns) == 3
    assert doc_ents(loaded(text)) == expected
    assert doc_ents(loaded(SENTENCE)) == doc_ents(nlp(SENTENCE))

    restored = spacy.blank("zh")
    restored.add_pipe("xn_entity_rules").from_bytes(nlp.get_pipe("xn_entity_rules").to_bytes())
    assert doc_ents(restored(text)) == expected


def test_initialize_from_config(tmp_path):
    patterns_file = tmp_path / "names.jsonl"
    srsly.write_jsonl(patterns_file, [{"label": "ORG", "pattern": "央视"}, {"label": "PARK", "pattern": "X"}])
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    nlp.config["initialize"]["components"]["xn_entity_rules"] = {
        "patterns": {"@misc": "xn.entity_patterns.v1", "path": str(patterns_file), "labels": ["ORG"]}
    }
    nlp.initialize()
    assert nlp.get_pipe("xn_entity_rules").patterns == [{"label": "ORG", "pattern": "央视"}]
    assert doc_ents(nlp("央视报道了此事。")) == [("央视", "ORG")]


def test_nothing_inside_a_title_even_from_the_gazetteer():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "新闻联播"}])
    assert doc_ents(nlp("央视《新闻联播》报道了南川工业园区。")) == [("南川工业园区", "PARK")]


def test_a_ministry_short_form_is_not_taken_from_the_word_for_departments():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "科技部"}])
    assert doc_ents(nlp("科技部门要深化改革。")) == []
    assert doc_ents(nlp("科技部要深化改革。")) == [("科技部", "ORG")]


def test_a_latin_name_is_not_taken_from_inside_a_longer_latin_word():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": p} for p in ("ESA", "wind", "IEA")])
    assert doc_ents(nlp("CNESA数据显示，金风科技（Goldwind）中标。")) == []
    assert doc_ents(nlp("ESA与IEA发布报告，IEA2024年报告。")) == [("ESA", "ORG"), ("IEA", "ORG")]


def test_places_before_a_position():
    from xn_model.rules.places import places_before

    text = "江苏江阴农商银行"
    assert places_before(text, text.index("农商银行")) == 0  # 江苏 and 江阴: a run of places
    assert places_before("前述邮储银行", 2) == 2  # 前述 is no place


@pytest.mark.parametrize(
    "text, entity",
    [
        ("前述邮储银行人士断言。", "邮储银行"),  # the regex alone grows over 前述
        ("据印度外交部官员表示。", "印度外交部"),  # a place before a known body belongs to it
        ("湖北中国移动公司开展活动。", "湖北中国移动公司"),  # the regex name, already with its place
        ("市人民检察院开展检查。", "市人民检察院"),  # a bare level is a qualifier, not a stray word
        # a known name that opens with a park's kind word is a tail: it bounds nothing
        ("西宁（国家级）经济技术开发区管委会发布。", "西宁（国家级）经济技术开发区管委会"),
    ],
)
def test_a_known_name_sets_the_left_edge_of_a_longer_regex_name(text, entity):
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [
            {"label": "ORG", "pattern": name, "id": "knowledge"}
            for name in ("邮储银行", "外交部", "中国移动", "人民检察院", "开发区管委会")
        ]
    )
    assert doc_ents(nlp(text)) == [(entity, "ORG")]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("某某能源局电力司有关负责人答记者问。", "某某能源局电力司"),
        ("某某统计局海西调查队发布数据。", "某某统计局海西调查队"),
        ("某某统计局局长表示。", "某某统计局"),  # a title is no unit
    ],
)
def test_a_unit_written_after_a_known_name_belongs_to_it(text, entity):
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": name, "id": "knowledge"} for name in ("某某能源局", "某某统计局", "某某移动")]
    )
    assert doc_ents(nlp(text)) == [(entity, "ORG")]
    # a site after a company is no unit: operator and site are one PARK (guidelines)
    assert doc_ents(nlp("某某移动数据中心投运。")) == [("某某移动数据中心", "PARK")]


def test_jointly_with_a_body_is_no_known_name():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": name, "id": "knowledge"} for name in ("联合国", "国网青海电力")]
    )
    # 联合 after a bureau is "jointly with": 国网青海电力 is the name, not 联合国
    assert doc_ents(nlp("某某能源局联合国网青海电力出台细则。")) == [("某某能源局", "ORG"), ("国网青海电力", "ORG")]
    assert doc_ents(nlp("联合国发布报告。")) == [("联合国", "ORG")]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("某某市公安局禁毒支队通报案情。", "某某市公安局禁毒支队"),
        ("某某省政府新闻办发布消息。", "某某省政府新闻办"),
        ("某某市检察院公诉处开展工作。", "某某市检察院公诉处"),
        # 处理, 所以 and 所有 are words, not a unit; a long stretch is a clause, not a unit
        ("某某市劳动局已介入处理此事。", "某某市劳动局"),
        ("某某市税务局之所以这样做。", "某某市税务局"),
        ("某某区法院一审以信用卡诈骗罪判处有期徒刑。", "某某区法院"),
        ("某某省公安厅刑事侦查总队破获案件。", "某某省公安厅刑事侦查总队"),
        ("省委第二巡视组进驻。", "省委第二巡视组"),
        ("省政府国资委召开会议。", "省政府国资委"),
        # a hospital's departments; 科技处 is a unit too, not a department 科
        ("某某省妇女儿童医院新生儿科救治患者。", "某某省妇女儿童医院新生儿科"),
        ("某某医院科技处发文。", "某某医院科技处"),
        ("某某集团西北分部表示。", "某某集团西北分部"),
    ],
)
def test_a_short_unit_written_after_a_name_found_by_pattern_belongs_to_it(text, entity):
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    assert doc_ents(nlp(text)) == [(entity, "ORG")]


# common words as a lexicon would give them (label GENERIC): never entities themselves
COMMON_WORDS = [
    {"label": "GENERIC", "pattern": w, "id": "jieba_common"} for w in ("商品", "生产", "军事", "优质", "烤烟")
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这里形成了商品生产基地。", []),  # common words only: a description
        ("部队驻扎在军事基地。", []),
        ("建成优质烤烟生产基地。", []),
        ("焦作市商品生产基地投产。", [("焦作市商品生产基地", "PARK")]),  # a place names it
        ("格拉斯小镇开业。", [("格拉斯小镇", "PARK")]),  # a word no lexicon knows names it
        ("商品生产基地与西宁经济技术开发区签约。", [("西宁经济技术开发区", "PARK")]),
    ],
)
def test_a_site_described_by_common_words_is_no_park(text, expected):
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(COMMON_WORDS)
    assert doc_ents(nlp(text)) == expected


def test_a_known_site_of_common_words_stays_and_common_words_are_never_entities():
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("xn_entity_rules")
    ruler.add_patterns(COMMON_WORDS + [{"label": "PARK", "pattern": "商品生产基地", "id": "knowledge"}])
    assert doc_ents(nlp("商品生产基地投产，商品供应充足。")) == [("商品生产基地", "PARK")]
    # the common words travel with the component's patterns
    restored = spacy.blank("zh")
    restored.add_pipe("xn_entity_rules").from_bytes(ruler.to_bytes())
    assert doc_ents(restored("建成优质烤烟示范园。")) == []
    # without the lexicon's common words the regex keeps what it found
    assert doc_ents(_rules_alone("建成优质烤烟示范园。")) == [("优质烤烟示范园", "PARK")]


def _rules_alone(text):
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    return nlp(text)


def test_is_described_site():
    from xn_model.rules.names import is_described_site, site_name_part

    assert site_name_part("三江源国家大数据基地") == "三江源国家"
    assert is_described_site("商品生产基地", {"商品", "生产"})
    assert is_described_site("绿色算力产业园", {"算力"})  # the rules' own descriptive words count
    assert not is_described_site("甘河园区", {"商品"})  # 甘河 is no common word
    assert not is_described_site("西宁商品产业园", {"西宁", "商品"})  # a place names it
    assert not is_described_site("烤烟生产基地", set())  # no lexicon, no judgement


def test_a_short_known_name_that_a_word_crosses_is_none():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": n, "id": "knowledge"} for n in ("北大", "京东", "中金", "北京大学")]
        + [{"label": "GENERIC", "pattern": "其中", "id": "jieba_common"}]
    )
    assert doc_ents(nlp("游客走西北大环线。")) == []  # 西北 crosses 北大
    assert doc_ents(nlp("店在北京东路。")) == []  # a place crosses 京东
    assert doc_ents(nlp("其中金山的股份。")) == []  # a common word crosses 中金
    assert doc_ents(nlp("京东与北大合作。")) == [("京东", "ORG"), ("北大", "ORG")]
    assert doc_ents(nlp("北京大学发布报告。")) == [("北京大学", "ORG")]  # longer names are not checked


def test_a_known_name_before_a_venue_word_names_the_venue():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "万达", "id": "knowledge"}])
    assert doc_ents(nlp("穿过海湖万达广场。")) == []
    assert doc_ents(nlp("万达发布公告。")) == [("万达", "ORG")]


def test_an_alias_defined_after_a_note_in_the_bracket():
    text = "港股上市的中國電力國際發展有限公司（股份代號：２３８０，下稱「中國電力」）公告，中國電力表示。"
    assert texts(text, "ORG") == ["中國電力國際發展有限公司", "中國電力", "中國電力"]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("全额收购俄罗斯欧洲银行。", "俄罗斯欧洲银行"),  # common words, then a place: the name starts there
        ("转战河北省政府。", "河北省政府"),
        ("农业银行青海分行开业。", "农业银行青海分行"),  # a kind word before the place: one name
    ],
)
def test_common_words_before_a_place_are_not_part_of_the_name(text, entity):
    nlp = spacy.blank("zh")
    words = ("全额", "收购", "转战", "农业", "银行")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "GENERIC", "pattern": w} for w in words])
    assert [e.text for e in nlp(text).ents if e.label_ == "ORG"] == [entity]


def test_levels_alone_own_no_government():
    assert texts("各县区人民政府要落实责任。", "ORG") == []
    assert texts("湟中区人民政府发布通知。", "ORG") == ["湟中区人民政府"]


def test_a_word_that_may_end_longer_names_does_not_cut_them():
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("xn_entity_rules")
    ruler.add_patterns([{"label": "ORG", "pattern": "儿童医院", "id": "jieba_nt"}])
    assert doc_ents(nlp("青海省妇女儿童医院开诊。")) == [("青海省妇女儿童医院", "ORG")]
    ruler.gazetteer.clear()
    ruler.add_patterns([{"label": "ORG", "pattern": "儿童医院", "id": "knowledge"}])
    assert doc_ents(nlp("青海省妇女儿童医院开诊。")) == [("儿童医院", "ORG")]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("6月底某某银行发布公告。", "某某银行"),
        ("5月13日某某集团宣布。", "某某集团"),
        ("因此某某能源公司决定。", "某某能源公司"),
        ("上述某某研究院指出。", "某某研究院"),
        ("首先欢迎某某实业投资有限公司。", "某某实业投资有限公司"),
        ("就像某某市政府所说。", "某某市政府"),
    ],
)
def test_a_date_or_a_connective_ends_the_name_before_it(text, entity):
    assert [text[s:e] for s, e, label in find_rule_spans(text) if label == "ORG"] == [entity]


@pytest.mark.parametrize(
    "text, names",
    [
        ("某某省就业服务局发布数据。", ["某某省就业服务局"]),  # 就 of 就业 is no boundary
        ("省法院指定某某铁路运输法院管辖。", ["省法院", "某某铁路运输法院"]),
        ("某某人大网讯 省十四届人大常委会召开。", ["某某人大网", "省十四届人大常委会"]),  # a byline at a line start
        ("某某职业技术学院三所高校。", ["某某职业技术学院"]),
        ("中国某某（呼和浩特）分公司开业。", ["中国某某（呼和浩特）分公司"]),  # 和 inside a place
    ],
)
def test_org_edges_of_this_round(text, names):
    assert [text[s:e] for s, e, label in find_rule_spans(text) if label == "ORG"] == names


def test_a_building_verb_ends_a_site_and_a_place_keeps_its_boundary_characters():
    text = "将军澳创新园加建资料中心。"
    assert [(text[s:e], label) for s, e, label in find_rule_spans(text)] == [("将军澳创新园", "PARK")]


@pytest.mark.parametrize(
    "text", ["许多银行对客户收费。", "外资银行跟进优惠。", "政策性银行发放贷款。", "小额贷款公司利率上限。"]
)
def test_kinds_of_banks_and_firms_are_no_names(text):
    assert [s for s in find_rule_spans(text) if s[2] == "ORG"] == []


def test_token_patterns():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": [{"TEXT": "华"}, {"TEXT": "为"}]}])
    assert doc_ents(nlp("华为来了。")) == [("华为", "ORG")]


def test_component_score():
    from spacy.training import Example

    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules")
    doc = nlp.make_doc(SENTENCE)
    gold = {"entities": [(0, 4, "ORG"), (14, 20, "MONEY")]}
    scores = nlp.evaluate([Example.from_dict(doc, gold)])
    assert scores["ents_r"] == 1.0 and 0 < scores["ents_p"] < 1.0


def test_coarse_tokens_are_cut_at_the_rule_edges():
    # with word segmentation a token may hold a leading approximator, which the spec leaves
    # outside the amount: the token is cut, the span does not grow to it
    nlp = spacy.blank("zh")
    rules = nlp.add_pipe("xn_entity_rules")
    doc = rules(Doc(nlp.vocab, words=["投资", "约17.7亿元", "。"], spaces=[False, False, False]))
    assert [(e.text, e.label_) for e in doc.ents] == [("17.7亿元", "MONEY")]
    assert [t.text for t in doc] == ["投资", "约", "17.7亿元", "。"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a short name defined in brackets takes its antecedent's label, there and later
        (
            "青海某某锂业股份有限公司（以下简称“某某锂业”）公告，某某锂业将扩产。",
            [("青海某某锂业股份有限公司", "ORG"), ("某某锂业", "ORG"), ("某某锂业", "ORG")],
        ),
        ("甲乙電力國際有限公司（下稱「甲乙電力」）表示。", [("甲乙電力國際有限公司", "ORG"), ("甲乙電力", "ORG")]),
        (
            "西宁（国家级）经济技术开发区（以下简称：西宁开发区）",
            [("西宁（国家级）经济技术开发区", "PARK"), ("西宁开发区", "PARK")],
        ),
        # a generic back-reference is not a name
        ("西宁经济技术开发区（以下简称“开发区”）招商。", [("西宁经济技术开发区", "PARK")]),
        ("某某产业园（以下简称“产业园”）开工。", [("某某产业园", "PARK")]),
        # no name before the bracket: nothing to alias (an event)
        ("2024西宁半程马拉松赛（简称：半马）开跑。", []),
    ],
)
def test_aliases_defined_in_the_text(text, expected):
    assert [(text[s:e], label) for s, e, label in find_rule_spans(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a national hub's cluster is one site; a short name for it follows the alias rule
        ("甲乙数据中心集群新签项目12个。", ["甲乙数据中心集群"]),
        ("丙丁資料中心集群（以下簡稱「丙丁集群」）擴容，丙丁集群", ["丙丁資料中心集群", "丙丁集群", "丙丁集群"]),
        ("戊己工业园光热产业区已集聚企业。", ["戊己工业园光热产业区"]),
        # verbs before a site are not part of its name
        ("项目已纳入庚辛工业园重点项目。", ["庚辛工业园"]),
        ("资金将投向壬癸电池产业园。", ["壬癸电池产业园"]),
        # counted and generic sites are not names
        ("确保两个重点园区供电可靠。", []),
        ("青海已投运数据中心标准机架3万个。", []),
        ("其光伏组件生产基地年内投产。", []),
    ],
)
def test_park_sites(text, expected):
    assert texts(text, "PARK") == expected


# ---------------------------------------------------------------------------------------------
# Names found by where they stand (xn_model/rules/mentions.py) and bare-bracket aliases
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # bylines: the outlet before 讯 / 专讯 / 综合报道 / a dateline ending in 电
        ("（高原晨报讯）记者从省里获悉。", ["高原晨报"]),
        ("【柴达木日報訊】暑假臨近。", ["柴达木日報"]),
        ("（南山通讯社兰州电）项目开工。", ["南山通讯社"]),
        ("（北方財經時報綜合報導）碳酸锂价格回升。", ["北方財經時報"]),
        # the paper a reporter writes for; a 年报 or a 记者会 is not a paper
        ("据西部能源报记者了解，项目已投产。", ["西部能源报"]),
        ("公司发布年报记者会安排。", []),
    ],
)
def test_news_sources(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("目前，甲乙科技、丙丁电子等科技大厂已入驻。", ["甲乙科技", "丙丁电子"]),
        ("吸引了云帆数据、星河云和远山智能等企业落户。", ["云帆数据", "星河云", "远山智能"]),
        # a list of one is no list; counts are amounts, not names
        ("云帆数据等企业已入驻。", []),
        ("三家、五家等企业。", []),
    ],
)
def test_list_members_before_a_kind_of_organisation(text, expected):
    assert texts(text, "ORG") == expected


def test_bare_bracket_alias_after_a_formal_name():
    text = "青海某某云数据科技有限公司（某某云）与省通信管理局签约，某某云将建设机房。"
    assert texts(text, "ORG") == ["青海某某云数据科技有限公司", "某某云", "省通信管理局", "某某云"]
    # a place in brackets after a name without a kind word is no alias
    assert texts("中国移动（西宁）分公司签约。", "ORG") == ["中国移动（西宁）分公司"]
    # nor is a short name defined by 下称 read as a bare one
    assert texts("某某药用资源科技股份有限公司（下称某某春天）公告。", "ORG") == [
        "某某药用资源科技股份有限公司",
        "某某春天",
    ]
    # nor is a role in a bid notice
    assert texts("某某设计研究院有限公司（牵头人）与某某公司组成联合体。", "ORG") == [
        "某某设计研究院有限公司",
        "某某公司",
    ]


def test_a_bracketed_aside_before_a_name_is_not_part_of_it():
    assert texts("（远山财经新闻）某某新能源科技股份有限公司上市。", "ORG") == [
        "远山财经新闻",
        "某某新能源科技股份有限公司",
    ]
    assert texts("当地业者某某云基地科技有限公司扩建机房。", "ORG") == ["某某云基地科技有限公司"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # 为 "for, as" and 经 "by" end the text before a body; 华为 keeps its 为
        ("平台一年为某某州人民医院完成会诊。", ["某某州人民医院"]),
        ("它已成为某某市数据局的试点。", ["某某市数据局"]),
        ("经某某市人民政府研究，同意立项。", ["某某市人民政府"]),
        ("华为公司参加。", ["华为公司"]),
        # a party committee of a level is a body; a company's is the company (G6)
        ("自治区党委常委出席。", ["自治区党委"]),
        ("某某能源有限公司党委书记发言。", ["某某能源有限公司"]),
        # a branch of an association; 分会场 is a venue
        ("某某自然基金会西宁分会参加。", ["某某自然基金会西宁分会"]),
        ("各市州分会场同步启动。", []),
        # 及 joins two fields inside a department's name, as 和 does
        ("某某特区政府创新科技及工业局表示。", ["某某特区政府创新科技及工业局"]),
        ("据某某广播电视总台报道。", ["某某广播电视总台"]),
        # hospital grades are not names; 投产后公司 is no company
        ("全省三级医院已增至26家。", []),
        ("项目投产后公司产能将提升。", []),
    ],
)
def test_org_edges_and_bodies(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,label,expected",
    [
        # science and technology cities and eco-industrial parks are sites
        ("并由某研究院在某某智慧绿能科学城建置研发基地。", "PARK", ["某某智慧绿能科学城"]),
        ("支持某某公司在新田科技城发展首批用地。", "PARK", ["新田科技城"]),
        ("首阶段在屯门环保园设立拆解中心。", "PARK", ["屯门环保园"]),
        # a data centre inside an industrial estate with no name of its own is the estate's
        ("將軍澳工業邨內數據中心用電量已佔全港約４％。", "PARK", ["將軍澳工業邨"]),
        # moving into, choosing, through and supporting end the text before a name
        ("平台明年將遷入將軍澳創新園的新數據中心。", "PARK", ["將軍澳創新園"]),
        ("某某已選定北投士林科技園區興建總部。", "PARK", ["北投士林科技園區"]),
        ("清華大學對口支援青海大學已逾２０年。", "ORG", ["清華大學", "青海大學"]),
        ("有陸企透過第三地公司挖角工程師。", "ORG", []),
        ("並優先支援本地大學及初創。", "ORG", []),
    ],
)
def test_sites_and_verbs_of_hong_kong_and_taiwan_press(text, label, expected):
    assert texts(text, label) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # commissions and bodies that every level has, written with the level alone
        ("省经委、省民委、省经信委有关负责人参加。", ["省经委", "省民委", "省经信委"]),
        ("省消防救援总队、省工商联派员参加。", ["省消防救援总队", "省工商联"]),
        # every body a place owns, with the level alone (a deputy's congress, G6)
        ("去年县人大代表共提出建议56件。", ["县人大"]),
        ("某某省台辦將提供便利。", ["某某省台辦"]),
        ("平台办理业务。", []),
        # levels together are a scope (各市州政府), two levels before a body too
        ("各市州政府要压实属地责任。", []),
        ("各市州党委组织部负责初审。", []),
        # 联合 after the bracket that closes a short name is the verb
        (
            "某某市发展和改革委员会（以下简称“市发改委”）联合市工信局召开会议。",
            ["某某市发展和改革委员会", "市发改委", "市工信局"],
        ),
        # a unit whose name joins two fields, and a platform being built, which is no unit
        # banking services, known names that open another word, institutes in general
        # time words and verbs before a kind word
        ("届时公司在黄河上游的装机规模将扩大。", []),
        ("以进一步增强公司资源储备。", []),
        ("主要從事鹽湖鹵水提鋰業務。", []),
        # a zone's committee after a determiner is generic; alone it names the committee
        ("园区管委会帮助企业协调用电。", ["园区管委会"]),
    ],
)
def test_bodies_of_levels_and_edges_of_earlier_years(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "西宁今年将投资3亿元改造老工业区道路。",
        "推动某某开发区建设千亿元产业园区。",
        "变电站可满足园区新增企业的用电需求。",
        "青海一個大型數據中心近日完成擴容。",
    ],
)
def test_described_sites_of_earlier_years(text):
    assert [t for t in texts(text, "PARK") if "某某" not in t] == []


def test_known_names_that_open_another_word_and_units_of_known_bodies():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [
            {"label": "ORG", "pattern": n, "id": "knowledge"}
            for n in ("中国银行", "青海银行", "香港大学", "国家能源局", "市委", "中国科学院青海盐湖研究所")
        ]
    )
    # a known name whose kind word opens another word names nothing (银行业, 大学生)
    assert doc_ents(nlp("青海银行业金融机构贷款增长。")) == []
    assert doc_ents(nlp("邀請更多香港大學生參訪。")) == []
    assert doc_ents(nlp("青海银行发布公告。")) == [("青海银行", "ORG")]
    # a banking service is no bank; the bank before it is
    assert doc_ents(nlp("市民使用中国银行手机银行乘车。")) == [("中国银行", "ORG")]
    # a unit whose name joins two fields with 和 belongs to its body
    assert doc_ents(nlp("国家能源局新能源和可再生能源司负责人赴青海调研。")) == [
        ("国家能源局新能源和可再生能源司", "ORG")
    ]
    # a platform being built is no unit
    assert doc_ents(nlp("支持中国科学院青海盐湖研究所建设国家重点实验室。")) == [("中国科学院青海盐湖研究所", "ORG")]
    # a zone's committee after a determiner is generic
    assert doc_ents(nlp("该开发区管委会负责人介绍。")) == []
    # a body of the closed list is whole around a known name (团市委 around 市委)
    assert doc_ents(nlp("团市委等单位参加。")) == [("团市委", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a party's role in a case and a court's verbs end the text before a name
        ("原告某某硅材料有限公司诉被告某某建设工程有限公司一案。", ["某某硅材料有限公司", "某某建设工程有限公司"]),
        ("管理人某某律师事务所报告了财产变价方案。", ["某某律师事务所"]),
        ("城东区人民法院依法受理某某物流有限公司破产清算一案。", ["城东区人民法院", "某某物流有限公司"]),
        # a court's name never runs through a company's
        ("某某房地产开发有限公司不服西宁市中级人民法院一审判决。", ["某某房地产开发有限公司", "西宁市中级人民法院"]),
        # units of courts and tax bureaus; courts and inspection teams written short
        ("省高院近日出台十条措施。", ["省高院"]),
        ("中央第五生态环境保护督察组向青海省反馈督察情况。", ["中央第五生态环境保护督察组"]),
        # a single 某 withholds a name; several of a kind are no name
        ("青海某科技公司原财务人员挪用资金。", []),
        ("今年已有多家A股公司赴港上市。", []),
        ("已有数百家中小学校接入线上课程。", []),
        # 联合 after a department or 科协 is the verb; 会商会议 is a meeting
        ("省科协联合某某大学开展活动。", ["省科协", "某某大学"]),
        ("部省会商会议召开。", []),
        # hospital grades are kinds
        ("医院将以创建三级甲等专科医院为目标。", []),
    ],
)
def test_courts_regulators_and_science_news(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("某某区人民法院审结一起涉某某零碳算力产业园的纠纷。", ["某某零碳算力产业园"]),
        ("阿里云宣布其张北数据中心完成扩容。", ["张北数据中心"]),
        ("某某云基地内中国移动（宁夏中卫）数据中心三期正在建设。", ["某某云基地", "中国移动（宁夏中卫）数据中心"]),
        # a date inside the stretch is the project's
        ("中标中国移动2024年至2025年新型智算中心采购项目。", []),
        # a region after a country, pilot and training bases, cooling and a withheld name describe
        ("中國大陸西部智算中心亦帶動拉貨。", []),
        ("双方共建盐湖镁资源综合利用中试基地和数据标注实训基地。", []),
        ("学生将参与液冷数据中心运维实习。", []),
        ("其中一起发生在青海某化工园区。", []),
    ],
)
def test_sites_in_court_and_computing_trade_news(text, expected):
    assert texts(text, "PARK") == expected


def test_units_of_courts_and_hospitals_after_known_names():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [
            {"label": "ORG", "pattern": n, "id": "knowledge"}
            for n in ("最高人民法院", "中日友好医院", "国家税务总局", "青海鑫源锌业有限公司")
        ]
    )
    # a penalty is no 处 unit of the company before it
    assert doc_ents(nlp("西宁市生态环境局对青海鑫源锌业有限公司作出行政处罚决定。")) == [
        ("西宁市生态环境局", "ORG"),
        ("青海鑫源锌业有限公司", "ORG"),
    ]
    assert doc_ents(nlp("国家税务总局青海省税务局第一稽查局依法查处青海博通商贸有限公司。")) == [
        ("国家税务总局青海省税务局第一稽查局", "ORG"),
        ("青海博通商贸有限公司", "ORG"),
    ]
    assert doc_ents(nlp("最高人民法院第六巡回法庭再审改判。")) == [("最高人民法院第六巡回法庭", "ORG")]
    # 联合 after a hospital's department is the verb
    assert doc_ents(nlp("西宁市第一人民医院神经内科联合中日友好医院开展会诊。")) == [
        ("西宁市第一人民医院神经内科", "ORG"),
        ("中日友好医院", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # signs belong to temperatures and voltages
        ("青海—河南±800千伏特高压直流工程投运。", ["±800千伏"]),
        ("气温常年在零下20摄氏度左右。", ["零下20摄氏度"]),
        ("工作温度范围-20℃至55℃。", ["-20℃至55℃"]),
        ("2024-2025年计划。", []),
        # units of the power, battery, weather and data-centre pages
        ("新建变电容量420万千伏安。", ["420万千伏安"]),
        ("电芯能量密度为165Wh/kg，综合电耗55千瓦时/千克。", ["165Wh/kg", "55千瓦时/千克"]),
        ("年均风速达6.5米/秒，降水量425.3毫米，积雪厚度约3厘米。", ["6.5米/秒", "425.3毫米", "3厘米"]),
        ("机架总规模超过830万标准机架。", ["830万标准机架"]),
        # counted after digits only: 头, 起, 片, 列, 基; after a Chinese numeral they open words
        (
            "牦牛存栏520万头，破获案件2136起，月产能30万片，开行班列7600列，立塔520余基。",
            ["520万头", "2136起", "30万片", "7600列", "520余基"],
        ),
        ("一起发生在园区，三面环山。", []),
        ("出动除雪车辆186台次。", ["186台次"]),
        # provinces and regions counted; the three sectors are a fixed phrase
        ("宁夏、青海两省区新能源场站。", ["两省区"]),
        ("三次产业增加值分别增长5.2%。", ["5.2%"]),
        # shares after 的 and 产; a named coefficient's value
        ("约占全国的三成，较去年增产两成。", ["三成", "两成"]),
        ("农田灌溉水有效利用系数提高到0.51。", ["0.51"]),
    ],
)
def test_amounts_of_other_pages(text, expected):
    assert texts(text, "METRIC") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # levels listed after 各 are generic; a date with 前 bounds a name
        ("主送：各市、州人民政府，各区、县人民政府。", []),
        ("要求于6月底前完成中小学校舍排查。", []),
        # offices of joint meetings and leading groups with no name of their own
        ("每半年向领导小组办公室报送一次进展，并抄送联席会议办公室。", []),
        # commissions, observatories and stations of a level; 编办 of a party committee
        (
            "市卫生健康委、青海省气象台、青海省节能监察中心、省委编办参加。",
            ["市卫生健康委", "青海省气象台", "青海省节能监察中心", "省委编办"],
        ),
        # 联合 after a station or a broadcaster is the verb
        ("某某省草原总站联合省农业农村厅开展培训。", ["某某省草原总站", "省农业农村厅"]),
        ("某某广播电视台联合市委宣传部推出报道。", ["某某广播电视台", "市委宣传部"]),
        # roles in a filing end the text before the name; a stock code follows a listed company's name
        (
            "保荐机构某某证券股份有限公司认为，审计机构某某会计师事务所出具报告。",
            ["某某证券股份有限公司", "某某会计师事务所"],
        ),
        ("科达制造（600499）公告，中國鋁業（02600）預計增長。", ["科达制造", "中國鋁業"]),
        ("（2024）青01民初356号民事判决书。", []),
        # "with" after an adverb opens a list, it joins no member
        ("省内多家专精特新企业已与西部证券、华西证券等券商签署协议。", ["西部证券", "华西证券"]),
    ],
)
def test_government_documents_and_filings(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # shares, lots and basis points; per unit and words that 股 opens are no count
        ("持股约3800万股，成交2万手，下调25个基点。", ["3800万股", "2万手", "25个基点"]),
        ("每10股派发现金红利，股价上涨。", []),
        ("600535股价回落。", []),
    ],
)
def test_amounts_of_markets(text, expected):
    assert texts(text, "METRIC") == expected


def test_a_unit_written_after_a_regional_institute_and_a_research_department():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": n, "id": "knowledge"} for n in ("中国电建", "中信证券")]
    )
    assert doc_ents(nlp("中国电建西北院牵头编制规划。")) == [("中国电建西北院", "ORG")]
    assert doc_ents(nlp("中信证券研究部认为板块估值已处于低位。")) == [("中信证券研究部", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a factory opened by a mainland place is an enterprise; 设厂, 新厂, 工厂, 厂房 are not
        ("青海铝厂、西宁钢厂和青海钾肥厂负责人参加。", ["青海铝厂", "西宁钢厂", "青海钾肥厂"]),
        ("多家企业正评估在青海设厂，上海新厂产能提升，一家工厂的厂房。", []),
        ("泰国电源厂扩建。", []),
        # the ministries, commissions and headquarters of the 1990s; youth federations; embassies
        (
            "省经贸委、化学工业部、青藏铁路建设总指挥部、省青联参加。",
            ["省经贸委", "化学工业部", "青藏铁路建设总指挥部", "省青联"],
        ),
        ("某某试验区工作领导小组召开会议，下设现场指挥部。", ["某某试验区工作领导小组"]),
        ("德国驻华大使馆官员到访某某经济技术开发区。", ["德国驻华大使馆"]),
        ("青海铝厂划归中国铝业公司。", ["青海铝厂", "中国铝业公司"]),
        # certification bodies, freight centres; a span of years is no name; Latin letters with accents
        ("中国质量认证中心为西宁货运中心颁发证书。", ["中国质量认证中心", "西宁货运中心"]),
        ("近两年公司新增车辆全部为纯电动车型。", []),
        ("TÜV南德意志集团出具声明。", ["TÜV南德意志集团"]),
    ],
)
def test_factories_old_bodies_embassies_and_logistics(text, expected):
    assert texts(text, "ORG") == expected


def test_logistics_parks_and_dry_ports_are_sites():
    assert texts("在朝阳物流园和西宁陆港开展调研。", "PARK") == ["朝阳物流园", "西宁陆港"]


def test_units_of_railways_and_representative_offices():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": n, "id": "knowledge"} for n in ("中国铁路青藏集团有限公司", "联合国开发计划署")]
    )
    assert doc_ents(nlp("中国铁路青藏集团有限公司西宁车务段增开列车。")) == [
        ("中国铁路青藏集团有限公司西宁车务段", "ORG")
    ]
    assert doc_ents(nlp("联合国开发计划署驻华代表处表示支持。")) == [("联合国开发计划署驻华代表处", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "流量达3600立方米/秒，放流120万尾，救治46例，骆驼2100峰，鸟类1.2万羽，马15匹，唐卡60余幅。",
            ["3600立方米/秒", "120万尾", "46例", "2100峰", "1.2万羽", "15匹", "60余幅"],
        ),
        ("首尾相连，一例一策。", []),
    ],
)
def test_amounts_of_farms_rivers_and_hospitals(text, expected):
    assert texts(text, "METRIC") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # students' unions and federations, examination authorities, ethnic affairs commissions
        (
            "省学联、青海省教育招生考试院、州民宗委、团州委参加。",
            ["省学联", "青海省教育招生考试院", "州民宗委", "团州委"],
        ),
        ("双方将共建高原医学联合研究平台。", []),
        # the armed police's corps of a place keeps 武警; a studio is no body
        ("武警青海总队参加，果洛州广播电视台演播厅启用。", ["武警青海总队", "果洛州广播电视台"]),
        # signing, building together, pushing on end the text before a name
        ("某某大学与某某师范大学签订协议，要持续推进集团化办学。", ["某某大学", "某某师范大学"]),
        # owners' committees, herding areas' co-operatives, street offices and party committees in general
        ("业主委员会、牧区合作社、街道办事处和党委政府共同参与。", []),
    ],
)
def test_schools_prefectures_and_commentaries(text, expected):
    assert texts(text, "ORG") == expected


def test_a_national_park_zone_is_no_site():
    assert texts("三江源国家公园长江源园区管委会成立。", "PARK") == []
    assert texts("雪豹出没在三江源国家公园长江源园区。", "PARK") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "新建2回线路，涵洞136道，桥梁186孔，机井12眼，电梯120部，路灯380盏，设备156台套，管道412延米，压力6.3兆帕。",
            ["2回", "136道", "186孔", "12眼", "120部", "380盏", "156台套", "412延米", "6.3兆帕"],
        ),
        ("设计速度80公里/小时，产能提升约一倍。", ["80公里/小时", "一倍"]),
        # counties and prefectures counted; a jurisdiction's parts are a fixed phrase
        ("湟中、湟源两县和玉树、果洛两州参加。", ["两县", "两州"]),
        ("我市两县一区已完成，全省六州二市。", []),
        ("3部门联合，4部分组成。", ["3部门"]),
    ],
)
def test_amounts_of_construction(text, expected):
    assert texts(text, "METRIC") == expected


def test_capital_origins_describe_and_adding_a_site_is_a_verb():
    # 港资控股, 台资控股: a holding by its capital's origin, no company's name
    assert texts("该公司为港资控股企业。", "ORG") == []
    assert texts("多家企业计划在中国西部增设数据中心。", "PARK") == []


# ---------------------------------------------------------------------------------------------
# Discipline inspection and appointment notices; city life (probes of stop 17)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # a company's former party committee in a post is the company (G6); so is a 党组成员's body
        ("给予青海盐湖工业股份有限公司原党委副书记赵某处分。", ["青海盐湖工业股份有限公司"]),
        ("省纪委监委对省商务厅原党组成员杨某某立案审查。", ["省纪委监委", "省商务厅"]),
        # inspection teams; 巡察组 alone is a unit of the body before it
        ("中央第九巡视组向青海省委反馈巡视情况。", ["中央第九巡视组", "青海省委"]),
        ("乐都区委巡察组向区卫生健康局党组反馈。", ["乐都区委巡察组", "区卫生健康局党组"]),
        # verbs of notices before a body, and an appointed person's 任
        ("循化县纪委监委约谈县民政局主要负责人。", ["循化县纪委监委", "县民政局"]),
        ("经西宁市委研究决定：王某某任西宁市城北区委副书记。", ["西宁市委", "西宁市城北区委"]),
        # generic: universities' committees, discipline bodies in general, schools in general
        ("督促青海大学等高校党委落实责任，全省纪检监察机关立案。", ["青海大学"]),
        ("通知全市中小学推迟到校。", []),
        # 控股的 "held by"; 联合 "jointly with" before a level's body or after the police
        ("紫金矿业控股的西藏巨龙铜业有限公司开工。", ["紫金矿业", "西藏巨龙铜业有限公司"]),
        (
            "省民政厅近日联合省慈善总会启动行动，民警联合南滩街道办事处寻人。",
            ["省民政厅", "省慈善总会", "南滩街道办事处"],
        ),
    ],
)
def test_notices_of_discipline_inspection_and_appointments(text, expected):
    assert texts(text, "ORG") == expected


def test_a_group_a_commission_sends_into_a_body_is_one_name_with_the_commission():
    # the regex layer ends the commission at 驻; the component joins the group as its unit
    assert texts("近日，省纪委监委驻省自然资源厅纪检监察组开展专项监督。", "ORG")[0] == "省纪委监委"
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "中国五矿集团有限公司"}])
    assert doc_ents(nlp("近日，省纪委监委驻省自然资源厅纪检监察组开展专项监督。")) == [
        ("省纪委监委驻省自然资源厅纪检监察组", "ORG")
    ]
    assert doc_ents(nlp("正接受中央纪委国家监委驻中国五矿集团有限公司纪检监察组审查调查。")) == [
        ("中央纪委国家监委驻中国五矿集团有限公司纪检监察组", "ORG")
    ]


def test_city_life_bodies_and_what_is_not_one():
    assert texts("城北区第一幼儿园和西宁市社会福利院开展活动，西宁市急救中心出车。", "ORG") == [
        "城北区第一幼儿园",
        "西宁市社会福利院",
        "西宁市急救中心",
    ]
    assert texts("共检查学校周边小卖部46家。", "ORG") == []
    # a city's districts and new quarters are places, not parks; 至 and 周末 bound a site
    assert texts("周末海湖新区商圈拥堵，西宁城南新区建设加快。", "PARK") == []
    assert texts("开通东川工业园区至海湖新区的定制公交线路。", "PARK") == ["东川工业园区"]


def test_units_of_units_and_not_a_deputy_s_post():
    nlp = rules_with(["万科"])
    assert doc_ents(nlp("西宁市公安局交通警察支队城西大队增派警力，招商银行西宁分行营业部报警。")) == [
        ("西宁市公安局交通警察支队城西大队", "ORG"),
        ("招商银行西宁分行营业部", "ORG"),
    ]
    # 检查 "inspected" bounds a name, but not inside a unit's name
    assert doc_ents(nlp("果洛州纪委监委第三监督检查室深入玛沁县。")) == [("果洛州纪委监委第三监督检查室", "ORG")]
    assert doc_ents(nlp("国家发展改革委财政金融司副司长表示，万科物业将整改。")) == [
        ("国家发展改革委财政金融司", "ORG"),
        ("万科物业", "ORG"),
    ]


def test_a_kindergarten_or_club_named_by_common_words_is_none():
    nlp = rules_with(common=("电竞", "城区"))
    assert doc_ents(nlp("城区幼儿园扩容，电竞俱乐部招新，青海昆仑山足球俱乐部出征。")) == [
        ("青海昆仑山足球俱乐部", "ORG")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # social media: hearsay, nearness and times of day bound a site
        ("有人知道南川工业园区的公交几点收车吗？", ["南川工业园区"]),
        ("听说青海图灵小镇要建好了？", ["青海图灵小镇"]),
        ("因南川工业园区道路施工，52路临时绕行。", ["南川工业园区"]),
        ("上午路过南川工业园区，厂房好大！", ["南川工业园区"]),
    ],
)
def test_words_of_social_media_bound_a_site(text, expected):
    assert texts(text, "PARK") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count inside a list member is no name (组织|120家企业 与 …等高校)
        ("组织120家企业与青海大学、青海师范大学等高校对接。", ["青海大学", "青海师范大学"]),
        # 通过 "passed" a body's certification; 派出 "sent" a group
        ("青海晶科能源有限公司的组件通过中国质量认证中心认证。", ["青海晶科能源有限公司", "中国质量认证中心"]),
        ("新疆维吾尔自治区生态环境厅派出工作组赴现场督办。", ["新疆维吾尔自治区生态环境厅"]),
        # metrology institutes, monitoring stations, consumers' associations, observatories of a level
        ("青海省计量检定测试所与格尔木市环境监测站签约。", ["青海省计量检定测试所", "格尔木市环境监测站"]),
        ("西宁市消协提醒消费者，省气象台发布预警。", ["西宁市消协", "省气象台"]),
        ("新建生态监测站点200个。", []),
        # 全国 is part of a national standards committee's name
        ("全国钢标准化技术委员会专家参与了审定。", ["全国钢标准化技术委员会"]),
        # the post and the traffic police of a place
        ("【西宁邮政回复】已督促网点投递，给西宁交警点赞！", ["西宁邮政", "西宁交警"]),
    ],
)
def test_standards_testing_and_enforcement_bodies(text, expected):
    assert texts(text, "ORG") == expected


def test_units_of_courts_universities_and_offices_kept_elsewhere():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": p} for p in ("国家林业和草原局", "CNAS", "天津大学")]
    )
    assert doc_ents(nlp("青海省高级人民法院知识产权审判庭发布典型案例。")) == [
        ("青海省高级人民法院知识产权审判庭", "ORG")
    ]
    assert doc_ents(nlp("国家林业和草原局驻西宁森林资源监督专员办事处通报。")) == [
        ("国家林业和草原局驻西宁森林资源监督专员办事处", "ORG")
    ]
    assert doc_ents(nlp("天津大学环境科学与工程学院和青海民族大学图书馆合作。")) == [
        ("天津大学环境科学与工程学院", "ORG"),
        ("青海民族大学图书馆", "ORG"),
    ]
    # 实验室认可 is an accreditation, not CNAS's laboratory
    assert doc_ents(nlp("检测中心通过了CNAS实验室认可。")) == [("CNAS", "ORG")]


def test_a_laboratory_named_by_common_words_is_none():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "GENERIC", "pattern": w} for w in ("网络安全", "服务器")])
    assert doc_ents(nlp("双方共建网络安全联合实验室和服务器检测实验室，鹏城实验室参与。")) == [("鹏城实验室", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # résumés: 曾任, 历任, 当选 and a person's 先生 bound a body; 原, 前 "former" are no part of it
        ("曾任普华永道中天会计师事务所高级经理。", ["普华永道中天会计师事务所"]),
        ("陆某，历任青海省统计局局长。", ["青海省统计局"]),
        ("郭某当选青海省光伏产业协会会长。", ["青海省光伏产业协会"]),
        ("原壳牌中国集团主席林某将出任其中国区总裁。", ["壳牌中国集团"]),
        ("前中国电子科技集团有限公司第十五研究所副所长罗某。", ["中国电子科技集团有限公司第十五研究所"]),
        # emergencies: police stations, flood control offices, troupes; not 局部地区
        ("格尔木市唐古拉山镇派出所民警赶到，省防汛办发布预警。", ["格尔木市唐古拉山镇派出所", "省防汛办"]),
        ("玉树州民族歌舞团演出，甘肃南部局部地区有雨。", ["玉树州民族歌舞团"]),
        # 组成 "formed", but 组成员 is a team's member
        ("省卫生健康委组成联合工作组赶赴灾区。", ["省卫生健康委"]),
    ],
)
def test_resumes_emergencies_and_troupes(text, expected):
    assert texts(text, "ORG") == expected


def test_units_of_companies_broadcasters_and_rescue():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": p} for p in ("清华大学", "中央广播电视总台", "青海省红十字会")]
    )
    assert doc_ents(nlp("曾任中国建设银行股份有限公司青海省分行公司业务部总经理。")) == [
        ("中国建设银行股份有限公司青海省分行公司业务部", "ORG")
    ]
    assert doc_ents(nlp("他毕业于国立清华大学电机系，中央广播电视总台体育频道直播。")) == [
        ("国立清华大学电机系", "ORG"),
        ("中央广播电视总台体育频道", "ORG"),
    ]
    assert doc_ents(nlp("青海省红十字会赈济救援队抵达，区委组织部开展年轻干部教育。")) == [
        ("青海省红十字会赈济救援队", "ORG"),
        ("区委组织部", "ORG"),
    ]
    assert doc_ents(nlp("断网情况下数据中心照常运行。")) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # 并 "and", 部分 "some", 和 "and" are no boundary inside words and places
        (
            "北京并行科技股份有限公司宣布，泽库县和日石雕专业合作社开业。",
            ["北京并行科技股份有限公司", "泽库县和日石雕专业合作社"],
        ),
        # 全国 opens the names of national committees and associations
        ("全国博士后管委会公布名单，全国钢标准化技术委员会审定。", ["全国博士后管委会", "全国钢标准化技术委员会"]),
        # supply and marketing co-operatives, state farms; generic farmers' co-operatives
        ("青海省供销合作联社与青海诺木洪农场签约，农牧民专业合作社参加。", ["青海省供销合作联社", "青海诺木洪农场"]),
        # 以上, 年度, 列入 bound a name
        ("全省县级以上医院接入平台，项目已列入省能源局清单。", ["省能源局"]),
    ],
)
def test_conjunctions_inside_words_national_bodies_and_co_operatives(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("对入驻都兰县香日德工业集中区的企业给予支持。", ["都兰县香日德工业集中区"]),
        ("双方共建产教融合协同育人基地，县文化馆设立非遗传习基地。", []),
        # 2024年度 is a date (its 度 no part of the site)
        ("2024年度西宁经济技术开发区完成投资。", ["西宁经济技术开发区"]),
    ],
)
def test_sites_of_counties_and_bases_that_are_titles(text, expected):
    assert texts(text, "PARK") == expected


def test_a_batch_to_come_and_and_jointly_before_a_place():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "GENERIC", "pattern": w} for w in ("标注", "培训")])
    assert doc_ents(nlp("推动青海图灵小镇申报下一批数据标注基地。")) == [("青海图灵小镇", "PARK")]
    assert doc_ents(nlp("并联合青海民族大学开展培训。")) == [("青海民族大学", "ORG")]


def test_quoting_moving_and_relying_bound_a_name():
    assert texts("香港經濟日報引述中國科學院青海鹽湖研究所的數據。", "ORG") == [
        "香港經濟日報",
        "中國科學院青海鹽湖研究所",
    ]
    assert texts("冷數據儲存轉往青海雲網大數據中心，主要依賴西寧經濟技術開發區。", "PARK") == [
        "青海雲網大數據中心",
        "西寧經濟技術開發區",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # counts with 对, 笔, 盒, 瓶, 趟, 本 after digits; after a Chinese numeral with a magnitude for some
        (
            "新增动车组46对，发放贷款1.7万笔，查扣药品37盒，年产1.4亿瓶，房产证486本。",
            ["46对", "1.7万笔", "37盒", "1.4亿瓶", "486本"],
        ),
        ("出栏牦牛八百余头，每日开行列车一千二百趟。", ["八百余头", "一千二百趟"]),
        ("月薪六千起，苍山十九峰，11对战平台，千头万绪。", []),
        # standard containers, provinces and cities counted, a share and a half, ranges of percents in words
        ("吞吐量达130万标准箱，来自三省市的旅客增长一成半。", ["130万标准箱", "三省市", "一成半"]),
        ("发电量增加百分之十到百分之十五，占全国九成以上。", ["百分之十到百分之十五", "九成"]),
        # a pair written in Chinese numerals; the value of PMI; PUE in words
        ("总规模六百兆瓦/二千四百兆瓦时。", ["六百兆瓦/二千四百兆瓦时"]),
        ("制造业PMI为50.8，PUE值降到了一点一五。", ["50.8", "一点一五"]),
    ],
)
def test_counts_shares_and_indicators_of_probes_of_stop_17(text, expected):
    assert texts(text, "METRIC") == expected


def test_a_price_per_unit_is_money_on_its_amount():
    assert texts("碳酸锂价格由9.8万元/吨跌至7.5万元/吨，收购价每公斤20元。", "MONEY") == ["9.8万元", "7.5万元", "20元"]


# ---------------------------------------------------------------------------------------------
# Probes of stop 18: counterpart aid, banks and insurers, forums, united front, builders, Hong
# Kong filings (corpus/probes/README.md)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # counties' and prefectures' media centres, offices and federations of a level
        ("果洛州融媒体中心报道，县融媒体中心全程直播。", ["果洛州融媒体中心", "县融媒体中心"]),
        (
            "省外办、省台联、省作协和市金融办联合举办，青海省伊协负责人座谈。",
            ["省外办", "省台联", "省作协", "市金融办", "青海省伊协"],
        ),
        # the democratic parties' committees of a level; 各民主党派省委会 is generic, 省委会同 is 省委 + 会同
        ("民革青海省委会与九三学社西宁市委会联合调研。", ["民革青海省委会", "九三学社西宁市委会"]),
        ("各民主党派省委会负责人参加。", []),
        ("省委会同省政府印发通知。", ["省委", "省政府"]),
        # 联合会 after a federation's short name (工商联|合会), friendship associations
        ("尼泊尔工商联合会代表团与青海省归国华侨联合会座谈。", ["尼泊尔工商联合会", "青海省归国华侨联合会"]),
        ("青海省党外知识分子联谊会组织会员赴德令哈。", ["青海省党外知识分子联谊会"]),
        # 对外 is part of a name; 对 alone bounds one
        ("对外经济贸易大学对青海大学开展帮扶。", ["对外经济贸易大学", "青海大学"]),
        # 组织 "organised" after a body, not the word in 组织部
        (
            "青海证监局组织辖区上市公司座谈，西宁市工商联组织青海省福建商会参加。",
            ["青海证监局", "西宁市工商联", "青海省福建商会"],
        ),
        ("省委组织部召开会议。", ["省委组织部"]),
        # roles and verbs before a name
        (
            "施工方中建八局西北公司进场，参建单位中国葛洲坝集团第一工程有限公司汇报。",
            ["中建八局西北公司", "中国葛洲坝集团第一工程有限公司"],
        ),
        (
            "並委任新百利融資有限公司為獨立財務顧問，核數師畢馬威會計師事務所未提出保留意見。",
            ["新百利融資有限公司", "畢馬威會計師事務所"],
        ),
        ("形成调研报告报送省卫生健康委。", ["省卫生健康委"]),
        ("青海省發展和改革委員會聯同國家能源局西北監管局調研。", ["青海省發展和改革委員會", "國家能源局西北監管局"]),
        # insurers and Taiwan's investment firms by their trade; 财产险 is insurance, not an insurer
        ("中华财险理赔，元大投信與凱基投顧看好。", ["中华财险", "元大投信", "凱基投顧"]),
        ("为盐化企业提供财产险保障。", []),
        # generic kinds of firms, a scam, a place of business
        ("保险公司的营业厅里讲解养老骗局，当地农商银行和公交公司也参与。", []),
        ("新华人寿保险股份有限公司青海分公司营业场所迁址。", ["新华人寿保险股份有限公司青海分公司"]),
        # an engineering bureau numbered past ten; a listing committee
        ("中铁十一局承建，获深交所上市委审议通过。", ["中铁十一局", "深交所上市委"]),
    ],
)
def test_bodies_of_probes_of_stop_18(text, expected):
    assert texts(text, "ORG") == expected


def test_a_listing_committee_and_a_universitys_hospital_after_known_names():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [
            {"label": "ORG", "pattern": n, "id": "knowledge"}
            for n in ("深交所", "首都医科大学", "北京儿童医院", "省委", "生态环境部")
        ]
    )
    assert doc_ents(nlp("获深交所上市委审议通过。")) == [("深交所上市委", "ORG")]
    assert doc_ents(nlp("首都医科大学附属北京儿童医院专家")) == [("首都医科大学附属北京儿童医院", "ORG")]
    assert doc_ents(nlp("各民主党派省委会负责人参加。")) == []
    # a unit of a known body that opens with 对外 (not 对 "to")
    assert doc_ents(nlp("生态环境部对外合作与交流中心主办。")) == [("生态环境部对外合作与交流中心", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # logistics parks with 园区, bonded logistics centres, 产业发展园区
        ("格尔木综合物流园区铁路专用线。", ["格尔木综合物流园区"]),
        ("经青海曹家堡保税物流中心进出口。", ["青海曹家堡保税物流中心"]),
        ("依托海南州绿色产业发展园区承接项目。", ["海南州绿色产业发展园区"]),
    ],
)
def test_sites_of_probes_of_stop_18(text, expected):
    assert texts(text, "PARK") == expected


def test_a_quoted_short_name_in_brackets_is_an_alias():
    assert texts("中國電力國際發展有限公司（「中國電力」）表示，中國電力將評估。", "ORG") == [
        "中國電力國際發展有限公司",
        "中國電力",
        "中國電力",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an outlet opening a sentence or after 据; not a reporter, the media in general or a kind of report
        ("TVBS報導，阿里雲日前宣布布局。據點新聞報道，當地開工。香港01報道：", ["TVBS", "點新聞", "香港01"]),
        ("今年以来，据橙新闻报道，据健康报报道，", ["橙新闻", "健康报"]),
        ("新华社记者张三报道，媒体报道，据报道，据最新报道，相关新闻报道，推出系列报道，", []),
        ("明报综合内地传媒报道，据南华早报周四报导，", []),
        # state farms and stations, disease control, blood centres, supply co-operatives of a level
        ("青海省大通种牛场与莫河骆驼场、青海省畜牧总站合作。", ["青海省大通种牛场", "莫河骆驼场", "青海省畜牧总站"]),
        (
            "青海省动物疫病预防控制中心、省疾控中心和青海省血液中心通报，省供销社参加。",
            ["青海省动物疫病预防控制中心", "省疾控中心", "青海省血液中心", "省供销社"],
        ),
        ("青海省妇幼保健院与青海省卫生监督所开展检查。", ["青海省妇幼保健院", "青海省卫生监督所"]),
        # a university hospital's party committee in a post is the hospital (G6); a former 党组成员 too
        ("青大附院党委书记在会上表示。", ["青大附院"]),
        ("原青海省卫生厅党组成员、副厅长被开除党籍。", ["青海省卫生厅"]),
        ("省政府党组成员一起学习。", ["省政府党组"]),
        # verbs after a body: carrying out, forwarding, opening, drawing up
        ("城东区疾控中心开展学校传染病防控检查。", ["城东区疾控中心"]),
        ("州政府办公室转发省广电局通知，青海广播电视台开办高清频道。", ["州政府办公室", "省广电局", "青海广播电视台"]),
        # operators after a place of any length; a writer's name after the dateline
        (
            "格尔木移动、格尔木联通和格尔木电信排查，借助西宁电信的系统。",
            ["格尔木移动", "格尔木联通", "格尔木电信", "西宁电信"],
        ),
        ("中新网西宁10月9日电（孙睿）青海省广播电视信息网络股份有限公司表示。", ["青海省广播电视信息网络股份有限公司"]),
        # hospitals by their status and cable networks in general are generic
        ("全省定点医院、公立医院和广电网络公司参加。", []),
    ],
)
def test_bodies_of_probes_of_stop_18_batch_3(text, expected):
    assert texts(text, "ORG") == expected


def test_bases_described_by_what_they_supply_and_a_share_of_a_park_are_no_sites():
    assert texts("扩建奶源基地，新建饲草料基地15万亩，医药产业产值占园区工业总产值的三分之一。", "PARK") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # going straight to, taking root in, going along with; a case's party; jointly consulting
        (
            "1条线路直达朝阳物流园，宁德时代扎根南川工业园区已近十年。",
            [("朝阳物流园", "PARK"), ("南川工业园区", "PARK")],
        ),
        ("记者跟随西宁市公安局城西分局民警走进小区。", [("西宁市公安局城西分局", "ORG")]),
        ("涉案建築公司須支付工資。", []),
        ("应急管理厅与宁夏回族自治区气象局联合会商研判。", [("应急管理厅", "ORG"), ("宁夏回族自治区气象局", "ORG")]),
        # local, high-altitude and Middle-East words describe, they do not name
        ("算力需求由本地绿电数据中心满足，高海拔数据中心液冷，绿电送往中东部。", []),
        # photovoltaic desert-control demonstration zones; experts of a body; 以…为例
        ("全国新能源消纳监测预警中心专家以茫崖冷湖光伏治沙示范区为例解读。", [("茫崖冷湖光伏治沙示范区", "PARK")]),
        ("建设部住宅产业现代化技术专家委员会委员发言。", [("建设部住宅产业现代化技术专家委员会", "ORG")]),
    ],
)
def test_names_of_final_probes_of_stop_18(text, expected):
    assert ents(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # stations, observatories and climate centres; overseas associations and federations
        (
            "唐乃亥水文站流量上涨，沱沱河气象站观测，青海省气候中心发布公报。",
            ["唐乃亥水文站", "沱沱河气象站", "青海省气候中心"],
        ),
        ("工作人员检修一套自动气象站。", []),
        (
            "新加坡福建会馆与澳門工會聯合總會交流，马来西亚中华总商会总会长表示。",
            ["新加坡福建会馆", "澳門工會聯合總會", "马来西亚中华总商会"],
        ),
        ("澳門廠商聯合會代表團訪問青海。", ["澳門廠商聯合會"]),
        # an outlet's news (消息), its app is the outlet
        ("中国侨网消息，青海日报客户端消息：", ["中国侨网", "青海日报"]),
        # meetings: passing on and studying, pressing home, the offices of a level
        (
            "海西州委常委会会议传达学习省委常委会会议精神，要压实市县党委政府主体责任。",
            ["海西州委常委会", "省委常委会"],
        ),
        (
            "省安委会召开全体会议，省安委办、州委办、州政府办、省委外办和省委编委参加。",
            ["省安委会", "省安委办", "州委办", "州政府办", "省委外办", "省委编委"],
        ),
        ("交由西宁市委、市政府办理，代表省委作报告。", ["西宁市委", "市政府", "省委"]),
        # the term of a congress inside its standing committee's name
        ("青海省第十四届人民代表大会常务委员会第十二次会议表决通过。", ["青海省第十四届人民代表大会常务委员会"]),
    ],
)
def test_bodies_of_probes_of_stop_18_batch_4(text, expected):
    assert texts(text, "ORG") == expected


def test_campuses_and_units_joined_to_the_body_before_them():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "水利部", "id": "knowledge"}])
    # a university's campus and branch campus (G1); a bureau followed by a place opening with 长
    # (no 局长); a design institute of a ministry
    text = "中国地质大学（北京）与中国石油大学（北京）克拉玛依校区、厦门大学马来西亚分校合作。"
    assert [t for t, _ in doc_ents(nlp(text))] == [
        "中国地质大学（北京）",
        "中国石油大学（北京）克拉玛依校区",
        "厦门大学马来西亚分校",
    ]
    text = "长江水利委员会水文局长江上游勘测局测流，水利部水利水电规划设计总院审查。"
    assert [t for t, _ in doc_ents(nlp(text))][:1] == ["长江水利委员会水文局"]
    assert ("水利部水利水电规划设计总院", "ORG") in doc_ents(nlp(text))


def test_regional_blocs_written_as_regions_are_no_bodies():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": "东盟", "id": "knowledge"}])
    assert doc_ents(nlp("青海对东盟出口增长，招收东盟国家留学生。")) == []
    assert doc_ents(nlp("东盟秘书长表示欢迎。")) == [("东盟", "ORG")]


def test_national_park_zones_are_no_sites():
    assert texts("在黄河源园区新建监测站，澜沧江源园区巡护。", "PARK") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # the session of a congress's term is an ordinal; meetings held are counted
        ("青海省十四届人大三次会议开幕，县十八届人大五次会议闭幕，全年召开了三次会议。", ["三次"]),
        # votes, households by visits, price indices, a share after 于
        ("以赞成票382票、反对票3票通过，惠及经营主体21.6万户次。", ["382票", "3票", "21.6万户次"]),
        (
            "居民消费价格指数（CPI）为100.6，工业生产者购进价格指数为97.3，绿电占比不低于六成。",
            ["100.6", "97.3", "六成"],
        ),
    ],
)
def test_amounts_of_probes_of_stop_18(text, expected):
    assert texts(text, "METRIC") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # airlines by place or proper word; civil and general aviation, airports' ports and air forces are none
        ("中国国际航空、四川航空和幸福航空加密航班。", ["中国国际航空", "四川航空", "幸福航空"]),
        ("发展民用航空和通用航空产业，机场航空口岸扩大开放，航空自卫队部署。", []),
        # a company, a project, labour dispatch and arbitration in general
        ("该公司工会启动计划，督促项目公司并网，劳务派遣公司和当地仲裁委员会。", []),
        # a company's party committee in a post: the company, also when its kind word is no suffix of ours
        ("国网甘肃电力党委书记接受采访。", ["国网甘肃电力"]),
        ("青海省人事考试中心发布公告。", ["青海省人事考试中心"]),
    ],
)
def test_bodies_of_probes_of_stop_18_batch_5(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # comprehensive bonded zones, written short too; a back-reference 综保区 is generic
        ("西宁综合保税区（以下简称“综保区”）迎来一批货物，货物进入综保区内。", ["西宁综合保税区"]),
        ("国务院批复设立西宁综保区，公司计划借助西宁综保区出口。", ["西宁综保区", "西宁综保区"]),
        (
            "在青海丝绸之路国际物流城看到，民勤红沙岗工业集聚区已建成。",
            ["青海丝绸之路国际物流城", "民勤红沙岗工业集聚区"],
        ),
        ("加快推进多能互补基地建设。", []),
    ],
)
def test_sites_of_probes_of_stop_18_batch_5(text, expected):
    assert texts(text, "PARK") == expected


def test_a_brands_line_of_business_is_one_name_with_it():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": n, "id": "knowledge"} for n in ("京东", "苏宁", "美团", "韵达")]
    )
    text = "入驻京东超市，去苏宁电器比价，接入美团优选后，韵达速递的分拨中心搬迁。"
    assert doc_ents(nlp(text)) == [("京东超市", "ORG"), ("苏宁电器", "ORG"), ("美团优选", "ORG"), ("韵达速递", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # who founded a university is part of its name, also before a place (國立|臺灣大學)
        ("國立臺灣大學與青海師範大學簽署備忘錄。", ["國立臺灣大學", "青海師範大學"]),
        # a bank branch's party committee in a post is the branch (G6)
        ("中国农业银行青海省分行党委书记表示。", ["中国农业银行青海省分行"]),
        # funding, building and rebuilding; that month; none has one
        ("青海省紅十字會興建村級衛生室，樂施會資助農村小學。", ["青海省紅十字會"]),
        ("当月全省法院共登记立案，两家银行在西北均无分行。", []),
        # a surviving company, designated hospitals, those a level owns, boarding schools
        ("存续公司更名，省级定点收治医院、市属公立医院和寄宿学校。", []),
    ],
)
def test_bodies_of_final_probes_of_stop_18(text, expected):
    assert texts(text, "ORG") == expected


def test_a_count_before_a_kind_word_is_no_name_in_the_lexicon(tmp_path):
    from xn_project.name_lexicon import why_not_a_name

    assert why_not_a_name("四部委", {}).startswith("a count before the kind word")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a boundary word's lookahead reads the kind word after the stretch: 检查 inside 纪律检查委员会,
        # 专家 inside 专家委员会, 厂商 inside 厂商联合会 bound nothing
        ("中共西宁市纪律检查委员会、西宁市监察委员会通报3起问题。", ["中共西宁市纪律检查委员会", "西宁市监察委员会"]),
        ("青海省新能源技术专家委员会成立，澳门厂商联合会致贺。", ["青海省新能源技术专家委员会", "澳门厂商联合会"]),
        # and 组织 "organised" right before a kind word is a verb (…工商联组织|商会会员)
        ("乐都区工商联组织商会会员走进园区。", ["乐都区工商联"]),
        # a year's or a month's end written without a number bounds a name; so do a council's members,
        # calling on, visiting, drawing on and reviewing (…議員呼籲|油公司, 拜會|…, 參考|…, 檢討|電信…)
        ("去年底西宁市商业银行发放贷款。", ["西宁市商业银行"]),
        ("同日亦有立法會議員呼籲油公司提高透明度。", []),
        ("三峡集团将参考唐乃亥水文站的来水数据，并拜會青海省台辦。", ["三峡集团", "唐乃亥水文站", "青海省台辦"]),
        ("將檢討電信業者的吃到飽方案。", []),
        # a platform's operator (…營運商|香港科技探索有限公司)
        ("HKTVmall營運商香港科技探索有限公司宣布。", ["香港科技探索有限公司"]),
        # a company written by its trade before its party committee's post is the company (G6)
        ("西宁特钢党委书记致辞，青海电信党委书记表示。", ["西宁特钢", "青海电信"]),
        # dealers, sales arms, lithium salts, OTC-listed firms, car finance, joint ventures by what
        # they do, and some of a kind: no names
        (
            "部分汽车金融公司存在问题，经销商集团面临压力，公司设立了销售分公司和新的锂盐公司；"
            "一家上櫃公司須說明，鹽湖提鋰合資公司完成登記。",
            [],
        ),
        # museums, memorial halls and cultural centres with a name are bodies, like libraries
        ("西宁市城西区文化馆举办汇演，青海原子城纪念馆推出课程。", ["西宁市城西区文化馆", "青海原子城纪念馆"]),
        # an outlet's translation desk reporting is the outlet; the local media are none
        ("鉅亨網編譯報導，藏格礦業公告。據當地傳媒報道，管委會表示。", ["鉅亨網", "藏格礦業"]),
        # "jointly with" before a body named from its place; not inside 北京联合大学, 中国联合网络通信
        (
            "王府井百货联合中国银行青海省分行推出活动，北京联合大学和中国联合网络通信集团参加。",
            ["中国银行青海省分行", "北京联合大学", "中国联合网络通信集团"],
        ),
        # inspecting bounds a name, a bureau's inspection unit does not
        (
            "国家税务总局青海省税务局第一稽查局依法查处，臺北市政府法務局稽查百貨公司週年慶。",
            ["国家税务总局青海省税务局第一稽查局", "臺北市政府法務局"],
        ),
        # peers, organisers, verifying, reviewing, misusing: no part of a name
        ("同業瓦城泰統集團也加快布局，主辦機構貿發局預計。", ["瓦城泰統集團", "貿發局"]),
        ("應核實保險公司是否獲授權，已審視公司的財務狀況，不法中介冒用银行名义。", []),
        # culture and media, delivery, small and medium banks, start-ups, malls' managers in general;
        # several of a kind (多間)
        ("判决文化传媒公司和配送公司赔偿，其他中小型銀行跟隨，商場管理公司改善，另有多間初創公司。", []),
        # dairies by their trade, pharmacy chains
        ("青海湖乳业的产品和老百姓大药房，全省乳业发展。", ["青海湖乳业", "老百姓大药房"]),
        # herding co-operatives and higher courts in general; a unit's 分行 is not in 部分行程
        ("当地生态畜牧业合作社轮牧，沿黄九省区高级人民法院签署协议。", []),
        # 系 "is" after a company; a city's investment company, breeders and events in general
        (
            "该公司系广东高景太阳能科技有限公司的全资子公司。城投公司负责人表示，企业与周边养殖合作社签约，赛事组委会引入方案。",
            ["广东高景太阳能科技有限公司"],
        ),
        # an outlet's website reporting is the outlet; 全国 inside a national friendship association
        (
            "据青海省纪委监委网站消息，全國台灣同胞投資企業聯誼會將組織考察。",
            ["青海省纪委监委", "全國台灣同胞投資企業聯誼會"],
        ),
        # discussing bounds a name; the mainland's and the country's banks and airlines are kinds
        (
            "立法會工商事務委員會今日討論特區政府的工作，將與內地航空公司合作，國內銀行的曝險偏低。",
            ["立法會工商事務委員會", "特區政府"],
        ),
    ],
)
def test_bodies_of_stop_19(text, expected):
    assert texts(text, "ORG") == expected


def test_widening_bounds_a_site():
    assert texts("正評估在西北擴充算力中心，发展扩充博物馆。", "PARK") == []
    assert texts("发展扩充博物馆。", "ORG") == []


def test_a_brands_line_and_its_arm_for_a_country_are_one_name():
    nlp = spacy.blank("zh")
    names = ("美团", "京东", "抖音", "麦当劳", "天猫", "华为", "淘宝")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": n, "id": "knowledge"} for n in names])
    text = "美团闪购、京东秒送、京东家电、美团民宿和抖音生活服务增长，麦当劳中国和天猫国际表示，华为国际化，淘宝直播。"
    assert doc_ents(nlp(text)) == [
        ("美团闪购", "ORG"),
        ("京东秒送", "ORG"),
        ("京东家电", "ORG"),
        ("美团民宿", "ORG"),
        ("抖音生活服务", "ORG"),
        ("麦当劳中国", "ORG"),
        ("天猫国际", "ORG"),
        ("华为", "ORG"),
        ("淘宝", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # litres, grams, Taiwan's metre, river flow per second, batches and doses
        ("出血量控制在200毫升以内，体重仅750克，海拔约2275公尺。", ["200毫升", "750克", "2275公尺"]),
        ("最大流量为3150立方米每秒，抽检样品3650批次，接种1.1万剂次。", ["3150立方米每秒", "3650批次", "1.1万剂次"]),
        # degrees Celsius named first, below zero in degrees, a quake's magnitude, the air quality index
        (
            "均溫攝氏17度至19度，錄得零下三十二點五度，回升攝氏5至8度。",
            ["攝氏17度至19度", "零下三十二點五度", "攝氏5至8度"],
        ),
        ("发生5.1级地震，空气质量指数为45。", ["5.1级", "45"]),
        # not litres, carats or a grade
        ("指数从45升至50，一枚3克拉钻石，一级保护，3级响应。", []),
        # trains run, a stock index's points after its close or its move (not the hour), Taiwan's
        # magnitude after 規模, a share after 达到, metric tons, an activity index's value
        ("加开列车312班次，恒生指数收报19856點，跌312點，下午3点收市。", ["312班次", "19856點", "312點"]),
        ("發生規模6.1地震，入住率將達到九成，產量45萬公噸，活动指数为51.3。", ["6.1", "九成", "45萬公噸", "51.3"]),
        # square metres as Taiwan writes them, concentrations in the air, a share after 多, vehicles
        # by visits; a class of areas is no count
        (
            "面積約1,800平方公尺，PM2.5平均浓度为28微克/立方米，较常年偏多两成，二类区域每月2030元，服务车辆700余辆次。",
            ["1,800平方公尺", "28微克/立方米", "两成", "700余辆次"],
        ),
    ],
)
def test_metric_units_of_stop_19(text, expected):
    assert texts(text, "METRIC") == expected


def test_money_with_digits_after_a_magnitude():
    assert texts("人均消費約新台幣4萬5千元，投资1亿2千万元。", "MONEY") == ["新台幣4萬5千元", "1亿2千万元"]
    assert texts("出口額約680億日圓。", "MONEY") == ["680億日圓"]


def test_a_meeting_of_investment_is_no_chamber_of_commerce_in_the_lexicon():
    from xn_project.name_lexicon import why_not_a_name

    assert why_not_a_name("招商会", {}).startswith("a meeting")
    assert why_not_a_name("西宁市工商联商会", {}) is None


def test_a_base_station_is_no_site():
    assert texts("要求業者維持偏鄉基地台服務。", "PARK") == []
    assert texts("为方便甘河工业园区企业职工通勤。", "PARK") == ["甘河工业园区"]


def test_a_companys_place_in_brackets_is_its_arm_there_unless_a_site_goes_on():
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": n, "id": "knowledge"} for n in ("中国电信", "中国移动")]
    )
    text = "中國電信（澳門）表示，部署中国移动（西宁）绿色算力集群。"
    assert doc_ents(nlp(text)) == [("中國電信（澳門）", "ORG"), ("中国移动", "ORG")]


def test_renting_bounds_a_site():
    text = "企業客戶日後可租用中國移動（西寧）綠色算力中心基地的算力資源。"
    assert texts(text, "PARK") == ["中國移動（西寧）綠色算力中心基地"]


def test_an_inspection_office_is_a_unit_of_its_committee():
    from xn_model.rules.units import sub_unit_end

    assert sub_unit_end("听取了省委巡视办的汇报", 5) == 8


def test_a_university_and_its_affiliated_hospital_are_one_name():
    from xn_model.rules.names import place_start

    # the words before the place end in a kind word and 附属: a unit of its parent follows (G1)
    common = {"首都", "医科", "大学", "附属", "全额", "收购"}
    assert place_start("首都医科大学附属北京同仁医院", common, set()) == 0
    assert place_start("全额收购北京同仁医院", common, set()) == 4
    nlp = rules_with(("首都医科大学", "北京同仁医院"), sorted(common))
    assert doc_ents(nlp("首都医科大学附属北京同仁医院的专家到西宁。")) == [("首都医科大学附属北京同仁医院", "ORG")]
    assert doc_ents(nlp("首都医科大学和北京同仁医院签约。")) == [("首都医科大学", "ORG"), ("北京同仁医院", "ORG")]


@pytest.fixture(scope="module")
def rules_of_stop_20():
    return rules_with(("台湾同胞投资企业联谊会", "农行", "港交所"), ("全国", "台湾", "同胞", "投资", "企业", "联谊会"))


@pytest.mark.parametrize(
    "text,expected",
    [
        # 全国 before a national association
        ("全國台灣同胞投資企業聯誼會會長率團。", [("全國台灣同胞投資企業聯誼會", "ORG")]),
        # a bare level before a bank written short, not after a scope
        ("省青联和省农行联合启动，全省农行系统。", [("省青联", "ORG"), ("省农行", "ORG"), ("农行", "ORG")]),
        # an exchange's listing division
        ("港交所上市科已受理其申请。", [("港交所上市科", "ORG")]),
        # a company's works named from its place (not a new or a super factory)
        (
            "中国石油青海油田分公司格尔木炼油厂完成检修，青海盐湖工业股份有限公司格尔木新厂投产。",
            [("中国石油青海油田分公司格尔木炼油厂", "ORG"), ("青海盐湖工业股份有限公司", "ORG")],
        ),
    ],
)
def test_known_names_of_stop_20_with_what_belongs_to_them(rules_of_stop_20, text, expected):
    assert doc_ents(rules_of_stop_20(text)) == expected


def test_amounts_of_stop_20():
    # Taiwan's trillion before a currency, the currency after 元, the market jin; 兆 before a unit
    # is mega
    text = "約合1.7兆元新台幣，售價約40萬元新台幣，銷售櫻桃37万斤，装机500兆瓦。"
    assert texts(text, "MONEY") == ["1.7兆元新台幣", "40萬元新台幣"]
    assert texts(text, "METRIC") == ["37万斤", "500兆瓦"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a known paper's name does not open 报道 (李明报道)
        ("記者李明報道，明报报道。", [("明报", "ORG")]),
        # a bare zone committee after a determiner, also after an aside, or after a plural word
        ("（同期声）该园区管委会工作人员，部分园区管委会表示，园区管委会负责人。", [("园区管委会", "ORG")]),
        # a partnership's legal form in brackets belongs to its name
        ("审计机构为立信会计师事务所（特殊普通合伙）。", [("立信会计师事务所（特殊普通合伙）", "ORG")]),
    ],
)
def test_known_names_of_stop_20_round_2(text, expected):
    assert doc_ents(rules_with(["明报"])(text)) == expected


def test_a_province_s_data_centres_and_the_mainland_before_a_known_body():
    nlp = rules_with(["中央气象台"])
    # a province with a data centre alone is its centres in general (a company's is named)
    assert doc_ents(nlp("青海数据中心平均上架率提升，中国移动青海数据中心投运。")) == [("中国移动青海数据中心", "PARK")]
    assert doc_ents(nlp("中國大陸中央氣象台發布預警。")) == [("中央氣象台", "ORG")]


@pytest.mark.parametrize(
    "text,label,expected",
    [
        # a prefecture's party committee and office of the years before prefectures became cities
        ("海东地委、海东行署日前召开专题会议。", "ORG", ["海东地委", "海东行署"]),
        # a trade's order is no company; factory-run schools and platform companies are kinds;
        # relieving bounds a name
        ("海西州人民政府汇报了整顿矿业秩序工作。", "ORG", ["海西州人民政府"]),
        ("青海钾肥厂将厂办学校和医院整体移交地方。", "ORG", ["青海钾肥厂"]),
        ("对7家平台公司负责人进行约谈，缓解大医院就诊压力。", "ORG", []),
        # a province's tower company, like its operators; not towers
        ("组织青海移动、青海联通、青海电信及青海铁塔研究。", "ORG", ["青海移动", "青海联通", "青海电信", "青海铁塔"]),
        ("新建通信铁塔460座，组立铁塔178基。", "ORG", []),
        # settling on bounds a site; one of them (一间) is no name
        ("两部门联合印发通知，确定格尔木昆仑经济开发区为全省重点扶持的工业集聚区。", "PARK", ["格尔木昆仑经济开发区"]),
        ("鴻海與寧夏一間數據中心營運商洽談。", "PARK", []),
        # 部分 "some" before 行政 is no branch (分行)
        ("西宁铁路运输法院集中管辖全省部分行政案件。", "ORG", ["西宁铁路运输法院"]),
        # a government's bureau written after it; 资助 bounds a name but not inside 资助局
        ("项目获香港特区政府研究资助局拨款。", "ORG", ["香港特区政府研究资助局"]),
        # attending bounds a name; a level's cultural centre; a township named after its county that
        # opens with a boundary word, not townships in general or after 的
        ("与会州政协委员共提出意见。", "ORG", ["州政协"]),
        ("海晏县三角城镇人民政府联合县文化馆举办汇演。", "ORG", ["海晏县三角城镇人民政府", "县文化馆"]),
        (
            "称多县称文镇人民政府组织群众，沿河乡镇政府组织巡堤，对治多县的乡镇卫生院进行指导。",
            "ORG",
            ["称多县称文镇人民政府"],
        ),
        # a city's new districts are places; 等地 bounds a site; more and several are plural
        ("要求在河湟新区、平安高铁新区等地做好安置。", "PARK", []),
        ("中國大陸青海、新疆等地大型光伏基地持續擴產，吸引更多數據中心落地，接獲多宗數據中心訂單。", "PARK", []),
        # in recent years, relaxing, commenting, some, newly built, a family office, a GEM company,
        # forming together, a place's local one: no name
        ("港交所近年放寬特專科技公司上市門檻，發言人表示不評論個別公司。", "ORG", []),
        ("新建学校63所，透過家族辦公室入股，留意一家GEM公司，與一家港資企業合組公司。", "ORG", []),
        ("不排除與青海當地電力公司合作，向结古街道12个牧业合作社发放良种。", "ORG", []),
        # but not inside 联合组建; approaching bounds a name; a subsidiary bank is a description
        ("青海鹽湖研究所與青海大學將聯合組建鹽湖化工實驗室。", "ORG", ["青海鹽湖研究所", "青海大學"]),
        ("已接觸中信里昂證券及瑞銀集團。", "ORG", ["中信里昂證券", "瑞銀集團"]),
        (
            "國泰世華銀行對大陸子行國泰世華銀行（中國）有限公司增資。",
            "ORG",
            ["國泰世華銀行", "國泰世華銀行（中國）有限公司"],
        ),
        # headquarters and liaison groups; rebuilding bounds a name but not after 灾后; aiding bounds a
        # name but not in an aid office; 驻青联络 is no youth federation
        ("青海省玉树灾后重建现场指挥部获悉，红十字会协助重建当地学校。", "ORG", ["青海省玉树灾后重建现场指挥部"]),
        ("上海市援青干部联络组与果洛州委座谈，建立外省商会驻青联络机制。", "ORG", ["上海市援青干部联络组", "果洛州委"]),
        ("北京市支援合作办公室与玉树州委召开会议，对口支援玉树县。", "ORG", ["北京市支援合作办公室", "玉树州委"]),
        # a place alone before 厂 is a company's plant, not an enterprise
        ("经营层回应称乌鲁木齐厂已接近满载，青海铝厂划归中铝。", "ORG", ["青海铝厂"]),
        # the mainland as Taiwan writes it is a scope; the three major operators are no company
        ("大陸三大電信業者近年在青海布局，中國大陸國家發改委發布通知。", "ORG", ["國家發改委"]),
        # Cantonese at, is and here, and located in bound a site
        (
            "雙方會喺香港科學園設立平台，呢度係茫崖冷湖光伏治沙示範區，企業身處青海圖靈小鎮。",
            "PARK",
            ["香港科學園", "茫崖冷湖光伏治沙示範區", "青海圖靈小鎮"],
        ),
        # the first three quarters bound a site; 内政部 keeps its 内
        ("今年前三季西寧綜合保稅區進出口增長，內政部移民署表示。", "PARK", ["西寧綜合保稅區"]),
        ("今年前三季西寧綜合保稅區進出口增長，內政部移民署表示。", "ORG", ["內政部移民署"]),
        # planned, striving, widening, several buildings, having sites, supplying: no named site
        (
            "全省在建和拟建数据中心项目，力争数据中心绿电比例，将继续扩容该数据中心，多栋数据中心封顶。",
            "PARK",
            [],
        ),
        ("隆基在寧夏設有多處生產基地，基地产品主要供应酒泉风电基地。", "PARK", ["酒泉风电基地"]),
        # international port areas, border co-operation centres and zones; the company's own site
        (
            "兰州国际港务区开行班列，中哈霍尔果斯国际边境合作中心，新疆伊寧邊境經濟合作區。",
            "PARK",
            ["兰州国际港务区", "中哈霍尔果斯国际边境合作中心", "新疆伊寧邊境經濟合作區"],
        ),
        ("公司青海大基地二期项目全面达产。", "PARK", ["青海大基地"]),
        # a body's offices in general are no unit; 司法 opens no 司
        (
            "省农业农村厅相关处室负责同志出席，城西区人民法院向西宁市住房和城乡建设局发送司法建议书。",
            "ORG",
            ["省农业农村厅", "城西区人民法院", "西宁市住房和城乡建设局"],
        ),
        # Hong Kong shares are a kind; International Museum Day is no museum
        ("另一家港股公司评估布局，5月18日是国际博物馆日，宁夏博物馆日前发布公告。", "ORG", ["宁夏博物馆"]),
        # round 4: handing over to a level's body, the past year and a river's course, Hong Kong's press
        # on "the group", making use of, raising capital in (the money cuts the stretch), a liquidator,
        # an annual auditor
        ("已由省政協提案委員會交省生態環境廳辦理。", "ORG", ["省政協提案委員會", "省生態環境廳"]),
        ("過去一年西寧經濟技術開發區完成產值。", "PARK", ["西寧經濟技術開發區"]),
        ("黄河干流唐乃亥水文站实测流量。", "ORG", ["唐乃亥水文站"]),
        (
            "內地碳酸鋰價格向下，拖累鋰業股表現，有利集團新能源項目，可令集團受惠，上調集團目標價，明年集團產量增加。",
            "ORG",
            [],
        ),
        ("将用好青海曹家堡保税物流中心通道优势。", "PARK", ["青海曹家堡保税物流中心"]),
        ("台達電擬以美金3100萬元增資中達電通股份有限公司。", "ORG", ["中達電通股份有限公司"]),
        (
            "清盤人安邁企業顧問有限公司表示，年审机构中审众环会计师事务所到场。",
            "ORG",
            ["安邁企業顧問有限公司", "中审众环会计师事务所"],
        ),
        # kinds: a deal's target, creditor and private banks, asset managers, schools of a disaster area
        ("目標公司裝機150兆瓦，債權銀行、私人銀行及資產管理公司，災區學校。", "ORG", []),
        # arbitration commissions of a place, monitoring central stations, studio groups
        (
            "西宁仲裁委受理，青海省环境监测中心站发布，腾讯天美工作室群研发。",
            "ORG",
            ["西宁仲裁委", "青海省环境监测中心站", "腾讯天美工作室群"],
        ),
        # a party group member with another post, a company's party group acting (the company), a
        # government's party group acting (its own); a commission's committee in a post and acting
        (
            "工业和信息化部党组成员、副部长一行，向中国石油天然气集团有限公司党组反馈，省政府党组召开会议。",
            "ORG",
            ["工业和信息化部", "中国石油天然气集团有限公司", "省政府党组"],
        ),
        (
            "会议由省国资委党委书记主持，青海省国资委党委召开专题会议，盐湖股份党委书记。",
            "ORG",
            ["省国资委", "青海省国资委党委", "盐湖股份"],
        ),
        # 和 before 日本 joins two names (not 和日镇); 部分别 is no 部分; small and medium banks
        (
            "欧洲中央银行和日本银行将公布决议，和日镇人民政府。",
            "ORG",
            ["欧洲中央银行", "日本银行", "和日镇人民政府"],
        ),
        (
            "上海申花足球俱乐部和北京国安足球俱乐部分别处以罚款，部分中小银行跟进。",
            "ORG",
            ["上海申花足球俱乐部", "北京国安足球俱乐部"],
        ),
        # a place's school by its number (not a court, not a plenary session); a government's bonds;
        # Taiwan's makers (厂) are no enterprises
        (
            "北京四中等学校，西宁五中和湟中一中，北京四中院判决，十九届三中全会。",
            "ORG",
            ["北京四中", "西宁五中", "湟中一中"],
        ),
        ("发行青海省政府债券128亿元，台灣矽晶圓廠報價承壓，青海铝厂投产。", "ORG", ["青海铝厂"]),
        # after the finals: 则 "whereas" between two bodies (not in 年保玉则), creating, although,
        # subscribing; students of a school, secondary vocational schools, close-knit medical groups,
        # local banks; 关系 is no department; a level's narcotics control committee
        (
            "中国建设银行青海省分行则联合推出，年保玉则生态环境保护协会开展清理。",
            "ORG",
            ["中国建设银行青海省分行", "年保玉则生态环境保护协会"],
        ),
        ("西宁经济技术开发区创建国家级绿色工业园区。", "PARK", ["西宁经济技术开发区"]),
        (
            "雖然公司表示，认购公司股份，中等职业学校招生，海北州高中学生，紧密型城市医疗集团，地方法人银行。",
            "ORG",
            [],
        ),
        ("柴達木循環經濟試驗區管委會關係密切，省禁毒委召开会议。", "ORG", ["柴達木循環經濟試驗區管委會", "省禁毒委"]),
    ],
)
def test_names_of_stop_20(text, label, expected):
    assert texts(text, label) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # shares after 为 and 在, a range of shares
        ("入住率約為七成，客座率在九成以上，下降了一到两成。", ["七成", "九成", "一到两成"]),
        # parcels, wells, tents (not 单元); cities counted (not 市场, nor a jurisdiction's parts)
        ("包裹4.2万单，新钻井312口，帐篷150頂，3单元。", ["4.2万单", "312口", "150頂"]),
        ("西宁、海东两市，沪深两市场，六州二市。", ["两市"]),
        # 面 after a Chinese numeral with a magnitude; Celsius below zero named first
        ("两万七千多面定日镜，十面埋伏，跌至攝氏零下28度。", ["两万七千多面", "攝氏零下28度"]),
        # cases, beds, flights a week (not a school class)
        ("區內已退出礦業權73宗，棉被4000床，每週三班，每周增至4班，高三2班。", ["73宗", "4000床", "三班", "4班"]),
        # livestock by head, bowls, sheep units, books lent, doses, core-hours, cabinets
        (
            "免疫牲畜320万头只，卖出600多碗，核减56万羊单位，借阅142万册次，储备1.8万人份，提供1.2亿核时，新增4.6萬櫃。",
            ["320万头只", "600多碗", "56万羊单位", "142万册次", "1.8万人份", "1.2亿核时", "4.6萬櫃"],
        ),
        # shares after 大, 有, 低, 品, 中
        (
            "擴大一成以上，已有七成額滿，比东部低三成，产品七成销往省外，其中六成来自省外。",
            ["一成", "七成", "三成", "七成", "六成"],
        ),
        # "secondary" and vague amounts are none
        ("门票及二次消费收入，二次供水改造，单靠一两次展会，两三家企业。", []),
        # round 4: kiloamperes, tonnes of standard coal, standard cubic metres and their flow, complaints by
        # visits, ministries counted, boxes, listed funds; shares after 缩, 球, 出, 足; sessions of a class
        (
            "400千安电解槽，节能26万吨标准煤，产氢1000标方/小时，年产2.4亿标方，信访1.2万件次，四部委联合验收，4800箱，58檔。",
            ["400千安", "26万吨标准煤", "1000标方/小时", "2.4亿标方", "1.2万件次", "四部委", "4800箱", "58檔"],
        ),
        (
            "萎縮兩成，佔全球五成以上，高出三成，開工率不足六成，培训班8期，十個工作天內。",
            ["兩成", "五成", "三成", "六成", "8期"],
        ),
    ],
)
def test_counts_and_shares_of_stop_20(text, expected):
    assert texts(text, "METRIC") == expected


def test_a_body_s_visiting_group_is_no_name_in_the_lexicon():
    from xn_project.name_lexicon import VISITING_GROUP_REASON, why_not_a_cluener_name

    # CLUENER labels a congress's inspection group as an organisation; it is the body's (guidelines)
    assert why_not_a_cluener_name("人大常委会执法检查组", 5, 5, set(), {}, 0.5) == VISITING_GROUP_REASON
    assert why_not_a_cluener_name("全国政协调研组", 5, 5, set(), {}, 0.5) == VISITING_GROUP_REASON
    assert why_not_a_cluener_name("西宁市人大常委会", 5, 5, set(), {}, 0.5) is None


def test_china_s_own_ministry_a_broadcaster_s_channel_and_a_court_s_divisions():
    nlp = rules_with(["央视新闻", "美国商务部", "香港警务处", "创新科技署"])
    assert doc_ents(nlp("美国商务部宣布管制，中国商务部回应，央视新闻频道播出。")) == [
        ("美国商务部", "ORG"),
        ("中国商务部", "ORG"),
        ("央视新闻频道", "ORG"),
    ]
    # a police force's investigation bureau and a fire service's search and rescue team are its units;
    # 及 joins two bodies after an agency's 署
    assert doc_ents(nlp("香港警务处商业罪案调查科拘捕，內政部消防署特種搜救隊抵達，創新科技署及研究資助局撥款。")) == [
        ("香港警务处商业罪案调查科", "ORG"),
        ("內政部消防署特種搜救隊", "ORG"),
        ("創新科技署", "ORG"),
        ("研究資助局", "ORG"),
    ]
    # a court's civil and enforcement divisions are units of it (G1)
    assert doc_ents(nlp("西宁中院民二庭审理此案，省高院执行庭裁定。")) == [
        ("西宁中院民二庭", "ORG"),
        ("省高院执行庭", "ORG"),
    ]


def test_china_s_own_ministry_is_found_by_the_regex_layer_alone():
    # the regex layer, without the gazetteer, writes China's ministries with the country, as the
    # entity ruler does (so the silver data and the ruler agree)
    assert find_rule_spans("中国商务部回应，中国国务院新闻办发布，各省政府落实。", ["ORG"]) == [
        (0, 5, "ORG"),
        (8, 13, "ORG"),
    ]


def ents_of(text, labels=None):
    return [(text[s:e], label) for s, e, label in find_rule_spans(text, labels)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Cantonese 同 "and, with" between two bodies, and before a national body; not in 大同, 同仁
        (
            "青海省文化和旅遊廳同澳門特別行政區政府旅遊局合辦",
            [("青海省文化和旅遊廳", "ORG"), ("澳門特別行政區政府旅遊局", "ORG")],
        ),
        ("佢哋同中國聯通青海分公司合作", [("中國聯通青海分公司", "ORG")]),
        ("大同市人民政府和同仁市人民医院", [("大同市人民政府", "ORG"), ("同仁市人民医院", "ORG")]),
        # peers bound a name, a trade association keeps its 同业
        ("台灣區石油化學工業同業公會則呼籲政府", [("台灣區石油化學工業同業公會", "ORG")]),
        ("召开会长办公会", []),
        # a tourism development department is no exhibition hall (展厅)
        ("西藏自治區旅遊發展廳數據顯示", [("西藏自治區旅遊發展廳", "ORG")]),
        # helping, raising, expecting, "once more there is": verbs before a body or a site
        ("专家团队帮助医院新开展手术", []),
        ("加快提升县级医院服务能力", []),
        ("市場預期寧德時代青海基地年產能", [("寧德時代青海基地", "PARK")]),
        ("又有內地數據中心營運商排隊來港上市", []),
        ("青海鹽湖提鋰再有港股公司加碼", []),
        # 指 before a determiner, 相关 after a body, an associate company, the interbank rate
        ("並指該公司大陸子公司淨負債比約12%", [("12%", "METRIC")]),
        ("国家能源局相关司局负责人表示", [("国家能源局", "ORG")]),
        ("主要由於聯營公司投資減值", []),
        ("利率為香港銀行同業拆息加65個基點", [("65個基點", "METRIC")]),
        # generic kinds: many places, inclusive kindergartens, exam sites, e-sports clubs
        ("西部多地智算中心的算力租赁价格", []),
        ("新建普惠性幼儿园，考点学校和电竞俱乐部", []),
        # kinds of names: teachers' associations, memorial halls, a city's co-operation office, a
        # big-data valley, an aiding province's headquarters
        ("澳門中華教育會將每年選派教師", [("澳門中華教育會", "ORG")]),
        ("海子诗歌陈列馆推出夜场讲解服务", [("海子诗歌陈列馆", "ORG")]),
        ("天津市合作交流办今年安排资金", [("天津市合作交流办", "ORG")]),
        ("重庆仙桃国际大数据谷引进企业", [("重庆仙桃国际大数据谷", "PARK")]),
        ("江苏省对口支援青海省海南州前方指挥部组织专家", [("江苏省对口支援青海省海南州前方指挥部", "ORG")]),
        ("上海市对口支援果洛州人民政府", [("果洛州人民政府", "ORG")]),
        # a state-level new area alone is a place (guidelines section 10); its zones are sites
        ("兰州新区和贵安新区，兰州新区综合保税区", [("兰州新区综合保税区", "PARK")]),
        ("独墅湖科教创新区", [("独墅湖科教创新区", "PARK")]),
    ],
)
def test_round_21_names_and_boundaries(text, expected):
    assert (
        ents_of(text, ["ORG", "PARK"] if all(label in ("ORG", "PARK") for _, label in expected) else None) == expected
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # shares after more verbs and Cantonese 咗, and anywhere before 以上, 以下, 左右
        ("九成以上的三级公立医院参与", [("九成", "METRIC")]),
        ("人數比去年多咗兩成，净利润下滑两成", [("兩成", "METRIC"), ("两成", "METRIC")]),
        ("较资产净值折讓四至六成", [("四至六成", "METRIC")]),
        ("一成不变，三成集团", []),
        # goals and grains, spindles and courses after digits; provinces, regions and cities counted
        (
            "联赛共打进723粒进球，50万锭，开设课程120门",
            [("723粒", "METRIC"), ("50万锭", "METRIC"), ("120门", "METRIC")],
        ),
        ("新开300门店，门票", []),
        ("全国5省区市", [("5省区市", "METRIC")]),
        # a number after a Latin name and a hyphen is part of a name (GLP-1类)
        ("GLP-1类创新药", []),
    ],
)
def test_round_21_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


def test_short_names_in_brackets_and_companies_written_short():
    # a Latin acronym in brackets after any body, a short name with the stock code after it
    assert ents_of("国际数据公司（IDC）报告显示，IDC分析师认为", ["ORG"]) == [
        ("国际数据公司", "ORG"),
        ("IDC", "ORG"),
        ("IDC", "ORG"),
    ]
    assert ents_of("金川集團國際資源有限公司（金川國際，02362）公布業績，金川國際股價上升", ["ORG"]) == [
        ("金川集團國際資源有限公司", "ORG"),
        ("金川國際", "ORG"),
        ("金川國際", "ORG"),
    ]
    # place and trade name alone after the formal name; not a place and a trade (青海省电力)
    assert ents_of("青海时代新能源科技有限公司增资后，青海时代注册资本增至75亿元", ["ORG"]) == [
        ("青海时代新能源科技有限公司", "ORG"),
        ("青海时代", "ORG"),
    ]
    assert ents_of("青海时代在召唤，青海时代新能源科技有限公司成立", ["ORG"]) == [("青海时代新能源科技有限公司", "ORG")]
    assert ents_of("青海省电力设计院有限公司表示，青海省电力行业", ["ORG"]) == [("青海省电力设计院有限公司", "ORG")]


def test_a_corps_division_and_a_university_team_working_with_an_institute():
    nlp = rules_with(["新疆生产建设兵团", "南洋理工大学"])
    assert doc_ents(nlp("新疆生产建设兵团第八师石河子市的棉花")) == [("新疆生产建设兵团第八师", "ORG")]
    assert doc_ents(nlp("南洋理工大学研究团队与中国科学院西北高原生物研究所合作")) == [
        ("南洋理工大学", "ORG"),
        ("中国科学院西北高原生物研究所", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Taiwan's listings of companies registered abroad keep their -KY
        ("中租-KY今年營收成長，外資賣超立凱-KY", [("中租-KY", "ORG"), ("立凱-KY", "ORG")]),
        ("F-KY是什么", []),
        # verbs and determiners before a body or a site
        ("来看宁夏广播电视台记者发回的报道", [("宁夏广播电视台", "ORG")]),
        (
            "其中送国网河南省电力公司经营区，青海送变电工程有限公司",
            [("国网河南省电力公司", "ORG"), ("青海送变电工程有限公司", "ORG")],
        ),
        ("推动向国有资本投资公司转型，向阳小学", [("向阳小学", "ORG")]),
        ("鴻海在大陸的員工占集團全球人力比重", []),
        ("运维人员走进这片光伏园区", []),
        ("會再批出一批西北大型風光基地", []),
        ("香港大學合辦光伏材料研究中心", [("香港大學", "ORG")]),
        # generic kinds and phrases: bid committees, shell companies, listed and OTC companies, people's
        # mediation committees, teaching and youth training bases, 开好局, 提倡署名
        ("经评标委员会评审，查获空殼公司，上市櫃公司，向社区人民调解委员会申请", []),
        ("青海交通职业技术学院新能源汽车实训基地，俱乐部青训基地", [("青海交通职业技术学院", "ORG")]),
        ("为十五五开好局，提倡署真实姓名", []),
        # task forces
        ("绿色算力产业招商工作专班召开会议", [("绿色算力产业招商工作专班", "ORG")]),
    ],
)
def test_round_22_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Taiwan's trillions with hundreds of millions after them
        ("新竹科學園區去年營業額達新台幣1兆6,520億元", [("新台幣1兆6,520億元", "MONEY")]),
        # a plot's floor area ratio, flights a week, tour groups counted, zero alone counts nothing
        ("容积率不低于1.2，每周执飞3班，拓銷團38團", [("1.2", "METRIC"), ("3班", "METRIC"), ("38團", "METRIC")]),
        ("液冷零組件需求", []),
    ],
)
def test_round_22_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


def test_round_22_units_and_kind_words_around_known_names():
    nlp = rules_with(["青海大学", "澳门科技大学", "中国科学院", "港澳办", "考试院"])
    # a university's key laboratory is a unit of it however long its field; not another body after 与
    assert doc_ents(nlp("青海大学三江源生态与高原农牧业国家重点实验室主任表示")) == [
        ("青海大学三江源生态与高原农牧业国家重点实验室", "ORG")
    ]
    assert doc_ents(nlp("青海大学与中国科学院联合重点实验室")) == [("青海大学", "ORG"), ("中国科学院", "ORG")]
    # an investigation bureau's office is a unit of it (查处 "investigated" is no boundary inside 调查处)
    assert doc_ents(rules_with(["法务部调查局"])("法務部調查局新北市調查處查獲")) == [
        ("法務部調查局新北市調查處", "ORG")
    ]
    # a known name inside the kind word that ends a longer name is its tail
    assert doc_ents(nlp("福建省台港澳辦主任表示，北京市教育考试院介绍")) == [
        ("福建省台港澳辦", "ORG"),
        ("北京市教育考试院", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs and scopes before a body: taking on, improving, striving for, put into, the existing,
        # under the jurisdiction of, within the year, spinning off, supplying to
        ("用于承接西宁经济技术开发区溢出的算力需求", [("西宁经济技术开发区", "PARK")]),
        ("区里还将争取市财政局贴息资金，划入原省经贸委", [("市财政局", "ORG"), ("省经贸委", "ORG")]),
        ("改善乡村学校条件，现有中等职业学校，协议双方所辖法院", []),
        ("年內集團將派息，擬分拆業務", []),
        (
            "所產綠氫全部供應中國石化塔河煉化有限責任公司，某供应链管理有限公司",
            [("中國石化塔河煉化有限責任公司", "ORG")],
        ),
        # 合署 is no agency, 深部 no department, 州县政府 no county government, a kind alone no body
        ("与海西州人民政府合署办公", [("海西州人民政府", "ORG")]),
        ("州县政府机构改革", []),
        ("。医院党委书记介绍", []),
        # generic kinds: virtual currency exchanges, compensation committees, Project Hope and autumn
        # schools, breeding bases, water-wind-solar bases, local plants, regions' data centres
        ("虛擬貨幣交易所，赔偿委员会，希望小学，秋季学校食堂", []),
        ("部分大型水风光一体化基地，青海本地組件廠，区域内数据中心", []),
        # a province's old restructuring office, an international land port area
        ("省体改办和乌鲁木齐国际陆港区", [("省体改办", "ORG"), ("乌鲁木齐国际陆港区", "PARK")]),
    ],
)
def test_round_23_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # firms and sessions by visits, packs, barrels, ounces, core-kilometres, kilograms of standard coal
        ("检查企业3127家次，开展1126场次", [("3127家次", "METRIC"), ("1126场次", "METRIC")]),
        (
            "年產能8億包，儲量4.71億桶，產金1.1萬盎司",
            [("8億包", "METRIC"), ("4.71億桶", "METRIC"), ("1.1萬盎司", "METRIC")],
        ),
        ("年产光纤800万芯公里，单位能耗668千克标准煤", [("800万芯公里", "METRIC"), ("668千克标准煤", "METRIC")]),
        # a share after a shortening
        ("輪候時間縮短兩成", [("兩成", "METRIC")]),
    ],
)
def test_round_23_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


def test_round_23_known_names_in_context():
    nlp = rules_with(["雨润", "中国电建", "国家开发银行", "西部矿业股份有限公司"])
    # a known name before 镇 is a township of that name
    assert doc_ents(nlp("另外分别位于碾伯镇和雨润镇")) == []
    # a known company's party committee in a post is the company; acting, the committee
    assert doc_ents(nlp("中国电建党委副书记出席。中国电建党委召开会议。")) == [
        ("中国电建", "ORG"),
        ("中国电建党委", "ORG"),
    ]
    # a named bank's loan: the bank is named; a bank account is no bank
    assert doc_ents(nlp("利用国家开发银行贷款，其名下银行账户已被冻结")) == [("国家开发银行", "ORG")]
    # a mine's deep part is no department of the branch
    assert doc_ents(nlp("用于西部矿业股份有限公司锡铁山分公司深部开采工程")) == [
        ("西部矿业股份有限公司锡铁山分公司", "ORG")
    ]
    # Taiwan's ministry and its administration are one name
    assert doc_ents(rules_with(["卫生福利部"])("衛生福利部食品藥物管理署表示")) == [("衛生福利部食品藥物管理署", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # building, in use, built, linking up with, located in, at night, within the jurisdiction
        ("贵州在用和在建重点数据中心达37个，全省已建成青海云网大数据中心", [("青海云网大数据中心", "PARK")]),
        ("我们连线总台记者，昨天夜间沱沱河气象站最低气温", [("沱沱河气象站", "ORG")]),
        ("四川亚东水泥有限公司所处西南市场，辖内法人银行", [("四川亚东水泥有限公司", "ORG")]),
        # 部署 is no ministry
        ("清洁能源产业高地建设部署", []),
        # generic promotion offices, storage bases, trading companies
        ("在澳門設立旅遊推廣辦事處，共建锂电材料仓储基地，设立商貿公司", []),
        # a short name in brackets after an office, a -KY listing after a kind of firm, a science centre
        (
            "香港特別行政區政府駐成都經濟貿易辦事處（駐成都經貿辦）主任，磷酸鐵鋰材料廠立凱-KY，澳門科學館",
            [
                ("香港特別行政區政府駐成都經濟貿易辦事處", "ORG"),
                ("駐成都經貿辦", "ORG"),
                ("立凱-KY", "ORG"),
                ("澳門科學館", "ORG"),
            ],
        ),
    ],
)
def test_round_24_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # cubic metres after a magnitude, shares after 由 and before 为 (not 统一成为), two phases
        ("年产天然气47.6亿方，双方同意", [("47.6亿方", "METRIC")]),
        (
            "由四成提高至五成以上，其中七成为5G站点，统一成为标准",
            [("四成", "METRIC"), ("五成", "METRIC"), ("七成", "METRIC")],
        ),
        ("已投产的两期项目，一期项目", [("两期", "METRIC")]),
        # 陆 is the land, not six (大陆台商, 内陆省份)
        ("大陸台商出口，內陸省份簽署", []),
    ],
)
def test_round_24_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # time words, verbs and adverbs that bound a name (早前, 地处, 经营, 拿下, 直供, 驻, 也, 以, 已)
        ("某某市人民政府早前與公司簽約。", [("某某市人民政府", "ORG")]),
        ("藍科鋰業地處格爾木。", [("藍科鋰業", "ORG")]),
        ("在寧夏中衛西部雲基地經營大型智算中心的業者", [("寧夏中衛西部雲基地", "PARK")]),
        ("西宁市中级人民法院驻南川工业园区工作站揭牌", [("西宁市中级人民法院", "ORG"), ("南川工业园区", "PARK")]),
        ("海东市卫健委以海东市第一人民医院为龙头", [("海东市卫健委", "ORG"), ("海东市第一人民医院", "ORG")]),
        ("铁路串联起西宁经济技术开发区", [("西宁经济技术开发区", "PARK")]),
        # where shares trade and a project company describe the company after them
        ("旗下港股金川集團國際資源有限公司公布業績", [("金川集團國際資源有限公司", "ORG")]),
        ("持有项目公司西藏阿里拉果资源有限责任公司股权", [("西藏阿里拉果资源有限责任公司", "ORG")]),
        # a short name defined with a note after it; a relation is no short name (母公司)
        (
            "某某国际资源有限公司（下称「某某国际」，02362）公布。",
            [("某某国际资源有限公司", "ORG"), ("某某国际", "ORG")],
        ),
        ("某某集团股份有限公司（以下简称「母公司」）收购", [("某某集团股份有限公司", "ORG")]),
        # a banner's party committee, a railway's depot, a district where an industry gathers
        ("伊金霍洛旗委书记表示", [("伊金霍洛旗委", "ORG")]),
        ("西宁车务段还在站内设立服务台", [("西宁车务段", "ORG")]),
        ("在庆阳西峰数据信息产业聚集区", [("庆阳西峰数据信息产业聚集区", "PARK")]),
    ],
)
def test_round_25_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # described, not named: a site counted as one, China's data centres, a trade's co-operatives
        ("他们援建了一处藏毯加工园区。", []),
        ("他们还援建了一处海东工业园区", [("海东工业园区", "PARK")]),
        ("中國資料中心耗電量已占全國用電約2%", []),
        ("与23个种植合作社签订协议", []),
    ],
)
def test_round_25_described_sites_and_bodies(text, expected):
    nlp = rules_with(common=("种植", "加工"))
    assert names_of(nlp(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a range of money is one amount; Hong Kong's cents and its yearly rate in 厘
        ("作价介乎150亿至180亿元人民币", [("150亿至180亿元人民币", "MONEY")]),
        ("招股價介乎24.8至28.6港元，派末期息每股17.5港仙", [("24.8至28.6港元", "MONEY"), ("17.5港仙", "MONEY")]),
        ("票面年息2.5厘，票面利率6.6厘，长2.5厘米", [("2.5厘", "METRIC"), ("6.6厘", "METRIC"), ("2.5厘米", "METRIC")]),
        # Taiwan's megawatts and kilowatt-hours, megajoules per square metre, oil equivalent
        ("簽署50百萬瓦合約，裝機1,200萬瓩/4,000萬瓩時", [("50百萬瓦", "METRIC"), ("1,200萬瓩/4,000萬瓩時", "METRIC")]),
        ("輻射量達5,800至6,100百萬焦耳/平方公尺", [("5,800至6,100百萬焦耳/平方公尺", "METRIC")]),
        ("產量預計達750萬噸油當量", [("750萬噸油當量", "METRIC")]),
        # truckloads, fibre cores, seats, runs a week (not 车道, 芯片)
        ("每天有200余车蔬菜，光缆扩容至96芯，双向6车道，3芯片", [("200余车", "METRIC"), ("96芯", "METRIC")]),
        ("董事會五席中取得三席，每周发车三班", [("五席", "METRIC"), ("三席", "METRIC"), ("三班", "METRIC")]),
    ],
)
def test_round_25_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 系 "is" before a national body; a listed company, a maker's trade and a state-assets platform
        # before a name; "people close to" a company; a place's 那曲 is no determiner
        ("某某盐湖系中国五矿集团有限公司下属企业", [("中国五矿集团有限公司", "ORG")]),
        ("港股上市公司金川集团国际资源有限公司公布", [("金川集团国际资源有限公司", "ORG")]),
        ("储能系统集成商北京某某科技股份有限公司中标", [("北京某某科技股份有限公司", "ORG")]),
        ("获得厦门市国资平台厦门国贸控股集团有限公司投资", [("厦门国贸控股集团有限公司", "ORG")]),
        ("据接近公司人士透露", []),
        ("去年，那曲市人民医院派出医护人员", [("那曲市人民医院", "ORG")]),
        # 与 joins two fields of one body, not a school and a company, nor a body and a place's body
        ("记者从内蒙古自治区政务服务与数据管理局获悉", [("内蒙古自治区政务服务与数据管理局", "ORG")]),
        ("兰州交通大学与中铁二十一局集团有限公司共建", [("兰州交通大学", "ORG"), ("中铁二十一局集团有限公司", "ORG")]),
        ("上海数据交易所与青海省数据局签约", [("上海数据交易所", "ORG"), ("青海省数据局", "ORG")]),
        # an intellectual property tribunal, a film archive, an arts theatre company; 网络 is no site
        ("西安知识产权法庭与中国电影资料馆合作", [("西安知识产权法庭", "ORG"), ("中国电影资料馆", "ORG")]),
        ("三家单位分别牵头建设网络", []),
        # an international information port with its place in brackets; a park written with 区 after 园;
        # verbs before a site (运抵, 布建); a zone's data centres just named
        ("公司在润泽（廊坊）国际信息港新建智算中心", [("润泽（廊坊）国际信息港", "PARK")]),
        ("通过铁路运抵拉萨综合保税区的货物", [("拉萨综合保税区", "PARK")]),
        ("业者加速在西部布建资料中心", []),
    ],
)
def test_round_26_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a department of twelve characters after a known body
        ("国家数据局数字科技和基础设施建设司负责人介绍", [("国家数据局数字科技和基础设施建设司", "ORG")]),
        # a known park written with 区 after its 园 (not 园区域)
        ("在盛乐经济园区，企业投产", [("盛乐经济园区", "PARK")]),
        ("盛乐经济园区域内", [("盛乐经济园", "PARK")]),
        # a zone's data centres just named are its centres in general
        ("前三季度新区数据中心用电中绿电占比", []),
    ],
)
def test_round_26_known_names(text, expected):
    nlp = rules_with()
    nlp.get_pipe("xn_entity_rules").add_patterns(
        [{"label": "ORG", "pattern": "国家数据局"}, {"label": "PARK", "pattern": "盛乐经济园"}]
    )
    assert names_of(nlp(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a range with the currency on both sides; Taiwan's 5萬8,000元; New Zealand dollars
        ("资本开支预计为50亿元至60亿元", [("50亿元至60亿元", "MONEY")]),
        ("每瓦时0.45元至0.55元", [("0.45元至0.55元", "MONEY")]),
        ("費用約新台幣5萬8,000元，營收5.2億新西蘭元", [("新台幣5萬8,000元", "MONEY"), ("5.2億新西蘭元", "MONEY")]),
        # a share range after 节省; half; a hundred and a thousand odd
        ("可節省三至四成雲端成本，占全国一半以上", [("三至四成", "METRIC"), ("一半", "METRIC")]),
        ("聚集企业百余家，千余人参加，数百余家", [("百余家", "METRIC"), ("千余人", "METRIC")]),
        # card-hours, zettabytes, Taiwan's cubic metres, an index's close, cities counted (not 城东区)
        (
            "约1200万卡时，总量达32.85ZB，天然氣30.6億立方公尺",
            [("1200万卡时", "METRIC"), ("32.85ZB", "METRIC"), ("30.6億立方公尺", "METRIC")],
        ),
        ("加權指數昨收22,640點", [("22,640點", "METRIC")]),
        ("兰州、西宁、银川三城中，本周四城东区停水", [("三城", "METRIC")]),
        # a count after 新上 (上 opens no vague amount before a digit)
        ("今年新上两条生产线", [("两条", "METRIC")]),
    ],
)
def test_round_26_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


def test_name_trie_finds_the_leftmost_longest_name():
    # what a regex alternation of the names sorted longest first finds, without the regex
    from xn_model.entity_ruler import _NameTrie

    trie = _NameTrie(["青海", "青海大学", "大学", "海大"])
    assert trie.search("他在青海大学任教") == (2, 6)
    assert trie.search("他在青海大学任教", 3) == (3, 5)
    assert trie.search("没有名字") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # a short name in brackets after a university, a chamber of commerce, a fund, and later
        (
            "澳門大學（澳大）與青海師範大學簽約。澳大副校長表示",
            [("澳門大學", "ORG"), ("澳大", "ORG"), ("青海師範大學", "ORG"), ("澳大", "ORG")],
        ),
        # a Taiwan listing's four-digit code names its short name through the article; not a year
        ("重電大廠士電（1503）昨日表示。士電上月營收成長", [("士電", "ORG"), ("士電", "ORG")]),
        ("某某年鉴（2024）出版", []),
        # a government "will" (政府会), not a democratic party's committee (省委会)
        ("西宁市政府会提供资金，各民主党派省委会负责人出席", [("西宁市政府", "ORG")]),
        # a court by its instance, a court's numbered tribunal, sold to, hiding in, made in
        ("一审法院北京市大兴区人民法院认定，二审法院维持原判", [("北京市大兴区人民法院", "ORG")]),
        ("设备出售予成都高新投资集团有限公司", [("成都高新投资集团有限公司", "ORG")]),
        ("团伙藏身成都高新区一处写字楼，产品产自晋江经济开发区", [("成都高新区", "PARK"), ("晋江经济开发区", "PARK")]),
        # labour inspection, consumer protection
        ("西宁市劳动保障监察支队介入，上海市消保委提醒", [("西宁市劳动保障监察支队", "ORG"), ("上海市消保委", "ORG")]),
        # all the prefecture's courts and data centres are no names; 全州县 is a county
        ("全州法院共审结案件，全州县人民法院", [("全州县人民法院", "ORG")]),
        # a count before a known name's first character (6台|大功率), eight banks
        ("银团由8間銀行组成", []),
        ("五道梁气象站测得最低气温", [("五道梁气象站", "ORG")]),
        ("南方电网公司年初下达超高压公司的投资", [("南方电网公司", "ORG"), ("超高压公司", "ORG")]),
        ("在成都国际铁路港发往欧洲", [("成都国际铁路港", "PARK")]),
    ],
)
def test_round_27_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a yearly rate in 厘 close after a rate word; not without one
        ("票面年息分別為2.05厘及2.2厘", [("2.05厘", "METRIC"), ("2.2厘", "METRIC")]),
        ("长约3厘的裂纹", []),
        # square feet, circuits of a line in Chinese numerals, shares after 收, 破, 送, courses
        (
            "面積約3,000平方呎，新增两回110千伏专线",
            [("3,000平方呎", "METRIC"), ("两回", "METRIC"), ("110千伏", "METRIC")],
        ),
        ("约占营收两成，突破三成，多送两成", [("两成", "METRIC"), ("三成", "METRIC"), ("两成", "METRIC")]),
        ("开展技能培训86期，来回两回", [("86期", "METRIC")]),
        ("调用6台大功率排水设备", [("6台", "METRIC")]),
    ],
)
def test_round_27_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


def test_round_27_known_names():
    # a known site takes the places before it (guidelines section 10); a count before a known name's
    # first character is no name (6台|大功率); a grid's provincial company written short
    nlp = rules_with()
    nlp.get_pipe("xn_entity_rules").add_patterns(
        [
            {"label": "PARK", "pattern": "天府国际生物城"},
            {"label": "ORG", "pattern": "台大"},
            {"label": "ORG", "pattern": "国网"},
        ]
    )
    doc = nlp("该院与成都天府国际生物城合作，调用6台大功率设备，台大教授。国网四川电力签约")
    assert names_of(doc) == [
        ("成都天府国际生物城", "PARK"),
        ("台大", "ORG"),
        ("国网四川电力", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a council for the promotion of trade of a level; a bank's place in brackets before a verb;
        # a district where industry is concentrated, a medical city
        ("下一步，省贸促会将组织企业", [("省贸促会", "ORG")]),
        (
            "位于四川遂宁安居工业集中发展区的项目，成都医学城开诊",
            [("四川遂宁安居工业集中发展区", "PARK"), ("成都医学城", "PARK")],
        ),
    ],
)
def test_round_28_names(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


def test_round_28_described_sites_and_indicator_ranges():
    # polysilicon and hydrogen bases with no proper word are described; an indicator's range
    nlp = rules_with()
    assert names_of(nlp("公司在乐山、包头两地的多晶硅基地减产，氢能装备产业园一期建成")) == []
    assert ents_of("PUE将控制在1.15至1.2之间", ["METRIC"]) == [("1.15至1.2", "METRIC")]
    # a bank's place in brackets belongs to it, also before a verb (not a site's name after it)
    assert names_of(nlp("渣打银行（香港）已为相关项目安排贷款")) == [("渣打银行（香港）", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # units of science, transport and Taiwan's floor area, concentrations per litre
        (
            "监测范围扩大到6500平方千米，货物周转量283.6亿吨公里",
            [("6500平方千米", "METRIC"), ("283.6亿吨公里", "METRIC")],
        ),
        ("总磷控制在0.05毫克/升以下，灵敏度0.05微克/毫升", [("0.05毫克/升", "METRIC"), ("0.05微克/毫升", "METRIC")]),
        ("浓度为411.2ppm，收录12亿字节", [("411.2ppm", "METRIC"), ("12亿字节", "METRIC")]),
        (
            "最高能量400兆电子伏/核子，能量達1.4拍電子伏特",
            [("400兆电子伏/核子", "METRIC"), ("1.4拍電子伏特", "METRIC")],
        ),
        (
            "频段覆盖150兆赫至115吉赫，视场6.5平方度，视宁度0.75角秒",
            [("150兆赫至115吉赫", "METRIC"), ("6.5平方度", "METRIC"), ("0.75角秒", "METRIC")],
        ),
        ("廠區面積約12萬坪，草坪一片", [("12萬坪", "METRIC")]),
        # a range of rates is one amount; a move and the rate it moved to are two
        ("票面年息預計介乎2.5厘至3厘", [("2.5厘至3厘", "METRIC")]),
        ("最優惠利率下調0.25厘至5.625厘", [("0.25厘", "METRIC"), ("5.625厘", "METRIC")]),
        # "cheaper by a tenth"; "double-digit" is no count of persons
        ("平均便宜一成，保持两位数增长，两位专家", [("一成", "METRIC"), ("两位", "METRIC")]),
    ],
)
def test_round_29_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs and words that bound a name (组建起, 安排, 利用, 紧邻, 继, 辖下, 上市平台, 陆媒 before an outlet)
        ("组建起拉格日生态畜牧业专业合作社", [("拉格日生态畜牧业专业合作社", "ORG")]),
        ("今年，省财政厅安排实验室专项经费", [("省财政厅", "ORG")]),
        ("青海省气候中心利用三江源国家大数据基地的算力", [("青海省气候中心", "ORG"), ("三江源国家大数据基地", "PARK")]),
        ("项目紧邻青海格尔木昆仑经济技术开发区", [("青海格尔木昆仑经济技术开发区", "PARK")]),
        ("天齐锂业在四川境内继射洪基地之后建设", [("天齐锂业", "ORG"), ("射洪基地", "PARK")]),
        ("香港科技園公司轄下香港科學園的初創企業", [("香港科技園公司", "ORG"), ("香港科學園", "PARK")]),
        ("國家電投旗下上市平台中國電力（02380）此前", [("中國電力", "ORG")]),
        ("據陸媒人民鐵道報報導，", [("人民鐵道報", "ORG")]),
        ("农民日报·中国农网记者 马晓东", [("中国农网", "ORG")]),
        # no name: inside a park, after an upgrade, one more base, an AI data centre in general
        ("升級後園區可享國家級開發區政策，又一大基地", []),
        ("受惠AI資料中心建置需求", []),
        # a state key lab built by a province and a ministry
        (
            "从青海大学获悉，省部共建三江源生态与高原农牧业国家重点实验室近日",
            [("青海大学", "ORG"), ("省部共建三江源生态与高原农牧业国家重点实验室", "ORG")],
        ),
        # an observatory, a railway's rolling-stock depot, an observatory's greenhouse-gas course
        (
            "记者从中国科学院新疆天文台获悉，西宁车辆段加强检查",
            [("中国科学院新疆天文台", "ORG"), ("西宁车辆段", "ORG")],
        ),
        ("赴中國大氣本底基準觀象台學習溫室氣體監測", [("中國大氣本底基準觀象台", "ORG")]),
        # a port's customs office; a customs site and 局地 "in places" are none
        ("吉隆海关推行提前申报，经当地海关查验", [("吉隆海关", "ORG")]),
        ("推进西宁经济技术开发区海关监管场所建设，杂多县局地积雪", [("西宁经济技术开发区", "PARK")]),
        ("上半年西宁海关监管中欧班列货值", [("西宁海关", "ORG")]),
        # a Taiwan listing's code that looks like an old year, and its name after a kind of firm
        ("母公司永豐餘（1907）持有股權。永豐餘表示", [("永豐餘", "ORG"), ("永豐餘", "ORG")]),
        ("正極前驅物材料廠康普（4739）表示", [("康普", "ORG")]),
        ("白皮书（2024）发布", []),
        # a federation written short in brackets; the name's own kind word is no short name
        ("中華民國全國工業總會（工總）副理事長表示", [("中華民國全國工業總會", "ORG"), ("工總", "ORG")]),
    ],
)
def test_round_29_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


def test_round_29_short_names_of_known_names():
    # a short name defined after a known name is found there and later; the known name's own kind
    # word is none
    nlp = rules_with(known=["澳门科学技术发展基金"])
    nlp.get_pipe("xn_entity_rules").add_patterns([{"label": "PARK", "pattern": "柴达木循环经济试验区"}])
    doc = nlp("澳門科學技術發展基金（科技基金）資助。科技基金表示，柴达木循环经济试验区（以下简称“试验区”）。试验区是")
    assert names_of(doc) == [
        ("澳門科學技術發展基金", "ORG"),
        ("科技基金", "ORG"),
        ("科技基金", "ORG"),
        ("柴达木循环经济试验区", "PARK"),
    ]


def test_round_29_units_and_sites_in_the_pipeline():
    # a university's department before 与, a key lab after its university
    nlp = rules_with()
    doc = nlp("香港大学地球科学系与中国科学院合作。青海大学省部共建三江源生态与高原农牧业国家重点实验室培育")
    assert names_of(doc) == [
        ("香港大学地球科学系", "ORG"),
        ("中国科学院", "ORG"),
        ("青海大学省部共建三江源生态与高原农牧业国家重点实验室", "ORG"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the value an indicator moved to; a duration in hours; a share after 业
        ("数据中心PUE由1.52降至1.32，年节电", [("1.52", "METRIC"), ("1.32", "METRIC")]),
        ("開了兩個多小時，占大陸事業6成", [("6成", "METRIC")]),
    ],
)
def test_round_30_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # words that bound a name on the left (消息, 配建, 予, 肯定, 处分, 大建, 同属, 集群内, 一年; not 依 in 克拉玛依)
        ("12月3日消息（岳明）中国电信股份有限公司四川分公司", [("中国电信股份有限公司四川分公司", "ORG")]),
        ("园区今年还将配建幼儿园2所", []),
        ("土地使用權予成都高新投資集團有限公司", [("成都高新投資集團有限公司", "ORG")]),
        ("受訪台商肯定西寧經濟技術開發區電價低廉", [("西寧經濟技術開發區", "PARK")]),
        ("日前公告處分緯創資通（成都）有限公司部分設備", [("緯創資通（成都）有限公司", "ORG")]),
        ("西部各地大建算力中心，同屬該集團的公司，组织集群内数据中心企业，去年一年公司订单", []),
        ("与头部交易所开展合作", []),
        # a bonded port area; a maker's data-centre design is no site; bodies counted are no name
        ("進駐兩路寸灘保稅港區等園區", [("兩路寸灘保稅港區", "PARK")]),
        ("采用华为模块化数据中心方案", []),
        ("与城东区12个社区卫生服务中心建立医联体", []),
        # a listing's code inside a name is none of it; a short name after a kind of firm
        ("台塑（1301）集團高層日前赴青海", [("台塑", "ORG")]),
        (
            "鋰化合物廠美琪瑪（4721）昨日宣布，金川集團國際資源（02362）公布",
            [("美琪瑪", "ORG"), ("金川集團國際資源", "ORG")],
        ),
    ],
)
def test_round_30_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


def test_round_30_site_with_its_city():
    # a site's city in brackets is part of its name
    nlp = rules_with()
    doc = nlp("位于核心区的中国移动智算中心（呼和浩特）日前投产")
    assert names_of(doc) == [("中国移动智算中心（呼和浩特）", "PARK")]
    # 依 is inside 克拉玛依: no word that bounds a name
    doc = nlp("克拉玛依市人民政府与中国石油大学（北京）克拉玛依校区签约")
    assert names_of(doc) == [("克拉玛依市人民政府", "ORG"), ("中国石油大学（北京）克拉玛依校区", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # flows per day or hour; a count after 大陆 (陆 is no numeral there)
        (
            "新增污水处理能力2万立方米/日，规模2800立方米/小时",
            [("2万立方米/日", "METRIC"), ("2800立方米/小时", "METRIC")],
        ),
        ("已與大陸兩家稀土磁材供應商簽約", [("兩家", "METRIC")]),
    ],
)
def test_round_31_amounts(text, expected):
    assert ents_of(text, ["METRIC", "MONEY"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Hong Kong filings and investor relations: words before 本公司, a broker, a site
        ("收購事項構成本公司之關連交易，條款符合本公司及股東之整體利益", []),
        ("本公司與配售代理國泰君安證券（香港）有限公司訂立配售協議", [("國泰君安證券（香港）有限公司", "ORG")]),
        ("本公司已委聘中國恩菲工程技術有限公司為設計單位", [("中國恩菲工程技術有限公司", "ORG")]),
        ("該等項目位處海南州千萬千瓦級可再生能源基地", [("海南州千萬千瓦級可再生能源基地", "PARK")]),
        ("西宁经济技术开发区下辖东川工业园区", [("西宁经济技术开发区", "PARK"), ("东川工业园区", "PARK")]),
        ("有投资者提问公司主要产品产量，募投项目达产后公司产能将达", []),
        ("今年首季本港交易所買賣基金日均成交", []),
        # a park two places built together; the group's base
        ("在成都—甘孜工业园区，州属企业", [("成都—甘孜工业园区", "PARK")]),
        # two outlets joined by a middle dot in a byline; a paper's online site after a dot
        ("中国证券报·中证网讯（记者 王兴）", [("中国证券报", "ORG"), ("中证网", "ORG")]),
        ("上海证券报·中国证券网讯（记者 陈思远）", [("上海证券报", "ORG"), ("中国证券网", "ORG")]),
        ("中国青年报·中青在线记者 刘晓晨", [("中青在线", "ORG")]),
        # a listed company's short name after a word that opens an example
        ("上市櫃公司如士電（1503）已著手。士電發言人表示", [("士電", "ORG"), ("士電", "ORG")]),
    ],
)
def test_round_31_names_and_boundaries(text, expected):
    assert ents_of(text, ["ORG", "PARK"]) == expected


def test_round_31_group_before_its_base():
    nlp = rules_with()
    assert names_of(nlp("約21萬噸，滿足集團射洪基地的需求")) == [("射洪基地", "PARK")]
