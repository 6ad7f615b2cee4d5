"""Experiment variants: a patch replaces whole config sections, subsections included."""

import json
from pathlib import Path

from confection import Config

from xn_project.experiments import patched_config

ROOT = Path(__file__).parent.parent


def test_patch_replaces_the_section_and_drops_its_old_subsections(tmp_path):
    patch = tmp_path / "patch.cfg"
    patch.write_text(
        '[components.textcat.model.tok2vec]\n@architectures = "spacy.Tok2VecListener.v1"\n'
        'width = ${components.tok2vec.model.encode.width}\nupstream = "*"\n',
        encoding="utf8",
    )
    base = Config().from_disk(ROOT / "configs" / "pkuseg.cfg")
    patched = Config().from_str(patched_config(ROOT / "configs" / "pkuseg.cfg", patch))
    assert "embed" in base["components"]["textcat"]["model"]["tok2vec"]
    assert patched["components"]["textcat"]["model"]["tok2vec"] == {
        "@architectures": "spacy.Tok2VecListener.v1",
        "width": base["components"]["tok2vec"]["model"]["encode"]["width"],
        "upstream": "*",
    }
    # everything outside the patched section is the base config's
    del base["components"]["textcat"]["model"]["tok2vec"], patched["components"]["textcat"]["model"]["tok2vec"]
    assert patched == base


def test_every_patch_in_configs_applies():
    for patch in (ROOT / "configs" / "patches").glob("*.cfg"):
        assert Config().from_str(patched_config(ROOT / "configs" / "pkuseg.cfg", patch))


def test_patches_apply_in_order(tmp_path):
    from pathlib import Path

    from xn_project.experiments import config_path

    root = Path(__file__).parent.parent
    first, second = tmp_path / "a.cfg", tmp_path / "b.cfg"
    first.write_text("[training]\nmax_steps = 7\n", encoding="utf8")
    second.write_text(
        '[corpora.train.augmenter]\n@augmenters = "xn.new_names.v1"\nprobability = 0.5\n', encoding="utf8"
    )
    variant = {"config": "pkuseg", "patch": [str(first), str(second)]}
    import os

    cwd = os.getcwd()
    os.chdir(root)
    try:
        text = config_path(variant, tmp_path / "out").read_text(encoding="utf8")
    finally:
        os.chdir(cwd)
    assert "max_steps = 7" in text and "xn.new_names.v1" in text
    assert "[components.spancat]" in text  # the rest of the base stays


def test_pretraining_text_is_pd98_words_normalised_and_short_paragraphs_dropped(tmp_path):
    from typer.testing import CliRunner

    from xn_project.pretrain_text import app

    pd98 = tmp_path / "199801.txt"
    pd98.write_text(
        "１２月/t  ３１日/t  ，/w  中共中央/nt  发表/v  讲话/n\n（/w  附/v  图片/n  ）/w\n", encoding="utf8"
    )
    output = tmp_path / "pd98.jsonl"
    result = CliRunner().invoke(app, [str(pd98), str(output)])
    assert result.exit_code == 0, result.output
    assert "1 paragraphs kept, 1 dropped" in result.output
    assert [json.loads(line) for line in output.read_text(encoding="utf8").splitlines()] == [
        {"text": "12月 31日 , 中共中央 发表 讲话"}
    ]


def test_patch_config_writes_the_patched_config(tmp_path):
    from typer.testing import CliRunner

    from xn_project.experiments import patched_config
    from xn_project.patch_config import app

    root = Path(__file__).parents[1]
    base, patch = root / "configs" / "pkuseg.cfg", root / "configs" / "patches" / "pretrain.cfg"
    output = tmp_path / "sub" / "pretrain.cfg"
    result = CliRunner().invoke(app, [str(base), str(output), str(patch)])
    assert result.exit_code == 0, result.output
    written = output.read_text(encoding="utf8")
    assert written == patched_config(base, patch) and written != base.read_text(encoding="utf8")
