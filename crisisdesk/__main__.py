import sys

from crisisdesk.cli import main

sys.exit(main())
