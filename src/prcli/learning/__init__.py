"""Small linear models learned from the hand-annotated articles, stacked on the rules.

The rules of ``quotations/`` and ``figures/`` fix the articles they were written from and
transfer poorly to new ones. A linear model over features the rules already compute (the
rules' own answer among them) learns from every annotated article at once how much each
clue is worth. Inference is a dot product over a handful of sparse features: no numpy, no
start-up cost beyond reading one weights file the first time a model is asked for.

``linear`` scores and loads models (used at run time); ``train`` fits them (used only by the
training scripts in ``benchmarks/``).
"""

from prcli.learning.linear import Features, LinearModel, load_model

__all__ = ["Features", "LinearModel", "load_model"]
