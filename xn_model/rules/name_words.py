"""Language data for names (as spaCy keeps it in spacy/lang/*): the words that bound a name on the
left, the words that only describe, and the kind words that end an ORG or a PARK name. The
patterns that use them are in `names`."""

# fmt: off
# Where a name cannot continue to the left: function words and the verbs news uses before a
# name (位于西宁经济技术开发区, 落户南川工业园区, 与青海大学签约). 为 is absent on purpose (华为).
# Single characters are kept to those that hardly occur inside names: not 经 (经济), 据 (数据),
# 都 (成都), 由 (自由), 同 (同仁); 和 and 等 are handled separately (共和县, 高等).
FUNCTION_WORDS = (
    "在", "于", "与", "及", "的", "是", "将", "把", "被", "从", "到", "让", "给", "了",
    "着", "或", "跟", "还", "以及", "包括", "其中", "分别", "已经", "正在", "简称",
    "目前", "今年", "去年", "近年来", "同时", "此外",
    # connectives, determiners and time words that open a clause before a name (因此国家税务总局,
    # 上述邮储银行, 近日招商银行); a date is handled with the digits (6月底招商银行)
    "因此", "但是", "只有", "仅有", "尽管", "比如", "例如", "可见", "上述", "前述", "其他", "另外",
    "最后", "最近", "此前", "随后", "不少", "昨日", "近日", "日前", "上周", "本周", "上月", "本月",
    "月底", "年底", "年初", "周末",
    # Cantonese in Hong Kong TV transcripts: at, is, of, done, here (会喺|香港科学园, 呢度系|…示范区)
    "喺", "嘅", "咗", "呢度系", "呢度", "嗰度",
    # times and a river's course before a name (过去一年|西宁经济技术开发区, 明年|集团…, 黄河干流|唐乃亥水文站)
    "过去一年", "一年来", "明年", "后年", "前年", "干流", "支流",
    # quantifiers and comparisons before a generic or a known name (许多银行, 像三亚市政府, 所以杭州市房管局)
    "许多", "很多", "大多数", "多数", "一些", "几家", "各家", "所以", "就像", "像是",
    # many places (西部多地|智算中心); "accounting for" (员工占|集团全球人力); within the year (年内|集团…)
    "多地", "占", "年内", "夜间",
    # "under the jurisdiction of" (协议双方所辖|法院)
    "所辖", "辖内",
    # pronouns and sentence adverbs (我们林达集团, 不过博彩公司, 无疑令…集团, 而俄罗斯欧洲银行);
    # 即 "that is" (即荷兰银行) is none inside a place (即墨)
    "我们", "你们", "他们", "它们", "不过", "不会", "影响", "首先", "无疑", "而", "而且", "即", "即使",
    "随即", "但", "有关",
    # periods of time before a name (今年以来|南川工业园区, 上半年|公司, 前三季度|园区)
    "以来", "上半年", "下半年", "季度",
    # "at that time" and "further" (届时|公司, 以进一步增强|公司)
    "届时", "进一步",
    # "according to law", "involving", "already has" (依法|受理…, 审结一起涉|…产业园, 已有|多栋智算中心)
    "依法", "涉及", "涉", "涉案", "已有",
    # "jointly" (共同开发|…能源基地)
    "共同",
    # days and times of day, hearsay and nearness, as social media write them (今天|…, 听说|…小镇,
    # 有人知道|…园区, …附近|…, 隔壁|学校, 新闻说|…基地), "because", "to" (传输至|市生态环境局)
    "今天", "明天", "昨天", "上午", "下午", "早上", "晚上", "中午", "凌晨", "听说", "有人", "附近",
    "旁边", "隔壁", "对面", "因为", "因", "说", "至", "去过", "去", "路过", "知道",
    # "in the case of", "please", "and above", "after the change" (断网情况下|数据中心…, 请|南川工业园区…,
    # 县级以上|医院, 调整后|园区)
    "情况下", "请", "请看", "以上", "调整后", "建成后", "投运后",
    # "together with" as Hong Kong writes it (…委员会聯同|國家能源局…)
    "联同", "连同",
    # that month, that year, that day (当月|全省法院), none has one (…西北均无|分行)
    "当月", "当年", "当日", "当天", "均无", "均有", "并无", "尚无", "另有",
    # within the period (展期内|三联书店（香港）)
    "期内",
    # the end or the start of a year or a month written without a number (去年底|西宁市商业银行)
    "去年底", "今年底", "去年初", "今年初", "年底", "年初", "年末", "月底", "月初", "月末",
    # "earlier" as Hong Kong writes it, "already", "can make", "can serve", "compared with"
    # (…市人民政府早前|与公司, 园区已|集聚…, 可使|园区…, …模式可供|南部科学园区, 较|传统风冷数据中心)
    "早前", "已", "可使", "可供", "较",
    # "people close to" (接近|公司人士), "meet" and "more than" (可满足|银行…, 有逾|60间…公司)
    "接近", "满足", "逾",
    # "within the borders of", "under", "can enjoy" (四川境内|继射洪基地, 科技园公司辖下|香港科学园,
    # 园区可享|国家级开发区的政策)
    "境内", "辖下", "可享",
    # after an upgrade, one more (升级后|园区, 又一|大基地)
    "升级后", "又一",
    # inside a park or a province (园区内|牧民合作社, 园内|特色农产品展示交易中心)
    "园区内", "园内", "区内", "省内", "市内", "县内",
    # a cluster's inside, a year, "can make it easy for", "to" (集群内|数据中心企业, 去年一年|公司,
    # 可方便|园区职工, 土地使用权予|…公司), a dispatch's "news" (12月3日消息（岳明）|中国电信…); not 依
    # "according to", which is inside 克拉玛依
    "集群内", "一年", "可方便", "予", "消息",
    # Hong Kong's first quarter and "this port" (今年首季|本港交易所…)
    "首季", "本港",
)
# Verbs that news writes right before a name and that company names hardly contain.
NEWS_VERBS = (
    "位于", "落地", "落户", "入驻", "进驻", "签约", "签署", "引进", "举行", "来到", "走进", "深入",
    "调研", "考察", "参观", "入选", "获批", "获评", "携手", "牵头", "主办", "承办", "协办", "召开",
    "出席", "参加", "主持", "会见", "会同", "带领", "前往", "走访", "视察", "督导", "听取", "看望",
    "慰问", "介绍", "表示", "指出", "强调", "要求", "认为", "就读", "考上", "考入", "招聘", "负责",
    "来自", "依托", "围绕", "助力", "聚焦", "立足", "确保", "纳入", "途经", "引导至", "投向",
    # building verbs in front of a site (承建南川工业园区…, 建成三江源国家大数据基地)
    "承建", "建成", "开建", "援建", "扩建", "改建", "投产",
    # governance verbs in front of a body (按照省委部署, 贯彻落实省委, 对接市林草局; 代表 is in names.py)
    "按照", "根据", "依据", "遵照", "贯彻", "落实", "巩固", "了解", "对接", "发挥", "关注",
    "聆听", "研读", "翻开", "出台", "助推", "贡献", "督促", "协助", "配合", "加快", "打造", "邀请",
    "感谢", "报告", "汇报", "审议", "批准", "授权", "委托", "推荐", "也有", "没有",
    # a company's relation to the one named after it (…有限公司旗下|五矿盐湖有限公司,
    # 控股股东变更为|中国盐湖工业集团, 全资子公司|格尔木…有限公司, 单位为|…设计院有限公司)
    "旗下", "下属", "所属", "子公司", "母公司", "附属公司", "合营公司", "合资公司", "控股股东", "股东", "变更为",
    "单位为", "选用", "采用", "指定",
    # verbs of dealing with a body or a company (欢迎长江实业…, 持有美国雷曼兄弟公司, 办理韩亚银行)
    "欢迎", "有请", "告上", "起诉", "办理", "持有", "担任", "选择", "调停", "向其", "鼓励",
    "致电", "加上", "造成", "洽购", "收购", "并购", "入股",
    # going to a place (家住南岸经开区, 跑遍世博园区, 入主浦江基地)
    "家住", "跑遍", "游玩", "入主", "来过", "摧毁",
    # founding, building together, submitting, covering, reporting and visiting (发起成立|…联盟,
    # 共建|联合实验室, 向…银行提交|…公司, 覆盖|辖区中小学, 记者探访|…算力中心, 在桃园建置|…资料中心)
    "成立", "设立", "共建", "提交", "取得", "出资", "覆盖", "发布", "推动", "记者", "探访", "察看",
    "查看", "因应", "建置", "增建",
    # what a reporter does before the body named (记者获悉|该公司, 记者联系|…银行…分行)
    "获悉", "联系", "追问", "暗访", "允许", "甚至", "报道",
    # announcing, merging and deploying (公布…合作社名单, 整合…合作社资源, 研究部署…工业园区),
    # forming, supporting, driving and injecting (联合组建|…实验室, 支持|青投集团, 带动|公司, 注入|上市公司)
    "公布", "整合", "部署", "组建", "支持", "带动", "注入",
    # "is located in", "won" (蓝科锂业|地处格尔木, …公司拿下|…数据中心的订单), "sold to", "apply to
    # set up", "favour" (…设备出售予|成都高新投资集团有限公司, 申设|成都分行, 主要看中|银川…开发区)
    "地处", "拿下", "出售予", "售予", "转让予", "申设", "看中", "看好", "下达",
    # approving, filing, promoting, winning a bid and shipping (批复同意|…开发区, 备案批复|…开发区,
    # 推介|…开发区, …有限公司中标|…公司, 发往|…公司)
    "批复", "同意", "备案", "核准", "推介", "中标", "发往", "运往", "送往", "改成", "改为", "更名为",
    # company filings: holding, buying, granting, transferring, keeping (…有限公司所持|公司股份,
    # 购买|银行理财产品, 给予|…股份有限公司, 划转至|新集团, 维持|…有限公司, 置入|…公司)
    "所持", "持股", "购买", "给予", "划转", "转让", "维持", "置入", "置出", "约占", "强化",
    # going to, coordinating and setting up with a body (…医院专家团队赴|…医院, 协调|县住建局,
    # 与…中医院建立|远程会诊中心)
    "赴", "协调", "建立",
    # moving into and choosing a site, through and supporting (迁入|…创新园, 已选定|…科技园区,
    # Taiwan's 透过|…公司 "through"; 支援 in names.ORG_BOUNDARY_RE)
    "迁入", "迁至", "选定", "透过",
    # strengthening and engaging in (增强|公司资源, 主要从事|盐湖卤水提锂业务)
    "增强", "从事",
    # courts and regulators at work (…法院依法受理|…有限公司, 判决|…公司, 作出|行政处罚; 查处 in
    # names.ORG_BOUNDARY_RE: not in an investigation office, 调查处)
    "受理", "审理", "审结", "判决", "判令", "裁定", "宣判", "查封", "驳回", "作出", "移送",
    "追缴", "判处", "处罚", "发现", "不服",
    # announcing, supporting, entering, choosing a site, taking part, laying out, supplying
    # (阿里云宣布|其张北数据中心, 支撑|…数据中心, 已进入|…算力中心, 项目选址|…工业园区, 布局|…实验室)
    "宣布", "支撑", "进入", "选址", "参与", "布局", "明确", "供货",
    # settling on (联合印发通知，确定|格尔木昆仑经济开发区为…)
    "确定",
    # choosing at first, solving, launching (选址初定|…工业园区, 研究解决|…开发区, 在西宁启动|乡村学校…),
    # widening, putting out, going through (持续扩大|…大数据基地, 合作推出|…, 可通过|市政务服务中心)
    "初定", "解决", "启动", "扩大", "推出", "可通过",
    # being put under another body (青海铝厂划归|中国铝业公司), visiting (到访|…开发区)
    "划归", "访问", "参访", "到访", "来访", "下设",
    # signing with, building together, pushing on, walking out of (…大学签订|…, 合作建设|护理实训中心,
    # 持续推进|集团…, 走出|实验室)
    "签订", "合作建设", "持续推进", "走出", "增设",
    # filings and the market (续聘|…会计师事务所, 评定|…集团有限公司, 增持|公司股份, 导致|公司…, 看好|…)
    "续聘", "聘任", "聘请", "增持",
    # finishing and copying a document to (于6月底前完成|中小学…, 抄送|联席会议办公室)
    "完成", "抄送", "减持", "导致", "记入", "看好", "传闻",
    # discipline and appointment notices (受理反映|区教育局…, 约谈|县民政局, 拟任|…大学党委书记,
    # 王某某任|…区委副书记), and city life (开通|…工业园区至…, 通知|…, 诉至|…法院)
    "反映", "约谈", "拟任", "现任", "免去", "兼任", "调任", "出任", "升任", "任命", "某任", "同志任",
    "开通", "通知", "诉至",
    # enforcement (移交|果洛州生态环境局, 迎接|省第三生态环境保护督察组, 倒逼|…开发区内企业)
    "移交", "迎接", "倒逼",
    # résumés and profiles (曾任|…会计师事务所, 历任|…调查总队, 郭某当选|…协会, 分管|…产业园,
    # 加入|…小镇, 常驻|…算力中心, 王某先生|…, 转任|…分公司), forming, linking, bringing back
    "曾任", "历任", "原任", "曾在", "转任", "当选", "分管", "加入", "常驻", "先生", "女士", "列入",
    # quoting, moving to, relying on (…日报引述|中国科学院…, 转往|…大数据中心, 依赖|…开发区)
    "引述", "转往", "依赖",
    "串联", "带回",
    # counterpart aid, united front and finance news: appointing, telling, submitting and notifying
    # (委任|…融资有限公司, 讲述|…集团有限公司, 报送|省卫生健康委, 通报|州委), opening a clinic in a
    # hospital (…医院开设|…专科), putting up a sign (同步挂牌|…会诊中心), guarding against (防范化解|…)
    "委任", "讲述", "报送", "通报", "开设", "挂牌", "防范", "化解",
    # forwarding, drawing up, opening and carrying out (…政府办公室转发|省广电局通知, …电力制定|…方案,
    # …电视台开办|高清频道, …疾控中心开展|学校…检查)
    "转发", "制定", "开办", "开展",
    # going straight to, taking root in, going along with (直达|朝阳物流园, 扎根|南川工业园区, 跟随|…分局)
    "直达", "扎根", "跟随",
    # meetings passing on and studying, pressing home (…常委会会议传达学习|省委常委会…, 压实|市县党委…)
    "传达学习", "传达", "压实",
    # flying with, making use of (搭乘|亚洲航空, 借助|西宁综保区); building (…红十字会兴建|村级卫生室);
    # funding and rebuilding are in names.ORG_BOUNDARY_RE (not 资助局, not 灾后重建…指挥部)
    "搭乘", "乘坐", "借助", "兴建", "捐建",
    # calling on, visiting, drawing on, reviewing, holding (…议员呼吁|油公司, 拜会|青海省台办,
    # 参考|唐乃亥水文站…, 将检讨|电信业者…, 联合举办|…招商会), an outlet's translation desk (钜亨网编译|报导)
    "呼吁", "拜会", "参考", "检讨", "举办", "编译",
    # widening (在西北扩充|算力中心, 发展扩充|博物馆)
    "扩充",
    # verifying, reviewing, misusing (应核实|保险公司, 已审视|公司,
    # 不法中介冒用|银行名义), "to make it easy for" (为方便|甘河工业园区企业职工)
    "核实", "审视", "冒用", "为方便",
    # discussing, renting (…今日讨论|特区政府, 可租用|中国移动（西宁）…中心)
    "讨论", "租用",
    # attending, approaching, relaxing (与会|州政协委员, 已接触|中信里昂证券, …近年放宽|…公司);
    # forming together is in names.ORG_BOUNDARY_RE (与…合组|公司, not 联合组建)
    "与会", "接触", "放宽", "近年",
    # relieving (缓解|大医院就诊压力), located in, striving, sending, widening (身处|青海图灵小镇,
    # 力争|数据中心…, 发送|司法建议书, 继续扩容|该数据中心)
    "缓解", "身处", "力争", "发送", "扩容",
    # Hong Kong's financial press on "the group" (拖累|锂业股, 有助|集团…, 可令|集团…, 上调|集团目标价),
    # making good use of, raising capital in (用好|青海曹家堡保税物流中心, 以美金…增资|统一企业…)
    "拖累", "有助", "可令", "将令", "有利", "上调", "下调", "用好", "增资",
    # although, subscribing, creating (虽然|公司…, 认购|公司股份, …开发区创建|国家级绿色工业园区)
    "虽然", "认购", "创建",
    # helping, raising, enquiring, expecting and estimating (帮助|医院新开展…, 提升|县级医院…, 可向…会洽询|…,
    # 市场预期|…基地, 台电预估|…资料中心), "once more there is" (又有|内地数据中心…, 再有|港股公司)
    "帮助", "提升", "洽询", "预期", "预估", "又有", "再有", "仍有", "尚有",
    # a TV presenter's "let's look at" (来看|宁夏广播电视台记者发回的报道); Hong Kong's "run jointly"
    # and "approve" (…大学合办|光伏材料研究中心, 会再批出|一批…基地)
    "来看", "合办", "批出",
    # Taiwan's market news: net sold and bought by (外资卖超|中租-KY)
    "卖超", "买超",
    # taking on (用于承接|西宁经济技术开发区溢出的算力需求); improving, changing, striving for, put
    # into (改善|乡村学校, 改变|全省金融机构…, 争取|省农牧厅, 划入|原省经贸委), "the existing" (现有|中等职业学校)
    "承接", "改善", "改变", "争取", "划入", "现有",
    # building and in use (在用和在建|重点数据中心), a TV link-up (我们连线|总台记者), located in (…有限公司所处|…市场)
    "在建", "在用", "已建", "已建成", "连线", "所处",
    # Hong Kong filings: spinning off (拟分拆|可再生能源业务…)
    "分拆",
    # forming, allotting, bordering, benefiting, applying to build (组建起|…合作社, 省财政厅安排|实验室经费,
    # 项目紧邻|…开发区, 受惠|AI资料中心需求, 依托…申建|综合保税区)
    "组建起", "建起", "安排", "紧邻", "受惠", "申建",
    # building with, affirming, disposing of, selling, building in a rush, belonging to (配建|幼儿园,
    # 台商肯定|西宁经济技术开发区, 公告处分|…有限公司, 将出售|…, 大建|算力中心, 同属|该集团)
    "配建", "肯定", "处分", "出售", "大建", "同属",
    # Hong Kong filings and investor relations: constituting, in line with, engaging, asking, covering
    # (收购事项构成|本公司之关连交易, 符合|本公司…利益, 已委聘|…工程技术有限公司, 有投资者提问|公司…,
    # 业务涵盖|铝业), located at, near, governing (位处|…基地, 邻近|…工业园, …开发区下辖|东川工业园区),
    # after full output (募投项目达产后|公司…)
    "构成", "符合", "委聘", "提问", "涵盖", "位处", "邻近", "下辖", "达产后",
)
# Verbs that also occur inside organisation names (中国建设银行, 青海投资管理有限公司, 组织部,
# 政务服务中心): they bound PARK names only.
PARK_ONLY_VERBS = (
    "建设", "推进", "服务", "建成", "投产", "开工",
    "实施", "认定", "成为", "作为", "联合", "组织", "通过", "进行",
    "实现", "印发", "检查", "新建", "扩建", "筹建", "谋划", "规划", "提升",
    "完善", "优化", "加强", "设在", "申报", "申请", "争取", "集聚", "聚集",
    "吸引", "形成", "拥有", "属于", "连接", "接入", "投资", "管理",
    "投运", "加建",
    # 保障 is a verb before a site (保障…产业园用电) but a word of 社会保障局; 地区 ends a region
    # before a described site (西北地区|大型风光基地); 研究 before a site (会议研究|某某工业园区规划)
    "保障", "地区", "研究",
    # rebuilding, meeting and drawing up (3亿元改造|老工业区, 可满足|园区用电, …公司编制|新能源基地…;
    # 编制 is inside 机构编制委员会)
    "改造", "编制",
    # running, supplying directly, delivering, linking (…云基地|经营大型智算中心, 直供|…产业园,
    # …信息港新交付|两栋智算中心, 串联起|…开发区, 也搭上|资料中心热潮); 经营 is inside ORG names
    # (资产经营公司)
    "经营", "直供", "交付", "串联起", "串起", "搭上", "运抵", "运往", "布建",
    # hiding in, made in (藏身|成都高新区, 产自|晋江经济开发区)
    "藏身", "产自", "产于",
    # a share of a site's output (医药产业产值占|园区…); assessing and negotiating (赴青海评估|绿电
    # 资料中心选址, 正与西宁方面洽谈|园区合作; 评估 is inside 资产评估中心, 洽谈 inside 洽谈会组委会)
    "占", "评估", "洽谈",
    # planned, located in, supplying (在建和拟建|数据中心, 在宁夏设有|多处生产基地, 主要供应|酒泉风电基地;
    # 供应 is inside 燃气供应公司)
    "拟建", "设有", "供应",
    # making use of, after (…气候中心利用|三江源国家大数据基地, 继|射洪基地之后; 利用 is inside 保护利用管理局,
    # 综合利用公司, 继 inside 南瑞继保)
    "利用", "继",
)
# A party's role in a case ends the text before its name (原告|…有限公司, 被上诉人|…公司, 管理人|…事务所)
LEGAL_ROLES = (
    "原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人", "再审申请人", "被执行人", "申请执行人",
    "管理人", "第三人", "被告单位", "债权人", "债务人", "担保人", "清盘人",
)
# Job titles end the name in front of them: 天合光能全球产品副总裁|青海基地负责人
# and so do words that describe a company before its name (当地业者|某某有限公司, 科技大厂)
TITLES = ("总裁", "副总裁", "董事长", "总经理", "副总经理", "负责人", "书记", "主任", "局长", "厅长", "官员", "业者", "大厂",
          # where its capital is from (港资企业|青海某某新能源有限公司, 台资企业|…, 央企|…)
          "港资企业", "台资企业", "外资企业", "港企", "台企", "陆企", "央企",
          # where its shares trade and its part in a project (旗下港股|金川集团…, 持有项目公司|西藏…有限责任公司)
          "港股", "项目公司",
          # what a company does, before its name (储能系统集成商|北京海博思创…), and a state-assets
          # platform (厦门市国资平台|厦门国贸控股集团有限公司)
          "集成商", "服务商", "开发商", "制造商", "生产商", "供应商", "国资平台",
          # a court by its instance (一审法院|北京市大兴区人民法院)
          "一审法院", "二审法院", "原审法院",
          # a party's part in a project (景区运营方|青海某某股份有限公司) or in a filing (保荐机构|…证券股份有限公司)
          "运营方", "承建方", "投资方", "建设方", "主办方", "合作方", "保荐机构", "审计机构", "评估机构", "年审机构",
          "独立财务顾问", "财务顾问", "交易对方", "参股公司", "控股公司",
          # a party's part in a building project or an audit (施工方|中建八局…, 参建单位|…工程有限公司,
          # 技术供应方|…股份有限公司, 核数师|…会计师事务所)
          "施工方", "施工单位", "参建单位", "建设单位", "监理单位", "设计单位", "承建单位", "中标单位",
          "供应方", "采购方", "买方", "卖方", "核数师", "审计师", "受托人",
          # members of a council, a platform's operator (立法会议员|…, HKTVmall营运商|香港科技探索有限公司)
          "议员", "营运商", "运营商",
          # organisers (主办机构|贸发局); peers (同业|瓦城泰统集团) are in names.ORG_BOUNDARY_RE
          "主办机构", "主办单位",
          # a company's subsidiary (大陆子行|国泰世华银行（中国）有限公司, 旗下子公司|…)
          "子行", "子公司",
          # a listed arm and the press of a place (国家电投旗下上市平台|中国电力, 据陆媒|人民铁道报)
          "上市平台", "陆媒", "港媒", "台媒", "外媒", "官媒",
          # a placing agent or an underwriter before a broker (配售代理|国泰君安证券（香港）有限公司)
          "配售代理", "包销商", "承销商")

