"""Model weights shipped with articleclean (JSON, read with importlib.resources)."""
