"""Output: serializers for pipes and files (logical text), and the terminal views (Rich)."""
