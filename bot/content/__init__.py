"""Reading the content files that program staff edit (flows, FAQ, regions) with file:line problems."""

from bot.content.problems import Problem, Severity
from bot.content.yamlfile import YamlFile, line_of, load_yaml

__all__ = ["Problem", "Severity", "YamlFile", "line_of", "load_yaml"]
