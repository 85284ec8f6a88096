"""Figures: value, kind, unit and what they count."""

from prcli.figures.extract import extract_stats

__all__ = ["extract_stats"]
