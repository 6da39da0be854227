# Windows build: one-folder app, icons, then the Inno Setup installer (iscc on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "py -3.12" }
Invoke-Expression "$python -m venv build\venv-win"
build\venv-win\Scripts\pip install -q "pyinstaller>=6.10" .
build\venv-win\Scripts\python tools\icons.py build\icons
build\venv-win\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\casebinder.spec
$version = (build\venv-win\Scripts\python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
iscc /DAppVersion=$version packaging\windows\casebinder.iss
# Signing (not run here; needs the project's code-signing certificate):
#   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a dist\casebinder\casebinder.exe
#   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a dist\Casebinder-$version-setup.exe
