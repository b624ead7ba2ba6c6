"""Commands other than ``rank``, one module each; importing a module registers its command
on ``paritrana.cli.app``. Keep these modules light: heavy imports go inside the functions."""
