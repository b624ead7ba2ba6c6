"""The message catalogue: every error, warning, hint and confirmation, in Indonesian and English.

One module per part of the program (``common``, ``io``, ``checks``, ``criteria``, ``panel``,
``analyses``, ``report``, ``cli``); each defines ``Text`` constants with stable keys. Importing
``paritrana.i18n.messages.all`` loads the whole catalogue (the tests render every text in both
languages).
"""