# Regional blocs that trade news writes as regions (对东盟出口, 东盟国家, 销往欧盟)
REGIONAL_BLOCS = ("东盟", "欧盟", "非盟")
# Descriptive words: a "name" made only of these is a generic mention (绿色算力产业园, 科技公司).
GENERIC_WORDS = (
    "绿色", "低碳", "零碳", "算力", "智算", "绿电", "数字", "数据", "大数据", "智能", "智慧", "人工智能", "AI", "头部",
    "产业", "工业", "科技", "高新", "高新技术", "新能源", "清洁能源", "能源", "光伏", "锂电", "储能",
    "风电", "风光", "水电", "火电", "光热", "风电光伏",
    # coal power and coal chemicals, modular and air-cooled (煤电煤化工基地, 模块化数据中心, 风冷数据中心)
    "煤电", "煤化工", "模块化", "模组化", "风冷",
    # polysilicon, monocrystalline silicon, hydrogen (两地的多晶硅基地, 氢能装备产业园)
    "多晶硅", "单晶硅", "氢能",
    "特色", "专业", "重点", "化工", "物流", "省级", "国家级", "国家", "示范", "创新", "现代", "综合",
    "农业", "生态", "文化", "旅游", "电子", "信息", "新材料", "材料", "制造", "装备", "计算", "云计算",
    "云", "物联网", "互联网", "研发", "生产", "加工", "企业", "中小企业", "各类", "区域", "城市",
    "大型", "小型", "超大型", "新型", "融合", "一体化", "配套", "商业", "国有", "民营", "龙头", "上市",
    "金融", "地方", "基层", "部门", "子", "分", "总", "大", "新", "老", "小", "组件", "电池",
    # platform companies, factory-run schools, herders' co-operatives, aid headquarters without a
    # province (平台公司, 厂办学校, 牧业合作社, 援青指挥部)
    "平台", "厂办", "校办", "牧业", "援青",
    # a family office, a GEM-listed company, newly built schools (家族办公室, GEM公司, 新建学校)
    "家族", "GEM", "新建", "特专",
    # Hong Kong and A shares, a city's districts, sentinel hospitals, power supplied directly, coal,
    # power and aluminium (港股公司, 城区学校, 监测哨点医院, 绿电直供数据中心, 煤电铝一体化基地)
    "港股", "A股", "美股", "H股", "城区", "哨点", "直供", "煤电铝",
    # small and medium banks, a deal's target, creditor and private banks, asset managers, schools of a
    # disaster area, storage bases (部分中小银行, 目标公司, 债权银行, 私人银行, 资产管理公司, 灾区学校,
    # 原酒储存基地)
    "中小", "目标", "债权", "私人", "资产管理", "灾区", "储存",
    # secondary vocational schools, close-knit medical groups, local banks with legal personality
    # (中等职业学校, 紧密型城市医疗集团, 地方法人银行)
    "中等职业", "紧密型", "医疗", "地方法人",
    # kinds of banks and firms (外资银行, 政策性银行, 股份制商业银行, 小额贷款公司, 跨国公司)
    # utilities by what they supply (各供电公司, 供水企业)
    "供电", "供水", "供热", "供气", "售电", "运营",
    # levels and kinds of public service (乡镇卫生院, 公办小学, 县级医院, 临床教学医院)
    "乡镇", "公办", "民办", "县级", "市级", "州级", "临床", "教学",
    "外资", "中资", "合资", "港资", "台资", "陆资", "政策性", "股份制", "跨国", "本土", "信托", "小额贷款", "贷款", "担保",
    "投资", "个人", "自助", "零售", "百货", "中介", "行业",
    # scopes and the generic 组织 (属地政府, 当地政府, 成立了组织委员会)
    "属地", "当地", "本地", "组织", "实体", "网上", "社区", "校园", "全球",
    # joint and holding as kinds (联合实验室, 金融控股公司; 复星控股 is found by its trade)
    "联合", "控股", "运营商", "超算", "外送", "送出",
    # hospital grades and kinds, research in general, cooling, the plateau (三级甲等专科医院,
    # 科研院所, 附属医院, 液冷数据中心, 高原数据中心)
    "甲等", "专科", "科研", "院", "附属", "液冷", "高原",
    # business people from elsewhere (异地商会), villages, farmers, property services and schools in
    # general (乡村学校, 农民合作社, 物业公司, 学校团委), a joint meeting's or a leading group's office
    # with no name (联席会议办公室, 领导小组办公室), home-made and ten-thousand-card computing (国产万卡智算中心)
    "异地", "乡村", "农民", "物业", "学校", "联席会议", "领导小组", "国产", "万卡",
    # finance companies and basic telecom firms in general (财务公司, 基础电信企业), trades listed
    # before 等企业 (快递、电商、冷链等企业)
    "财务", "基础", "快递", "电商", "冷链", "农村",
    # inclusive kindergartens, exam sites, e-sports clubs, record companies (普惠性幼儿园, 考点学校,
    # 电竞俱乐部, 唱片公司)
    "普惠性", "普惠", "考点", "电竞", "唱片",
    # bid evaluation committees, state capital investment companies (评标委员会, 国有资本投资公司)
    "评标", "国有资本",
    # provinces and regions of a compass region (西北省区资料中心)
    "省区",
    # shell companies, listed and OTC companies, people's mediation committees (空壳公司, 上市柜公司,
    # 社区人民调解委员会)
    "空壳", "上市柜", "人民调解",
    # within the region (区域内数据中心)
    "区域内",
    # virtual currencies, compensation committees, Project Hope schools, autumn and spring schools,
    # breeding and seed bases, water-wind-solar bases (虚拟货币交易所, 赔偿委员会, 希望小学, 秋季学校,
    # 玉米育种基地, 水风光一体化基地)
    "虚拟货币", "赔偿", "希望", "秋季", "春季", "育种", "制种", "水风光",
    # promotion offices, storage bases, trading companies, banks with legal personality in general
    # (旅游推广办事处, 锂电材料仓储基地, 商贸公司, 辖内法人银行)
    "推广", "仓储", "商贸", "法人",
    # headquarters on the spot or at a site (现场指挥部, 工地指挥部); owners' committees, herding
    # areas, streets and party committees in general (业主委员会, 牧区合作社, 街道办事处, 党委政府)
    "现场", "工地", "业主", "牧区", "街道", "党委",
    # kinds of schools (普通高等学校; 青海高等职业技术学院 keeps its 高等)
    "普通", "高等",
    # hospital grades (三级医院, 三甲医院)
    "一级", "二级", "三级", "三甲", "二甲",
    # universities, companies a province manages, discipline inspection in general (高校党委,
    # 省管企业党委, 纪检监察机关); residential estates, taxis and fellow schools (小区物业公司,
    # 出租车公司, 兄弟学校); the salt-lake trade, like 光伏 (国家级盐湖产业基地)
    "高校", "省管", "市管", "纪检监察", "小区", "出租车", "兄弟", "盐湖", "航空",
    # farmers and herders, built by oneself, 5G, the digital economy, wind-solar-storage (农牧民专业合作社,
    # 自建数据中心, 5G智慧医院, 数字经济产业学院, 风光储一体化示范基地)
    "农牧民", "自建", "5G", "智慧", "数字经济", "风光储",
    # a business hall, testing in general (营业厅, 服务器检测实验室, 算力测试实验室)
    "营业", "检测", "测试",
    # insurers, buses, rural banks, accountants and builders in general (辖区财产保险公司, 公交公司,
    # 当地农商银行, 会计师事务所, 央企工程局, 监理公司), boarding schools (牧区寄宿制学校)
    "保险", "财产保险", "人寿保险", "公交", "农商", "会计师", "工程", "监理", "寄宿制",
    # hospitals by their status, cable networks in general (定点医院, 公立医院, 广电网络公司)
    "定点", "公立", "广电", "广电网络",
    # builders in general, the plateau's height, the Middle East (建筑公司, 高海拔数据中心, 送往中东部)
    "建筑", "高海拔", "中东",
    # automatic stations (自动气象站)
    "自动",
    # a company, a project, labour dispatch and arbitration in general (该公司工会, 风电项目公司,
    # 劳务派遣公司, 当地仲裁委员会), regional, visitors' and multi-energy (区域性应急物资储备中心,
    # 游客服务中心, 多能互补基地), civil and general aviation (民用航空, 通用航空)
    "公司", "项目", "劳务", "派遣", "仲裁", "区域性", "应急物资", "游客", "多能互补", "民用", "通用",
    # a surviving company, designated and boarding schools and hospitals, those a level owns
    # (存续公司, 省级定点收治医院, 寄宿学校, 市属公立医院)
    "存续", "收治", "寄宿", "市属", "省属", "县属",
    # dealers, joint ventures by what they do, sales arms, lithium salts, Taiwan's OTC market and car
    # finance in general (经销商集团, 盐湖提锂合资公司, 销售分公司, 锂盐公司, 上柜公司, 汽车金融公司)
    "经销商", "提锂", "销售", "锂盐", "上柜", "汽车金融",
    # herding co-operatives and higher courts in general (生态畜牧业合作社, 九省区高级人民法院)
    "畜牧业", "畜牧", "高级", "中级",
    # culture and media firms, delivery firms, small and medium banks, start-ups and malls'
    # managers in general (文化传媒公司, 配送公司, 中小型银行, 初创公司, 商场管理公司)
    "传媒", "文化传媒", "配送", "中小型", "初创", "商场", "商场管理",
    # a city's investment company, breeders, events in general (城投公司, 养殖合作社, 赛事组委会)
    "城投", "养殖", "赛事",
)

