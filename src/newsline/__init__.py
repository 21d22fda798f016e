"""newsline: from a pile of news reports to a dated, source-cited timeline."""

__version__ = "0.1.0"
