"""`python -m articleclean`: the command line."""

import sys

from articleclean.cli import main

sys.exit(main())
