"""Figures: value, kind, unit and what they count."""

from prcli.stats.extract import extract_stats

__all__ = ["extract_stats"]
