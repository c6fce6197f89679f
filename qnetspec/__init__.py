"""qnetspec: ITU-T Y Suppl. 98 quantum-network specifications as code.

Kept free of imports so that ``qnetspec --help`` starts fast; each sub-command imports what it
needs.
"""

__version__ = "0.1.0"