# a compass region alone in front of a centre is no site (西北数据中心建设潮)
REGIONS = ("西北", "东北", "华北", "华东", "华南", "华中", "西南", "东南", "西部", "东部", "中部")

PARK_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "工业园区", "产业园区",
    "园区", "产业园", "科技园区", "科技园", "工业园", "示范园", "产业基地", "大数据基地", "基地", "小镇",
    "大数据中心", "数据中心", "算力中心", "智算中心", "超算中心", "计算中心", "分中心", "保税区",
    # a county's industrial concentration zone (都兰县香日德工业集中区), a demonstration zone of
    # photovoltaics against the desert (茫崖冷湖光伏治沙示范区, guidelines section 9)
    "工业集中区", "治沙示范区", "工业集聚区",
    # districts where industry is concentrated, medical cities (四川遂宁安居工业集中发展区, 成都医学城)
    "工业集中发展区", "医学城",
    # a district where an industry gathers (庆阳西峰数据信息产业聚集区), a park named an international
    # information port (润泽（廊坊）国际信息港)
    "产业聚集区", "国际信息港",
    # an international railway port (成都国际铁路港)
    "国际铁路港",
    # national computing hubs' clusters; 资料中心 is the Taiwan word for a data centre; new areas
    "数据中心集群", "资料中心集群", "资料中心", "产业区", "创新园", "信息园", "经济园", "创新区",
    # big-data valleys (重庆仙桃国际大数据谷); a state-level new area alone is a place, like a
    # city's districts (兰州新区, 贵安新区: guidelines section 10)
    "数据谷",
    # Hong Kong and Taiwan: science parks, industrial estates (香港科学园, 将军澳工业邨), airport cities
    "科学园", "科学园区", "工业邨", "航空城", "工业区",
    # science and technology cities (怀柔科学城, 新田科技城), eco-industrial parks (屯门环保园),
    # logistics parks and dry ports (朝阳物流园, 西宁陆港)
    "科学城", "科技城", "环保园", "物流园", "物流园区", "陆港", "陆港区",
    # bonded logistics centres and comprehensive bonded zones, like bonded zones (青海曹家堡保税物流中心,
    # 西宁综合保税区, 西宁综保区), logistics cities (青海丝绸之路国际物流城)
    "保税物流中心", "综合保税区", "综保区", "物流城", "保税港区",
    # international port areas, border co-operation centres and zones, like bonded zones (兰州国际港务区,
    # 中哈霍尔果斯国际边境合作中心, 新疆伊宁边境经济合作区)
    "港务区", "边境合作中心", "边境经济合作区", "经济合作区",
)

