"""Reading articles: bytes to text (encodings), and files, directories, stdin to documents."""

from prcli.inputs.decode import InputError, decode_bytes
from prcli.inputs.sources import Document, Failure, iter_documents

__all__ = ["Document", "Failure", "InputError", "decode_bytes", "iter_documents"]
