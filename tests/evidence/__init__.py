"""The evidence suites (issue 9): small under ``make test``, full under ``make evidence``."""
