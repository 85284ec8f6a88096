"""Direct quotations with their speakers."""

from prcli.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
