"""GroupKeeper: an offline-first desktop app for small peer-led groups."""

__version__ = "0.1.0"
APP_NAME = "GroupKeeper"
FILE_SUFFIX = ".groupkeeper"
