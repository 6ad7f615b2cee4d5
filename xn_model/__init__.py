"""xn_model: Chinese NER (ORG, PARK, METRIC, MONEY) with normalised amounts and a six-way topic
classifier for Xining and Qinghai local news.

    import xn_model
    nlp = xn_model.load()
    doc = nlp("西宁经济技术开发区总投资约17.7亿元。")

In the repository this folder is the runtime code only; the wheel built by `spacy project run
package` adds the trained pipeline beside it (meta.json and a data folder), so `load()` works
once the wheel is installed.
"""

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.util import load_model, load_model_from_init_py

# importing these registers the tokenizer, the components and the functions the config names
from . import candidates, entity_ruler, entity_values, features, rules, span_entities, tokenizer, topics  # noqa: F401
from .normalize import normalize_text
from .numbers import parse_number
from .rules import find_rule_spans
from .values import parse_metric, parse_money

__all__ = ["find_rule_spans", "load", "normalize_text", "parse_metric", "parse_money", "parse_number"]

_META_PATH = Path(__file__).parent / "meta.json"
_META = srsly.read_json(_META_PATH) if _META_PATH.exists() else {}
# the source tree has no meta.json: only a built package has a model version
__version__ = _META.get("version", "0+source")


def load(path: str | Path | None = None, **overrides) -> Language:
    """Load the packaged pipeline, or the pipeline at `path` (e.g. training/hybrid). Keyword
    arguments go to spacy.load (disable, exclude, config ...)."""
    if path is not None:
        return load_model(path, **overrides)
    if not _META:
        raise OSError(
            f"no trained pipeline beside {Path(__file__).parent}: this is the source tree. Build and "
            "install the wheel (`spacy project run all`, then pip install dist/xn_model-*.whl), "
            "or pass a pipeline folder: xn_model.load('training/hybrid')"
        )
    return load_model_from_init_py(__file__, **overrides)
