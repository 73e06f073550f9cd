import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print('SystemExit(0)', e.code)
print('still running')