# Bodies that every place has and that take its name (青海省人大, 海北州政协, 西宁海关, 青海省图书馆,
# 武警青海省总队, 深圳农商行): the words before them are the place's, or they are no body
# (提交人大, 大力推进图书馆, 集体远离农商行). Museums and theatres are left out: news names them as
# venues as often as bodies.
PLACE_OWNED_KINDS = (
    "人大", "政协", "海关", "总队", "军区", "图书馆", "档案馆", "红十字会", "慈善总会", "工商联", "文联",
    "社科联", "疾病预防控制中心", "疾控中心", "农商行",
    # the administrative committees of Haixi's towns (大柴旦行委, 冷湖行委); Taiwan affairs offices
    # (青海省台办; not 平台办理)
    "行委", "台办", "高院", "中院",
    # counties' and prefectures' media centres (玉树州融媒体中心), offices of foreign affairs and finance,
    # Taiwan compatriots' federations, writers' and religious associations, institutes of culture and
    # history (省外办, 市金融办, 省台联, 省作协, 青海省伊协, 省文史研究馆)
    "融媒体中心", "外办", "金融办", "侨办", "台联", "作协", "伊协", "佛协", "文史研究馆",
    # supply and marketing co-operatives and blood centres of a level (省供销社, 青海省血液中心)
    "供销社", "血液中心",
    # consumer councils and arbitration commissions of a level (市消委会, 西宁仲裁委)
    "消委会", "仲裁委",
    # narcotics control and tourism development committees of a level (省禁毒委, 旅发委)
    "禁毒委", "旅发委",
    # a prefecture's party committee and administrative office of the years before prefectures
    # became cities (海东地委, 海东行署)
    "地委", "行署",
    # work safety committees and their offices (省安委会, 省安委办)
    "安委会", "安委办",
    # river chiefs' offices of a level (区河长办), consumer protection committees (上海市消保委)
    "河长办", "湖长办", "消保委",
    # councils for the promotion of international trade of a level (省贸促会)
    "贸促会",
    # a province's office of Taiwan, Hong Kong and Macau affairs and its old restructuring office
    # (福建省台港澳办, 省体改办)
    "台港澳办", "体改办",
)

