"""Topic baselines: keyword rules written from the topic definitions, and TF-IDF over character
n-grams with a linear classifier trained on the train split."""

from collections import Counter

from xn_model.normalize import normalize_text

from .annotations import TOPICS

# Written from the topic table in the guidelines (not from dev or test); each hit counts once.
TOPIC_KEYWORDS = {
    "COMPUTE": [
        "算力",
        "智算",
        "超算",
        "数据中心",
        "大数据",
        "云计算",
        "人工智能",
        "机柜",
        "带宽",
        "服务器",
        "网络",
        "数字经济",
        "5G",
        "直联点",
    ],
    "INDUSTRY": [
        "产业",
        "企业",
        "项目",
        "投资",
        "招商",
        "制造",
        "光伏",
        "锂电",
        "新材料",
        "融资",
        "金融",
        "银行",
        "园区",
        "产值",
    ],
    "GOVERNMENT": [
        "书记",
        "省委",
        "市委",
        "政府",
        "会议",
        "调研",
        "人大",
        "法院",
        "检察",
        "监督",
        "部署",
        "党",
        "常委会",
        "代表",
    ],
    "SOCIETY": ["就业", "志愿", "交通", "学生", "教育", "民生", "服务", "群众", "社区", "驾驶", "出行", "医疗", "岗位"],
    "ECOLOGY": ["生态", "林", "植树", "绿化", "环境", "保护", "湿地", "绿色建筑", "碳", "草", "护林"],
    "CULTURE": ["文化", "阅读", "马拉松", "赛事", "旅游", "体育", "图书", "文旅", "演出", "跑"],
}


def keyword_topic(text: str) -> str:
    """The topic with most keyword hits; ties and no hits fall back to the table's order."""
    norm = normalize_text(text)
    hits = Counter({topic: sum(word in norm for word in words) for topic, words in TOPIC_KEYWORDS.items()})
    return max(TOPICS, key=lambda t: (hits[t], -TOPICS.index(t)))


def train_tfidf(texts: list[str], topics: list[str]):
    """Character 1-3-gram TF-IDF + logistic regression, on normalised text."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, preprocessor=normalize_text),
        LogisticRegression(max_iter=2000, C=10.0),
    )
    return model.fit(texts, topics)
