"""`python -m newsline` runs the command line."""

from newsline.cli import main

main()
