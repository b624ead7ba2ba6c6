"""Lines only the command line prints: the error prefix, the interruption, confirmations."""

from __future__ import annotations

from paritrana.i18n.text import Text

ERROR = Text("cli.error", en="Error: {text}", id="Kesalahan: {text}")
INTERRUPTED = Text("cli.interrupted", en="Interrupted (Ctrl-C); no partial file was left behind.",
                   id="Dihentikan (Ctrl-C). Tidak ada berkas setengah jadi yang tertinggal.")
