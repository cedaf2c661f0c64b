import sys

from geoevents.cli import main

sys.exit(main())
