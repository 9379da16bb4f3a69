"""Mentee bot of Arbeitsmarktmentoren Sachsen."""

__version__ = "0.1.0"
