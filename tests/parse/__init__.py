"""Tests for `articleclean.parse` (a package, so these modules' names do not clash with tests elsewhere)."""
