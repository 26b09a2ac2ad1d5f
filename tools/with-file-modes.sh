#!/usr/bin/env bash
# Runs a command so that file modes bind it: as root, without the two capabilities that read past them
# (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so cases with unreadable or read-only fixture files mean what they say.
# Anyone else (or where setpriv cannot drop them) runs the command as it is; such cases then show as "not run".
#   tools/with-file-modes.sh dotnet test LapceParity.sln
caps=-dac_override,-dac_read_search
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1 && setpriv --bounding-set "$caps" --inh-caps "$caps" true 2>/dev/null; then
  exec setpriv --bounding-set "$caps" --inh-caps "$caps" "$@"
fi
exec "$@"