# the one-character kinds of short forms (中宣部, 发改委, 新华社, 安理会, 中科院, 计算所, 央视台,
# 人民日报, 国务院办)
ONE_CHARACTER_KINDS = tuple("社部委署会院所报台办党团盟网")
ORG_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "银行", "分行", "支行",
    "信用社", "管理委员会", "委员会", "管委会", "常委会", "人民政府", "政府", "人民法院", "法院",
    "人民检察院", "检察院", "分局", "局", "厅", "大学", "学院", "研究院", "研究所", "科学院",
    "实验室", "协会", "学会", "商会", "联合会", "促进会", "联盟", "基金会", "医院", "中学", "小学",
    "学校", "广播电视台", "电视台", "报社", "日报", "晚报", "出版社", "研究中心", "监测中心",
    "服务中心", "信息中心", "发展中心", "指挥中心", "交易中心", "党校", "办公室", "发改委",
    "发展改革委", "卫健委", "政法委", "纪委", "监委", "工信委", "经信委", "教委", "科委", "网信办",
    "组织部", "宣传部", "统战部", "省委", "市委", "县委", "区委", "州委", "工委", "团委",
    # a banner's party committee (伊金霍洛旗委), a railway's depots (西宁车务段, 格尔木机务段)
    "旗委", "车务段", "机务段", "工务段", "电务段", "供电段", "车辆段", "客运段",
    # an intellectual property tribunal, a film archive, a national arts theatre company
    # (西安知识产权法庭, 中国电影资料馆, 内蒙古民族艺术剧院)
    "知识产权法庭", "资料馆", "艺术剧院",
    # labour inspection brigades of a level (西宁市劳动保障监察支队)
    "监察支队", "监察大队",
    "总工会", "工会", "妇联", "残联", "科协", "侨联", "书店", "书院", "党组", "党委", "分会", "总台",
    # task forces (绿色算力产业招商工作专班)
    "工作专班",
    # trade and bankers' associations (台湾区石油化学工业同业公会, 香港银行公会), teachers' associations
    # (澳门中华教育会), memorial exhibition halls (海子诗歌陈列馆), a city's co-operation office
    # (天津市合作交流办)
    "公会", "教育会", "陈列馆", "合作交流办",
    # science centres, as Macau names its museum (澳门科学馆); a government's office for trade abroad
    # (驻成都经贸办)
    "科学馆", "经贸办",
    # a place's headquarters and liaison groups for a task (青海省玉树灾后重建现场指挥部, 上海援青指挥部,
    # 上海市援青干部联络组)
    "指挥部", "联络组",
    # a game company's group of studios (腾讯天美工作室群), environmental monitoring central stations
    # (青海省环境监测中心站)
    "工作室群", "监测中心站",
    # firms, markets, co-operatives, institutes and media that end in their own kind word
    "事务所", "交易所", "合作社", "设计院", "研究会", "杂志社", "通讯社", "卫生院",
    "调查院", "勘查院", "勘察院", "规划院", "检验院", "检测院", "卫视", "新闻网",
    # agencies (海关总署, 经济部能源署, 香港统计处 is a 处 unit): 署 (see _suffix_spans)
    "总署", "署", "国资委",
    # companies written with their trade (湖南信托, 西南证券, 复星控股, 藏格锂业; not 股份, shares): see
    # _TRADE_SUFFIXES
    "信托", "证券", "控股", "锂业", "矿业", "硅业", "镁业", "铝业", "钾业", "铜业", "锌业", "钛业", "乳业",
    # a place's urban investment company (西宁城投, 海东城投)
    "城投",
    # public service bodies (住房公积金管理中心, 土地整理储备中心, 不动产登记中心)
    "管理中心", "储备中心", "登记中心",
    # co-operative unions, radio stations and newspapers (青海省农村信用社联合社, 青海人民广播电台,
    # 青海日报社, 西海都市报)
    "联合社", "广播电台", "日报社", "晚报社", "都市报", "晨报", "商报", "法制报", "时报",
    # street offices, village and residents' committees, fire and traffic police units (城中区某某街
    # 街道办事处, 某某镇某某村村委会, 城西区消防救援大队, 市交警支队)
    "办事处", "村委会", "居委会", "村民委员会", "党工委", "消防救援大队", "消防救援支队", "交警支队",
    "交警大队", "消防救援总队",
    # inspection teams (中央第三生态环境保护督察组) and courts written short (省高院, 西宁中院)
    "督察组", "高院", "中院",
    # cycling teams (青海天佑德自行车队), rescue and conservation centres (青海湖裸鲤救护中心)
    "自行车队", "保护中心", "救护中心", "救助中心",
    # commissions, observatories, monitoring centres and extension stations of a level (市卫生健康委,
    # 青海省气象台, 青海省节能监察中心, 青海省农业技术推广总站, 省委编办)
    "卫生健康委", "气象台", "监察中心", "推广总站", "草原总站", "监测总站", "编办",
    # certification bodies and a railway's freight centres (中国质量认证中心, 西宁货运中心)
    "认证中心", "货运中心",
    # the old industrial ministries and commissions, headquarters and named leading groups, youth
    # federations (化学工业部, 省经贸委, 青藏铁路建设总指挥部, …试验区工作领导小组, 省青联)
    "工业部", "经贸委", "指挥部", "总指挥部", "领导小组", "青联",
    # embassies and consulates (德国驻华大使馆, 某国驻成都总领事馆); students' unions and federations,
    # examination authorities, vocational education centres (青海大学学生会, 省学联, 青海省教育招生考试院)
    "大使馆", "总领事馆", "领事馆", "学生会", "学联", "考试院", "教育中心",
    # ethnic and religious affairs commissions (州民宗委)
    "民宗委",
    # museums, galleries, science halls, memorial halls and archives with a name (schools and
    # libraries with a name are ORG: 青海省博物馆, 青海藏文化博物院, 西宁市科技馆)
    "博物馆", "博物院", "美术馆", "科技馆", "纪念馆", "档案馆", "文化馆",
    # pharmacy chains (老百姓大药房)
    "大药房",
    # commissions of a level, old and new (省经委, 市计委, 省民委, 市建委, 省农委, 市商务委)
    "经委", "计委", "建委", "民委", "农委", "商务委",
    # city life: kindergartens, welfare homes, clubs, emergency centres, fire stations (城北区第一幼儿园,
    # 西宁市社会福利院, 青海某某足球俱乐部, 西宁市急救中心); not hotels, which news names as venues
    # as often as bodies (guidelines section 10, like museums)
    "幼儿园", "福利院", "俱乐部", "急救中心", "消防救援站",
    # inspection teams (中央第九巡视组, 西宁市委第二巡察组)
    "巡视组", "巡察组",
    # standards committees written short (信标委, 省清洁能源标委会), metrology and testing institutes,
    # environmental monitoring stations, consumers' associations (青海省计量检定测试所, 格尔木市环境监测站, 市消协)
    "标委会", "标委", "测试所", "监测站", "消协",
    # emergencies: police stations, hydrological centres, road sections, forest fire corps, flood
    # control offices (花石峡派出所, 青海省水文水资源测报中心, 海西公路总段, 青海省森林消防总队, 省防汛办);
    # troupes, event committees (玉树州民族歌舞团, 某某电影展组委会)
    "派出所", "测报中心", "公路总段", "消防总队", "防汛办", "歌舞团", "舞蹈团", "艺术团", "组委会",
    # supply and marketing co-operatives, state farms (青海省供销合作联社, 青海诺木洪农场)
    "合作联社", "农场",
    # the democratic parties' committees of a level (民革青海省委会, 九三学社西宁市委会), friendship
    # associations (青海省党外知识分子联谊会); insurers and Taiwan's investment trusts and advisers
    # written with their trade (人保财险, 元大投信, 凯基投顾), Hong Kong law firms (高伟绅律师行)
    "省委会", "市委会", "州委会", "县委会", "联谊会", "财险", "寿险", "产险", "投信", "投顾", "律师行",
    # state breeding farms and stations, disease control and health supervision of a field, maternal
    # and child health hospitals, a university's hospital written short (青海省大通种牛场, 莫河骆驼场,
    # 全国畜牧总站, 青海省草原改良试验站, 青海省动物疫病预防控制中心, 青海省地方病预防控制所,
    # 青海省卫生监督所, 青海省妇幼保健院, 青大附院)
    "种牛场", "种羊场", "种畜场", "骆驼场", "畜牧总站", "试验站", "预防控制中心", "预防控制所", "监督所",
    "保健院", "附院",
    # hydrological and weather stations, observatories and climate centres (唐乃亥水文站, 沱沱河气象站,
    # 中国大气本底基准观象台, 青海省气候中心); overseas Chinese associations and their federations
    # (新加坡福建会馆, 澳门工会联合总会, 马来西亚中华大会堂总会)
    "水文站", "气象站", "观象台", "天文台", "气候中心", "会馆", "联合总会", "总会",
    # airlines (四川航空, 中国国际航空, 幸福航空), examination centres (青海省人事考试中心)
    "航空", "考试中心",
) + PLACE_OWNED_KINDS

