name = '_scratch_open.txt'
f = open(name, 'w')
f.write('first line\n')
f.write('second line\n')
f.close()
with open(name, 'a') as f:
    n = f.write('third\n')
print('wrote', n)
with open(name) as f:
    content = f.read()
print(repr(content))
with open(name, 'r') as f:
    lines = f.readlines()
print(lines)
with open(name) as f:
    for line in f:
        print(line.rstrip('\n').upper())
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
with open(name, 'w') as f:
    print('via print', 42, file=f)
with open(name) as f:
    print(f.read().split())
