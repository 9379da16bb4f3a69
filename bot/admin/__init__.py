"""Tools for program staff: admin rights and audit log, diagrams, statistics."""
