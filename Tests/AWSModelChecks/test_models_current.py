"""The embedded botocore models (Sources/AWSModel/Generated) are exactly what extract_models.py writes
from the installed botocore: nobody edited them by hand, and `make models` was run after an upgrade."""
import filecmp
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATED = os.path.join(ROOT, "Sources", "AWSModel", "Generated")


def test_generated_models_match_installed_botocore(tmp_path):
    subprocess.run([sys.executable, os.path.join(ROOT, "Sources", "AWSModel", "extract_models.py"), str(tmp_path)],
                   check=True, capture_output=True)
    names = sorted(os.listdir(GENERATED))
    assert names == [
        "ConnectModel.swift", "RolesAnywhereModel.swift", "SSOModel.swift", "SSOOIDCModel.swift", "STSModel.swift",
    ]
    for name in names:
        assert filecmp.cmp(tmp_path / name, os.path.join(GENERATED, name), shallow=False), (
            f"{name} differs from botocore's model: run `make models`")
