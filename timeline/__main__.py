from .cli import main
from .cli.ending import run

run(main)
