import pathlib
import sys

# Let the tests import the helper modules next to them.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
