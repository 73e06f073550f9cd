# io.StringIO as a file in memory, and input() reading a replaced sys.stdin until EOFError.
import io, sys
sys.stdin = io.StringIO('Ada\n42\n')
print(repr(input('name? ')))
print(int(input()))
try:
    input()
except EOFError as e:
    print(repr(e))
f = io.StringIO()
print('x =', 1, file=f)
print(repr(f.getvalue()))
f = io.StringIO('abcdef')
print(f.read(2), f.tell())
f.write('XY')
print(f.getvalue(), f.tell())
f.seek(0)
print(f.readlines())
print(f.seek(0, 2), f.write('!'), f.getvalue())
# print() writes to sys.stdout, also when it was replaced.
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
print('captured', 1, sep='-')
sys.stdout.write('and written\n')
sys.stdout = saved
print(repr(buf.getvalue()))
