"""Reading the files program staff edit (flows, FAQ, regions, translations), with file:line problems.

A leaf: it imports nothing else from bot, so the engine, the translations and every feature can use it."""

from bot.files.atomic import write_atomic
from bot.files.problems import Problem, Severity
from bot.files.yamlfile import YamlFile, line_of, load_yaml, read_fast

__all__ = ["Problem", "Severity", "YamlFile", "line_of", "load_yaml", "read_fast", "write_atomic"]
