"""`python -m promptcut` runs the CLI."""

from promptcut.cli import main

main()
