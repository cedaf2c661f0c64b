"""The exit codes every sub-command returns, and the help text that tells them.

One convention for all of them, so that a script can act on a code without knowing which
command gave it: some records skipped is still done (each is named on stderr); nothing
done is 1; a command line that cannot be carried out as written is 2, as argparse does.
"""

from __future__ import annotations

__all__ = ["EXIT_OK", "EXIT_NOTHING", "EXIT_USAGE", "EXIT_CRASHED", "EXIT_CODES_HELP"]

EXIT_OK = 0  # done; records that could not be read were skipped, each named
EXIT_NOTHING = 1  # nothing could be done: no report read, no place found, input unusable
EXIT_USAGE = 2  # a bad option or argument: an input that does not exist, --out a file
EXIT_CRASHED = 3  # the parser failed on a report: a bug to report, not bad input

EXIT_CODES_HELP = """\
exit codes (every command):
  0  done; records that could not be read were skipped, each named in a warning
  1  nothing could be done: no report could be read, no place was found, an input
     file could not be used, or --strict met a bad record
  2  usage error: a bad option, an input that does not exist, an output path that
     is a file where a folder is wanted (or a folder where a file is)
  3  the parser crashed on a report: a bug to report (run writes every other report
     and puts the traceback in errors.jsonl)"""