# Short government and party bodies written without a place: a closed list (省委常委 -> 省委,
# 省委省政府 -> 省委 + 省政府, 市人大常委会副主任 -> 市人大常委会).
CLOSED_ORGS = (
    "省委", "市委", "县委", "区委", "州委", "团省委", "团市委", "团县委", "团州委", "团区委", "省政府", "市政府",
    "县政府", "区政府", "州政府", "省人大常委会", "市人大常委会", "县人大常委会", "区人大常委会",
    "省人大", "市人大", "省政协", "市政协", "县政协", "区政协", "省纪委", "市纪委", "省监委", "市监委",
    "省委组织部", "市委组织部", "省委宣传部", "市委宣传部", "省委统战部", "市委统战部", "市委办",
    "省委办", "国务院", "党中央", "中共中央", "全国人大", "全国人大常委会", "全国政协", "国家数据局",
    "国家发改委", "国家发展改革委", "工信部", "工业和信息化部", "商务部", "财政部", "科技部", "教育部",
    "生态环境部", "自然资源部", "国家能源局", "省军区",
    # the offices of a level's party committee and government, its foreign affairs office and its
    # staffing commission (州委办, 县政府办, 省委外办, 省委编委)
    "州委办", "县委办", "区委办", "省政府办", "市政府办", "州政府办", "县政府办", "区政府办", "省委外办", "市委外办",
    "省委编委", "市委编委",
)
# fmt: on
