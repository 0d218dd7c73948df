"""Benchmarks for ankibuild: a deterministic corpus generator, floor measurements and a runner.

Not part of the test suite and not imported by the `ankibuild` package.
"""
