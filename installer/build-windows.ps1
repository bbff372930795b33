<#
  Builds the Windows packages of Zhaoshang Desk (zhao shang tai) with jpackage (JDK 25).
  Run it ON WINDOWS (jpackage builds for the OS it runs on), after `mvnw.cmd -q package -DskipTests` on
  that machine: target\lib\ must hold the JavaFX jars for Windows (javafx-*-win.jar), which Maven picks
  by the OS.

    powershell -NoProfile -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Type msi|app-image|all]
    (or installer\build-windows.cmd [msi|app-image|all])

    app-image  target\installer\ZhaoshangDesk\                    launcher + jars + trimmed runtime
    msi        target\installer\ZhaoshangDesk-<version>.msi       per-user install, Start menu + desktop shortcut

  The .msi needs the WiX Toolset on PATH (3.14, or 4+ with the UI and Util extensions); see installer\README.md.
  Environment overrides: ZD_JDK or JAVA_HOME (a JDK 25+), APP_VERSION, ZD_VENDOR, ZD_MODULES.
  NOT TESTED: written on Linux, where it could not be run (see installer\README.md).

  This file is kept ASCII on purpose: Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page.
  Vendor override (ZD_VENDOR) must be ASCII too, for WiX (see below).
#>
[CmdletBinding()]
param(
    [ValidateSet('msi', 'app-image', 'all')]
    [string]$Type = 'msi'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

# ---- names and fixed identifiers ------------------------------------------------------------------------
$Root        = Split-Path -Parent $PSScriptRoot
# Every string that ends up in the .msi stays ASCII: WiX 3 links the installer in code page 1252 and fails
# (LGHT0311) on Chinese characters in the name, description, vendor or menu group.
$AppName     = 'ZhaoshangDesk'                 # exe, install folder, Start menu entry
$MainJar     = 'zhaoshang-desk.jar'
$MainClass   = 'cn.zhaoshang.desk.app.Main'
# Never change: Windows Installer recognises earlier versions (and replaces them on upgrade) by this code.
$UpgradeUuid = 'ba738e37-95fc-4ca4-aed4-af290464203c'
$Vendor      = if ($env:ZD_VENDOR) { $env:ZD_VENDOR } else { 'Zhaoshang Desk Project' }
$Description = 'Zhaoshang Desk - CRM for district investment-attraction offices'
$Copyright   = "Copyright (c) $((Get-Date).Year) $Vendor"
$Target      = Join-Path $Root 'target'
$Out         = Join-Path $Target 'installer'
$Stage       = Join-Path $Out 'stage'

$FallbackModules = 'java.base,java.desktop,java.sql,java.naming,java.logging,java.management,java.xml,jdk.unsupported,java.scripting,jdk.crypto.ec,java.net.http,jdk.charsets,jdk.localedata,jdk.zipfs'
$ExtraModules    = 'jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,jdk.unsupported,java.naming,java.logging,java.management'
$JlinkOptions    = '--strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=en,zh'

function Log([string]$msg) { Write-Host "[installer] $msg" }
function Die([string]$msg) { [Console]::Error.WriteLine("error: $msg"); exit 1 }

# ---- JDK 25+ ------------------------------------------------------------------------------------------------
function Find-Jdk {
    foreach ($c in @($env:ZD_JDK, $env:JAVA_HOME)) {
        if (-not $c) { continue }
        $jp = Join-Path $c 'bin\jpackage.exe'
        if (-not (Test-Path $jp)) { continue }
        $v = (& $jp --version | Select-Object -First 1).Trim()
        if ([int]($v.Split('.')[0]) -ge 25) { Log "JDK: $c (jpackage $v)"; return $c }
    }
    $cmd = Get-Command jpackage.exe -ErrorAction SilentlyContinue
    if ($cmd) {
        $c = Split-Path -Parent (Split-Path -Parent $cmd.Source)
        $v = (& $cmd.Source --version | Select-Object -First 1).Trim()
        if ([int]($v.Split('.')[0]) -ge 25) { Log "JDK: $c (jpackage $v)"; return $c }
    }
    Die 'no JDK 25+ with jpackage found: set ZD_JDK or JAVA_HOME'
}

# ---- version --------------------------------------------------------------------------------------------
# MSI wants major.minor.build with major and minor <= 255 and build <= 65535; the qualifier (-SNAPSHOT) is dropped.
function Get-AppVersion {
    $raw = $env:APP_VERSION
    if (-not $raw) {
        $pomPath = Join-Path $Root 'pom.xml'
        if (-not (Test-Path $pomPath)) { Die "no $pomPath : set APP_VERSION" }
        [xml]$pom = Get-Content -Raw -Encoding UTF8 $pomPath
        $p = $pom.project
        if ($p.PSObject.Properties['version'] -and $p.version) { $raw = $p.version }
        elseif ($p.PSObject.Properties['parent'] -and $p.parent.version) { $raw = $p.parent.version }
        else { Die 'no <version> in pom.xml: set APP_VERSION' }
    }
    if ($raw -notmatch '^(\d+(\.\d+){0,2})') { Die "version '$raw' does not start with a number: set APP_VERSION" }
    $v = $Matches[1]
    $parts = $v.Split('.')
    if ([int]$parts[0] -gt 255 -or ($parts.Length -gt 1 -and [int]$parts[1] -gt 255) -or ($parts.Length -gt 2 -and [int]$parts[2] -gt 65535)) {
        Die "version $v is outside what MSI accepts (255.255.65535)"
    }
    Log "version: $raw -> $v"
    return $v
}

# ---- input: the jar and target\lib only (jpackage puts every jar of --input on the class path) ----------
function Set-StageInput {
    $jar = Join-Path $Target $MainJar
    $lib = Join-Path $Target 'lib'
    if (-not (Test-Path $jar)) { Die "$jar is missing: run mvnw.cmd -q package -DskipTests first" }
    if (-not (Test-Path $lib)) { Die "$lib is missing: the build must copy the dependency jars there" }
    if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
    New-Item -ItemType Directory -Force -Path (Join-Path $Stage 'input\lib') | Out-Null
    Copy-Item $jar (Join-Path $Stage 'input')
    Copy-Item (Join-Path $lib '*.jar') (Join-Path $Stage 'input\lib')
    if (-not (Get-ChildItem (Join-Path $Stage 'input\lib') -Filter 'javafx-*-win.jar')) {
        Log 'warning: no javafx-*-win.jar in target\lib: was the Maven build run on Windows?'
    }
}

# ---- runtime modules ---------------------------------------------------------------------------------------
# Same as common.sh: the union of (1) jdeps over the app jar following target\lib as class-path jars,
# (2) jdeps over target\lib as modules (covers jars loaded by name or as services), (3) modules loaded by
# name; a failed jdeps call adds the fixed list instead. jdeps prints some errors on stdout, so only a
# clean last line counts.
function Invoke-Jdeps([string]$jdk, [string[]]$jdArgs) {
    $log = Join-Path $Out 'jdeps.log'
    # Windows PowerShell 5.1 turns stderr lines of a native tool into errors: relax while jdeps runs.
    $eap = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $lines = @(& (Join-Path $jdk 'bin\jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release 25 @jdArgs 2>&1 | ForEach-Object { "$_" })
        $rc = $LASTEXITCODE
    } catch { $lines = @("$_"); $rc = 1 } finally { $ErrorActionPreference = $eap }
    Add-Content -Path $log -Value (@("> jdeps $($jdArgs -join ' ')") + $lines + @("(exit $rc)"))
    $last = if ($lines.Count -gt 0) { $lines[-1].Trim() } else { '' }
    if ($rc -eq 0 -and $last -match '^[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*$') { return $last }
    return $null
}

function Get-Modules([string]$jdk) {
    if ($env:ZD_MODULES) { Log "modules (ZD_MODULES): $env:ZD_MODULES"; return $env:ZD_MODULES }
    $lib = Join-Path $Stage 'input\lib'
    Set-Content -Path (Join-Path $Out 'jdeps.log') -Value ''
    $a = Invoke-Jdeps $jdk @('--class-path', "$lib\*", (Join-Path $Stage "input\$MainJar"))
    if ($a) { Log "jdeps, app jar over the class path: $a" }
    else { Log "jdeps over the class path failed (see $Out\jdeps.log): adding the fixed module list"; $a = $FallbackModules }
    $b = 'java.base'
    if (Get-ChildItem $lib -Filter '*.jar') {
        $b = Invoke-Jdeps $jdk @('--module-path', $lib, '--add-modules', 'ALL-MODULE-PATH')
        if ($b) { Log "jdeps, dependencies as modules: $b" }
        else { Log "jdeps over the dependencies as modules failed (see $Out\jdeps.log): adding the fixed module list"; $b = $FallbackModules }
    }
    $available = & (Join-Path $jdk 'bin\java.exe') --list-modules | ForEach-Object { ($_ -split '@')[0] }
    $mods = ("$a,$b,$ExtraModules" -split ',') | Where-Object { $_ } | Sort-Object -Unique | Where-Object {
        if ($available -contains $_) { $true } else { Log "module $_ not in this JDK: skipped"; $false }
    }
    $list = $mods -join ','
    Log "modules: $list"
    return $list
}

# ---- build --------------------------------------------------------------------------------------------------
$Jdk = Find-Jdk
$Version = Get-AppVersion
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Set-StageInput
$Modules = Get-Modules $Jdk
$Jpackage = Join-Path $Jdk 'bin\jpackage.exe'

$common = @(
    '--name', $AppName,
    '--app-version', $Version,
    '--vendor', $Vendor,
    '--copyright', $Copyright,
    '--description', $Description,
    '--icon', (Join-Path $Root 'resources\icons\app.ico'),
    '--dest', $Out
)
# '$' stays literal in single quotes: the launcher expands ${LOCALAPPDATA} when it starts (JDK 25).
$fromInput = @(
    '--input', (Join-Path $Stage 'input'),
    '--main-jar', $MainJar,
    '--main-class', $MainClass,
    '--add-modules', $Modules,
    '--jlink-options', $JlinkOptions,
    '--java-options', '-Dfile.encoding=UTF-8',
    '--java-options', '--enable-native-access=ALL-UNNAMED',
    '--java-options', '-Djavafx.cachedir=${LOCALAPPDATA}\ZhaoshangDesk\cache\openjfx'
)
$msiOptions = @(
    '--win-menu',
    '--win-menu-group', 'Zhaoshang Desk',
    '--win-per-user-install',
    '--win-dir-chooser',
    '--win-shortcut',
    '--win-upgrade-uuid', $UpgradeUuid
)
if (Test-Path (Join-Path $Root 'LICENSE')) { $msiOptions += @('--license-file', (Join-Path $Root 'LICENSE')) }

function Invoke-Jpackage([string[]]$jpArgs) {
    # Some hosts (ISE, remoting) turn a native tool's stderr into errors: only the exit code decides.
    $eap = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try { & $Jpackage @jpArgs; $rc = $LASTEXITCODE } finally { $ErrorActionPreference = $eap }
    if ($rc -ne 0) { Die "jpackage failed with exit code $rc" }
}

if ($Type -eq 'app-image' -or $Type -eq 'all') {
    $img = Join-Path $Out $AppName
    if (Test-Path $img) { Remove-Item -Recurse -Force $img }
    Invoke-Jpackage (@('--type', 'app-image') + $common + $fromInput)
    Log "app-image: $img"
}
if ($Type -eq 'msi' -or $Type -eq 'all') {
    $msi = Join-Path $Out "$AppName-$Version.msi"
    if (Test-Path $msi) { Remove-Item -Force $msi }
    Invoke-Jpackage (@('--type', 'msi') + $common + $fromInput + $msiOptions)
    Log "msi: $msi"
}
Remove-Item -Recurse -Force $Stage
