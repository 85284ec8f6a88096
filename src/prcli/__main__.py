"""``python -m prcli``."""

from prcli.cli import main

if __name__ == "__main__":
    main()
