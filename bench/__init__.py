"""Benchmark harness for articleclean: `python -m bench.run --help`."""
