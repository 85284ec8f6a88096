"""Direct quotations with their speakers."""

from prcli.quotations.extract import extract_quotes

__all__ = ["extract_quotes"]
