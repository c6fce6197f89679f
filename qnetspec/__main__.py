"""``python -m qnetspec`` runs the command line."""

from qnetspec.cli import main

raise SystemExit(main())
