import sys
print('exit with a message')
sys.exit('fatal: giving up')
