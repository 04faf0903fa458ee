"""`python -m presskz.cli`: the presskz command line."""
from presskz.cli.main import main

main()
