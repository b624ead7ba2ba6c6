from paritrana.cli.app import main

main()
