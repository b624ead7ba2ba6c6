"""Renderers: the terminal table, CSV/JSON/Markdown text, and report files."""
