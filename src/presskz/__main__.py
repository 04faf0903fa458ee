"""`python -m presskz`: the presskz command line."""
from presskz.cli.main import main

main()
