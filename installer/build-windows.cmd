@echo off
rem Builds the Windows packages of Zhaoshang Desk: installer\build-windows.cmd [msi, app-image or all]
rem Runs build-windows.ps1 (see it and installer\README.md). NOT TESTED on Windows.
setlocal
set "ZD_TYPE=%~1"
if "%ZD_TYPE%"=="" set "ZD_TYPE=msi"
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0build-windows.ps1" -Type "%ZD_TYPE%"
exit /b %ERRORLEVEL%
