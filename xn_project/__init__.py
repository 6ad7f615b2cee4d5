"""Project code for the xn_model spaCy project: corpus, training, rules and packaging.

The modules `tokenizer`, `values`, `rules` and `components` are the runtime part: they use only
relative imports and are copied verbatim into the `xn_model` wheel by `package`.
"""
