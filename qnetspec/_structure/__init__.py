"""Internals of :mod:`qnetspec.structure`: schema facts, fast check, references, words."""
