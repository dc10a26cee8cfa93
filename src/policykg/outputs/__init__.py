"""Outputs stage: the linked knowledge base written as Turtle, tables, GraphML and HTML."""
