# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# Installs Garde-fou's program on Windows and registers it with the browsers (registry keys
# written by gardefou-host.exe itself: HKCU for you, HKLM with -System).
#   powershell -ExecutionPolicy Bypass -File scripts\install.ps1            for you only
#   powershell -ExecutionPolicy Bypass -File scripts\install.ps1 -System    all users (administrator)
#   ... -Uninstall [-System]                                                removes it again
# The program is copied to %LOCALAPPDATA%\Garde-fou (or %ProgramFiles%\Garde-fou with -System)
# so that deleting the download later does not break anything.
[CmdletBinding()]
param(
    [switch]$System,
    [switch]$Uninstall,
    [ValidateSet('chrome', 'chromium', 'edge', 'brave', 'vivaldi', 'firefox', 'all')]
    [string]$Browser
)
$ErrorActionPreference = 'Stop'
$fr = (Get-UICulture).TwoLetterISOLanguageName -eq 'fr'
function Say([string]$French, [string]$English) { if ($fr) { $French } else { $English } }

$scope = if ($System) { '--system' } else { '--user' }
$extra = @()
if ($Browser) { $extra += @('--browser', $Browser) }

if ($System) {
    $admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
             ).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    if (-not $admin) {
        Write-Error (Say 'Pour tous les utilisateurs, ouvrez PowerShell « en tant qu''administrateur » et relancez.' `
                         'For all users, open PowerShell "as administrator" and run this again.')
    }
    $targetDir = Join-Path $env:ProgramFiles 'Garde-fou'
} else {
    $targetDir = Join-Path $env:LOCALAPPDATA 'Garde-fou'
}
$target = Join-Path $targetDir 'gardefou-host.exe'

if ($Uninstall) {
    if (Test-Path $target) {
        & $target uninstall $scope @extra
        # The manifests next to the program were written by install and removed by uninstall.
        Remove-Item $target
        if (-not (Get-ChildItem $targetDir)) { Remove-Item $targetDir }
    } else {
        Say "Rien à désinstaller ($target n'existe pas)." "Nothing to uninstall ($target does not exist)."
    }
    exit 0
}

# The program: next to this script (release zip), or in a CMake build of the checkout.
$root = Split-Path -Parent $PSScriptRoot
$candidates = @(
    (Join-Path $PSScriptRoot 'gardefou-host.exe'),
    (Join-Path $root 'gardefou-host.exe'),
    (Join-Path $root 'build\native-host\Release\gardefou-host.exe'),
    (Join-Path $root 'build\native-host\gardefou-host.exe')
)
$source = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $source) {
    Write-Error (Say 'gardefou-host.exe est introuvable. Téléchargez l''archive complète, ou compilez : cmake -S . -B build puis cmake --build build --config Release.' `
                     'gardefou-host.exe was not found. Download the complete archive, or build it: cmake -S . -B build then cmake --build build --config Release.')
}

New-Item -ItemType Directory -Force -Path $targetDir | Out-Null
if ((Resolve-Path $source).Path -ne $target) { Copy-Item -Force $source $target }
Say "Programme : $target" "Program: $target"

& $target install $scope @extra
if ($LASTEXITCODE -ne 0) {
    Say 'L''installation n''est pas terminée : suivez le conseil ci-dessus.' 'The installation is not finished: follow the advice above.'
    exit $LASTEXITCODE
}
''
Say 'Étape suivante : ajoutez l''extension Garde-fou depuis le magasin de Chrome, Edge ou Firefox.' `
    'Next step: add the Garde-fou extension from the Chrome, Edge or Firefox store.'
Say "Puis vérifiez : & '$target' doctor" "Then check: & '$target' doctor"
